using Veltrix.Tests.Infrastructure;
using static Veltrix.Tests.Watching.WatchTestKit;

namespace Veltrix.Tests.Watching;

/// <summary>
/// A save the watcher checked and handed to a reload that has not run yet, then reverted to what the last load read:
/// the reload must not apply the save, which is no longer the file's content. The reload is held back behind a slow
/// <c>Changed</c> handler of the previous one; the watcher's checks are counted through the health reports it makes
/// after each read.
/// </summary>
[Collection(SerialTests.Name)]
public sealed class RevertedSaveTests
{
    private static readonly TimeSpan Generous = WatchTimeouts.Default;

    [Fact]
    public void SaveRevertedBeforeItsReloadRan_TheReloadKeepsTheRevertedContent()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine(FileName);
        File.WriteAllText(path, Json(1, "one"));

        // Longer than a save takes, so that each save below is read once, whole: a save right after another once the
        // file is quiet, a save after a quiet file when it finishes.
        var options = new FileWatchOptions { UsePolling = false, Debounce = TimeSpan.FromMilliseconds(300) };
        var inner = new JsonFileSource(path, optional: false, reloadOnChange: true, options);
        var checks = new CheckCountingSource(inner);
        using var config = VeltrixConfiguration.CreateBuilder<FileWatchSettings>().AddSource(checks).Build();
        using var events = new EventRecorder<FileWatchSettings>(config);
        using var meter = new ReloadMeter();
        using var delivering = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        config.Changed += (_, e) =>
        {
            if (e.Generation == 2)
            {
                delivering.Set();
                release.Wait(Generous);
            }
        };

        WriteInPlace(path, Json(2, "two"));
        Assert.True(delivering.Wait(Generous), "the first save was not applied");

        // Generation 2 is still being delivered: the reload this save's check requests queues behind it.
        var before = checks.Reports.Count;
        WriteInPlace(path, Json(3, "three"));
        Assert.True(SpinWait.SpinUntil(() => checks.Reports.Count > before, Generous), "the watcher did not check the second save");
        Assert.True(inner.HasCheckedContent);

        // Back to what generation 2 loaded, before the queued reload has run.
        var beforeRevert = checks.Reports.Count;
        WriteInPlace(path, Json(2, "two"));
        Assert.True(SpinWait.SpinUntil(() => checks.Reports.Count > beforeRevert, Generous), "the watcher did not check the revert");

        var reloads = meter.Total;
        release.Set();
        Assert.True(events.WaitFor(() => meter.Total > reloads), "the queued reload did not run");
        Thread.Sleep(QuietPeriod); // Quiet period: no late reload publishes the reverted save.

        Assert.Equal(2, Assert.Single(events.Changes).Current.Port);
        Assert.Equal((2L, 2, "two"), (config.Generation, config.Current.Port, config.Current.Name));
        Assert.Empty(events.Failures);
        Assert.False(inner.HasCheckedContent);
    }
}
