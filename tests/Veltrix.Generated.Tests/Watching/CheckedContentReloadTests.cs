using System.Text;
using Veltrix.Tests.Infrastructure;
using static Veltrix.Tests.Watching.WatchTestKit;

namespace Veltrix.Tests.Watching;

/// <summary>
/// A reload the watcher requested loads the bytes the watcher checked: an in-place write that begins between the
/// check and the reload (a slow handler of the previous reload holds it back) does not turn a valid save into a
/// reported failure.
/// </summary>
[Collection(SerialTests.Name)]
public sealed class CheckedContentReloadTests
{
    private static readonly TimeSpan Generous = WatchTimeouts.Default;

    [Fact]
    public void ValidSave_FileHeldEmptyWhileTheQueuedReloadRuns_AppliesTheSaveAndReportsNoFailure()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine(FileName);

        // A debounce far longer than the reload: the watcher's own look at the emptied file comes well after it.
        using var config = Build(dir, Json(1, "one"), new FileWatchOptions { UsePolling = false, Debounce = TimeSpan.FromMilliseconds(500) });
        var source = Assert.IsType<JsonFileSource>(config.Sources[0]);
        using var events = new EventRecorder<FileWatchSettings>(config);
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

        // Generation 2 is still being delivered, so the reload for this save queues behind it.
        WriteInPlace(path, Json(3, "three"));
        Assert.True(SpinWait.SpinUntil(() => source.HasCheckedContent, Generous), "the watcher did not check the second save");

        // A writer begins an in-place rewrite and holds the file empty while the queued reload runs.
        using (var writer = new FileStream(path, FileMode.Truncate, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete))
        {
            release.Set();
            Assert.True(events.WaitForChanges(2), "the checked save was not applied");
            Assert.Empty(events.Failures);
            Assert.Null(config.LastError);
            Assert.Equal((3L, 3, "three"), (config.Generation, config.Current.Port, config.Current.Name));
            writer.Write(Encoding.UTF8.GetBytes(Json(3, "three")));
        }

        Assert.False(source.HasCheckedContent);
    }

    [Fact]
    public void BadSave_FoundTwice_IsReportedFromTheFileNotFromAnEarlierCheck()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine(FileName);
        using var config = Build(dir, Json(1, "one"));
        using var events = new EventRecorder<FileWatchSettings>(config);

        WriteInPlace(path, "{ \"Test\": { \"Port\": ");

        Assert.True(events.WaitForFailures(1), "the bad save was not reported");
        Assert.Equal("Syntax", events.Failures[0].Exception.Errors[0].Rule);
        Assert.Equal(1, config.Current.Port);
    }
}
