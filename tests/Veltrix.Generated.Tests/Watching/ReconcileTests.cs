using System.Diagnostics;
using Veltrix.Tests.Infrastructure;
using Veltrix.Tests.Live;
using Xunit.Abstractions;

namespace Veltrix.Tests.Watching;

/// <summary>
/// R12: a change no event reports (another mount, a dropped event) is found by the periodic reconcile, which compares
/// a hash of the content, not size or timestamps; a moved timestamp over unchanged content changes nothing.
/// </summary>
/// <remarks>The watcher is a hub that swallows every event, so only the reconcile can see anything.</remarks>
[Collection(SerialTests.Name)]
public sealed class ReconcileTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    [Fact]
    public void SameSizeAndTimestamp_NoEvent_DetectedByReconcile()
    {
        const int rounds = 5;
        using var temp = new TempDirectory();
        var path = temp.Combine("appsettings.json");
        File.WriteAllText(path, TestJson.Of("n0"));
        var hub = new SilentWatchHub();
        using var config = Build(path, hub);
        using var recorder = new EventRecorder<HandWrittenConfig>(config);
        Assert.True(hub.Watches >= 1, "the file was not armed on the silent hub");

        var latencies = new List<TimeSpan>();
        for (var n = 1; n <= rounds; n++)
        {
            // Spacing, not an assertion: changes land at different points of the reconcile cycle.
            Thread.Sleep(TimeSpan.FromMilliseconds(Random.Shared.Next((int)Interval.TotalMilliseconds)));

            var name = $"n{n}";
            var written = RewriteKeepingSizeAndTimestamp(path, TestJson.Of(name));
            Assert.True(recorder.WaitForChanges(n), $"round {n}: a same-size, same-timestamp change was not found by the reconcile");
            var change = recorder.TimedChanges[n - 1];
            Assert.Equal(name, change.Args.Current.Name);
            Assert.Equal(["Test:Name"], change.Args.ChangedKeys);
            latencies.Add(Stopwatch.GetElapsedTime(written, change.Timestamp));
        }

        Assert.Equal(rounds, recorder.Changes.Count);
        Assert.Empty(recorder.Failures);
        ReliabilityFigures.Report(output, "R12",
            $"same size and mtime, no event: {rounds}/{rounds} changes found by the reconcile every {LatencySummary.Ms(Interval)}: "
            + $"write → Changed {LatencySummary.Of(latencies)} (interval + 250 ms = {LatencySummary.Ms(Interval + TimeSpan.FromMilliseconds(250))})");
    }

    [Fact]
    public void TimestampMovedContentUnchanged_OverThreeIntervals_NoChangeAndNoReload()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("appsettings.json");
        var content = TestJson.Of("same");
        File.WriteAllText(path, content);
        var hub = new SilentWatchHub();
        using var config = Build(path, hub);
        using var recorder = new EventRecorder<HandWrittenConfig>(config);
        using var reloads = new ReloadMeter(typeof(HandWrittenConfig));

        // For more than three reconcile intervals: touch the file forward, and save the same bytes again. The
        // sleeps space the touches and make the quiet period the assertions below rely on; nothing is timed.
        var quiet = Stopwatch.StartNew();
        var touches = 0;
        var mtime = File.GetLastWriteTimeUtc(path);
        while (quiet.Elapsed < Interval * 3.5)
        {
            mtime = mtime.AddSeconds(7);
            if (touches % 2 == 0)
            {
                File.SetLastWriteTimeUtc(path, mtime);
            }
            else
            {
                File.WriteAllText(path, content);
            }

            touches++;
            Thread.Sleep(Interval / 4);
        }

        Assert.Empty(recorder.Changes);
        Assert.Empty(recorder.Failures);
        Assert.Empty(recorder.HealthChanges);
        Assert.Equal(1, config.Generation);
        var reloadsWhileQuiet = reloads.Total;
        Assert.Equal(0, reloadsWhileQuiet);

        // The reconcile was running all along: a real change made the same way is found.
        var written = RewriteKeepingSizeAndTimestamp(path, TestJson.Of("diff"));
        Assert.True(recorder.WaitForChanges(1), "the reconcile was not running");
        var latency = Stopwatch.GetElapsedTime(written, recorder.TimedChanges[0].Timestamp);
        Assert.Equal("diff", config.Current.Name);

        // And the reload counter counts: the zero above is not a listener that heard nothing.
        Assert.True(recorder.WaitFor(() => reloads.Total >= 1), "the reload of the real change was not counted");

        ReliabilityFigures.Report(output, "R12",
            $"content unchanged, mtime moved {touches} times over {LatencySummary.Ms(quiet.Elapsed)} ({quiet.Elapsed / Interval:F1} reconcile intervals): "
            + $"0 Changed, {reloadsWhileQuiet} reloads; a real change afterwards found in {LatencySummary.Ms(latency)}");
    }

    private static LiveConfig<HandWrittenConfig> Build(string path, SilentWatchHub hub)
        => VeltrixConfiguration.CreateBuilder<HandWrittenConfig>()
            .WithFileWatching(new FileWatchOptions { Hub = hub, UsePolling = false, ReconcileInterval = Interval })
            .AddJsonFile(path, optional: false, reloadOnChange: true)
            .Build();

    /// <summary>
    /// Replaces the content with the same number of bytes and puts the modification time back, so that neither size
    /// nor timestamp tells the change. Returns when the new content was in place.
    /// </summary>
    private static long RewriteKeepingSizeAndTimestamp(string path, string content)
    {
        var size = new FileInfo(path).Length;
        var mtime = File.GetLastWriteTimeUtc(path);
        File.WriteAllText(path, content);
        var written = Stopwatch.GetTimestamp();
        File.SetLastWriteTimeUtc(path, mtime);
        Assert.Equal(size, new FileInfo(path).Length);
        Assert.Equal(mtime, File.GetLastWriteTimeUtc(path));
        return written;
    }
}
