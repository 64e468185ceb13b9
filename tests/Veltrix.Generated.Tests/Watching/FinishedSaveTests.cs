using System.Text;
using Veltrix.Tests.Infrastructure;
using static Veltrix.Tests.Watching.WatchTestKit;

namespace Veltrix.Tests.Watching;

/// <summary>
/// A save the watcher sees finish (inotify: the writer closed the file, or a file was renamed onto it) is read at
/// once instead of after the quiet period, still gives exactly one <c>Changed</c>, and a save that finishes right
/// after another still waits for quiet. Where a test shows that a save was read at once, its debounce is ten minutes,
/// far longer than the wait for an event, so a change that arrives was not read at the end of a quiet period.
/// </summary>
[Collection(SerialTests.Name)]
public sealed class FinishedSaveTests
{
    private static readonly TimeSpan Endless = TimeSpan.FromMinutes(10);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void FinishedSave_DebounceLongerThanTheWait_AppliedOnceWithoutWaitingForIt(bool byRename)
    {
        using var dir = new TempDirectory();
        var path = dir.Combine(FileName);
        using var config = Build(dir, Json(1, "one"), new FileWatchOptions { UsePolling = false, Debounce = Endless });
        using var events = new EventRecorder<FileWatchSettings>(config);

        if (byRename)
        {
            WriteByRename(path, Json(2, "two"));
        }
        else
        {
            WriteInPlace(path, Json(2, "two"));
        }

        Assert.True(events.WaitForChanges(1), "the finished save waited for the quiet period");
        var change = Assert.Single(events.Changes);
        Assert.Equal((2, "two"), (change.Current.Port, change.Current.Name));
        Assert.Equal(["Test:Name", "Test:Port"], change.ChangedKeys.Order(StringComparer.Ordinal));
        Assert.Empty(events.Failures);
    }

    [Fact]
    public void InPlaceSave_SeveralWritesBeforeTheClose_NothingReadUntilTheCloseThenOneChanged()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine(FileName);
        using var config = Build(dir, Json(1, "one"), new FileWatchOptions { UsePolling = false, Debounce = Endless });
        using var events = new EventRecorder<FileWatchSettings>(config);
        var final = Encoding.UTF8.GetBytes(Json(2, "two-" + new string('x', 120)));
        const int chunks = 4;
        var chunk = (final.Length + chunks - 1) / chunks;

        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete))
        {
            // An editor that truncates, then writes in several pieces, each reaching the file before the close.
            stream.SetLength(0);
            for (var offset = 0; offset < final.Length; offset += chunk)
            {
                stream.Write(final, offset, Math.Min(chunk, final.Length - offset));
                stream.Flush(flushToDisk: true);
            }

            Assert.Equal((1L, 1), (config.Generation, config.Current.Port));
        }

        Assert.True(events.WaitForChanges(1), "the closed file was not applied");
        Assert.Equal(2, Assert.Single(events.Changes).Current.Port);
        Assert.Empty(events.Failures);
    }

    /// <summary>
    /// The writes of an in-place save start a quiet period before its close arrives; the close reads at once, and the
    /// quiet period left behind must neither read again nor reload.
    /// </summary>
    [Fact]
    public void InPlaceSave_QuietPeriodStartedByItsWrites_NoSecondReloadAfterTheImmediateOne()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine(FileName);
        using var config = Build(dir, Json(1, "one"), new FileWatchOptions { UsePolling = false, Debounce = TimeSpan.FromMilliseconds(300) });
        using var events = new EventRecorder<FileWatchSettings>(config);
        using var meter = new ReloadMeter();

        WriteInPlace(path, Json(2, "two"));

        Assert.True(events.WaitForChanges(1), "the save was not applied");
        Thread.Sleep(QuietPeriod); // Quiet period, more than three debounces: no late read of the same save.
        Assert.Equal(2, Assert.Single(events.Changes).Current.Port);
        Assert.Equal(1, meter.Total);
        Assert.Empty(events.Failures);
    }

    /// <summary>
    /// Saves that finish less than a debounce apart are a burst: the first is read at once, the next waits for quiet,
    /// so that a burst of saves is not published state by state. An explicit reload shows the second save was there.
    /// </summary>
    [Fact]
    public void SecondSave_FinishedWithinTheDebounceOfTheFirst_WaitsForQuiet()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine(FileName);
        using var config = Build(dir, Json(1, "one"), new FileWatchOptions { UsePolling = false, Debounce = Endless });
        using var events = new EventRecorder<FileWatchSettings>(config);

        WriteInPlace(path, Json(2, "two"));
        Assert.True(events.WaitForChanges(1), "the first save was not applied");
        WriteInPlace(path, Json(3, "three"));
        Thread.Sleep(QuietPeriod); // Quiet period: the second save is not read before its own quiet period ends.

        Assert.Equal(2, Assert.Single(events.Changes).Current.Port);
        Assert.Equal(ReloadResult.Changed, config.Reload());
        Assert.Equal(3, config.Current.Port);
    }
}
