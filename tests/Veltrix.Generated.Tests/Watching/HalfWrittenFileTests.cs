using System.Diagnostics;
using System.Text;
using Veltrix.Tests.Infrastructure;
using Xunit.Abstractions;
using static Veltrix.Tests.Watching.WatchTestKit;

namespace Veltrix.Tests.Watching;

/// <summary>R5: a half-written file is never served.</summary>
[Collection(SerialTests.Name)]
public sealed class HalfWrittenFileTests(ITestOutputHelper output)
{
    [Fact]
    public void SlowWriter_HalfTheBytesForTwoSeconds_OldValuesServedThenNewApplied()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine(FileName);
        using var config = Build(dir, Json(1111, "old-value"));
        using var events = new EventRecorder<FileWatchSettings>(config);
        using var meter = new ReloadMeter();
        var final = Encoding.UTF8.GetBytes(Json(2222, "new-value-" + new string('x', 64)));
        var half = final.Length / 2;
        Assert.False(JsonConfigParser.IsWellFormed(final.AsSpan(0, half)), "the first half must not be a JSON document");

        // Acceptable reads: the old snapshot until the new one is published, then the new one; never a default.
        var poller = new SnapshotPoller<FileWatchSettings>(config, static s => (s.Port == 1111 && s.Name == "old-value") || (s.Port == 2222 && s.Name.StartsWith("new-value-", StringComparison.Ordinal)), threads: 2);
        long writeDone;
        double gapMs;
        try
        {
            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete))
            {
                stream.SetLength(0);
                stream.Write(final, 0, half);
                stream.Flush(flushToDisk: true);
                var gapStart = Stopwatch.GetTimestamp();
                Thread.Sleep(TimeSpan.FromSeconds(2)); // The writer stalls mid-file, as the plan prescribes.
                gapMs = Ms(gapStart, Stopwatch.GetTimestamp());
                Assert.Equal(1111, config.Current.Port);
                stream.Write(final, half, final.Length - half);
                stream.Flush(flushToDisk: true);
            }

            writeDone = Stopwatch.GetTimestamp();
            Assert.True(events.WaitForChanges(1), "the completed file was not applied");
        }
        finally
        {
            poller.Stop();
        }

        var applied = events.TimedChanges[0].Timestamp;
        Thread.Sleep(QuietPeriod); // Quiet period: no late event for the completed file.

        Assert.Equal(0, poller.Exceptions);
        Assert.True(poller.BadReads == 0, $"{poller.BadReads} of {poller.Reads} reads saw a missing or default value, first: {poller.FirstBad}");
        Assert.InRange(events.Failures.Count, 0, 1);
        foreach (var failure in events.Failures)
        {
            Assert.Equal("Syntax", failure.Exception.Errors[0].Rule);
            Assert.Equal(path, failure.Exception.Errors[0].Origin.Source);
        }

        var change = Assert.Single(events.Changes);
        Assert.Equal(2222, change.Current.Port);
        Assert.Equal(1111, change.Previous.Port);
        Assert.Equal(["Test:Name", "Test:Port"], change.ChangedKeys.Order(StringComparer.Ordinal));
        Assert.Same(change.Current, config.Current);
        ReliabilityFigures.Report(output, "R5", $"{poller.Reads} reads during the write ({gapMs:F0} ms gap), {poller.BadReads} missing/default; {events.Failures.Count} ReloadFailed for the half file; {meter}; completion->applied {Ms(writeDone, applied):F1} ms");
    }
    /// <summary>
    /// A writer that pauses between chunks for longer than the debounce but less than two: each torn state is seen
    /// once, and the re-read one debounce later already finds the next one. None of them was ever stable, so none may
    /// be reported.
    /// </summary>
    [Fact]
    public void SlowWriter_ChunksLessThanTwoDebouncesApart_NoTornStateReported()
    {
        const int chunks = 5;
        var debounce = TimeSpan.FromMilliseconds(300);
        var pause = TimeSpan.FromMilliseconds(400);
        using var dir = new TempDirectory();
        var path = dir.Combine(FileName);
        using var config = Build(dir, Json(1111, "old-value"), new FileWatchOptions { UsePolling = false, Debounce = debounce });
        using var events = new EventRecorder<FileWatchSettings>(config);
        using var meter = new ReloadMeter();
        var final = Encoding.UTF8.GetBytes(Json(2222, "new-value-" + new string('x', 200)));
        var chunk = (final.Length + chunks - 1) / chunks;

        long writeDone;
        var pauses = new List<double>();
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete))
        {
            stream.SetLength(0);
            for (var offset = 0; offset < final.Length; offset += chunk)
            {
                if (offset > 0)
                {
                    var paused = Stopwatch.GetTimestamp();
                    Thread.Sleep(pause); // The writer stalls between chunks, longer than one debounce.
                    pauses.Add(Ms(paused, Stopwatch.GetTimestamp()));
                }

                stream.Write(final, offset, Math.Min(chunk, final.Length - offset));
                stream.Flush(flushToDisk: true);
            }
        }

        writeDone = Stopwatch.GetTimestamp();
        Assert.True(events.WaitForChanges(1), "the completed file was not applied");
        var applied = Ms(writeDone, events.TimedChanges[0].Timestamp);
        Thread.Sleep(QuietPeriod); // Quiet period: no late report of a torn state.

        // A pause the scheduler stretched past two debounces makes a torn state stable, and reporting it is right.
        var stable = pauses.Count(p => p >= 2 * debounce.TotalMilliseconds);
        var failures = events.Failures;
        Assert.True(failures.Count <= stable, $"{failures.Count} torn states reported, {stable} stayed for two debounces; first: {(failures.Count > 0 ? failures[0].Exception.Message : null)}");
        Assert.Equal(2222, Assert.Single(events.Changes).Current.Port);
        ReliabilityFigures.Report(output, "R5 chunks", $"{chunks} chunks, pauses {LatencySummary.Of(pauses)} with a {debounce.TotalMilliseconds:F0} ms debounce -> {events.Failures.Count} ReloadFailed ({stable} pauses reached two debounces), {meter}; completion->applied {applied:F1} ms");
    }
}
