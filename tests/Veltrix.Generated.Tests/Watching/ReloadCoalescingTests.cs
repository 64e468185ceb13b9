using System.Diagnostics;
using Veltrix.Tests.Infrastructure;
using Xunit.Abstractions;
using static Veltrix.Tests.Watching.WatchTestKit;

namespace Veltrix.Tests.Watching;

/// <summary>R4: one change, one event; bursts coalesced.</summary>
[Collection(SerialTests.Name)]
public sealed class ReloadCoalescingTests(ITestOutputHelper output)
{
    private const int WritesPerKind = 100;
    private static readonly TimeSpan Spacing = TimeSpan.FromMilliseconds(300);

    /// <summary>R4a: 100 in-place writes, then 100 temp+rename writes, 300 ms apart, each changing Port and every third also Name.</summary>
    [Fact]
    public void SpacedWrites_InPlaceAndRename_OneChangedPerWriteWithExactKeys()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine(FileName);
        using var config = Build(dir, Json(999, "n0"));
        using var events = new EventRecorder<FileWatchSettings>(config);
        using var meter = new ReloadMeter();

        var expected = new List<(int Port, string Name, string[] Keys)>();
        var writtenAt = new List<long>();
        var name = "n0";
        for (var i = 0; i < 2 * WritesPerKind; i++)
        {
            var port = 1000 + i;
            var keys = new List<string> { "Test:Port" };
            if (i % 3 == 0)
            {
                name = "n" + (i + 1);
                keys.Insert(0, "Test:Name");
            }

            expected.Add((port, name, [.. keys]));
            var start = Stopwatch.GetTimestamp();
            if (i < WritesPerKind)
            {
                WriteInPlace(path, Json(port, name));
            }
            else
            {
                WriteByRename(path, Json(port, name));
            }

            writtenAt.Add(Stopwatch.GetTimestamp());

            // Wait for this write's event before spacing the next one: on a loaded machine a late event must not
            // make two writes look like one burst. A duplicate event still shows in the final count.
            Assert.True(events.WaitForChanges(i + 1), $"write {i} was not detected");
            var remaining = Spacing - Stopwatch.GetElapsedTime(start);
            if (remaining > TimeSpan.Zero)
            {
                Thread.Sleep(remaining);
            }
        }

        Thread.Sleep(QuietPeriod); // Quiet period: no late duplicate of the last write.
        var changes = events.TimedChanges;
        Assert.Equal(2 * WritesPerKind, changes.Count);
        var inPlace = new List<double>();
        var renamed = new List<double>();
        for (var i = 0; i < changes.Count; i++)
        {
            var (timestamp, change) = changes[i];
            Assert.Equal(expected[i].Keys.Order(StringComparer.Ordinal), change.ChangedKeys.Order(StringComparer.Ordinal));
            Assert.Equal(expected[i].Port, change.Current.Port);
            Assert.Equal(expected[i].Name, change.Current.Name);
            Assert.Equal(i + 2, change.Generation);
            (i < WritesPerKind ? inPlace : renamed).Add(Ms(writtenAt[i], timestamp));
        }

        Assert.Empty(events.Failures);
        Assert.Equal(0, meter.Failed);
        ReliabilityFigures.Report(output, "R4a", $"{changes.Count}/{2 * WritesPerKind} writes gave exactly one Changed with the exact key set; Changed callbacks per write {(double)changes.Count / (2 * WritesPerKind):F2}; reloads per write {(double)meter.Total / (2 * WritesPerKind):F2} ({meter})");
        ReliabilityFigures.Report(output, "R4a", $"in-place write->Changed {LatencySummary.Of(inPlace)}");
        ReliabilityFigures.Report(output, "R4a", $"tmp+rename write->Changed {LatencySummary.Of(renamed)}");
    }

    /// <summary>R4b: 1,000 in-place writes within about a second.</summary>
    [Fact]
    public void Burst_ThousandWritesInASecond_CoalescedToFewChangesEndingAtLastWrite()
    {
        const int writes = 1000;
        using var dir = new TempDirectory();
        var path = dir.Combine(FileName);
        using var config = Build(dir, Json(999, "start"));
        using var events = new EventRecorder<FileWatchSettings>(config);
        using var meter = new ReloadMeter();

        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < writes; i++)
        {
            WriteInPlace(path, Json(1000 + i, i % 2 == 0 ? "even" : "odd"));

            // One write per millisecond, as the plan prescribes: sleep only when ahead of that pace.
            if (Stopwatch.GetElapsedTime(started) < TimeSpan.FromMilliseconds(i))
            {
                Thread.Sleep(1);
            }
        }

        var lastWrite = Stopwatch.GetTimestamp();
        var lastPort = 1000 + writes - 1;
        Assert.True(events.WaitFor(() => config.Current.Port == lastPort), "the last write was never applied");
        var applied = Stopwatch.GetTimestamp();
        Thread.Sleep(QuietPeriod); // Quiet period: the final value must stay, with no late event after it.

        var changes = events.Changes;
        Assert.InRange(changes.Count, 1, 5);
        Assert.Equal(lastPort, config.Current.Port);
        Assert.Equal("odd", config.Current.Name);
        Assert.Same(config.Current, changes[^1].Current);
        for (var i = 0; i < changes.Count; i++)
        {
            var change = changes[i];
            Assert.NotEmpty(change.ChangedKeys);
            Assert.NotSame(change.Previous, change.Current);
            Assert.False(change.Previous.Port == change.Current.Port && change.Previous.Name == change.Current.Name, $"change {i} carries an unchanged snapshot");
            Assert.Equal(i + 2, change.Generation);
        }

        Assert.Empty(events.HandlerFailures);
        ReliabilityFigures.Report(output, "R4b", $"{writes} writes in {Ms(started, lastWrite):F0} ms -> {changes.Count} Changed, {events.Failures.Count} ReloadFailed, {meter}; last write->final value {Ms(lastWrite, applied):F1} ms");
    }
}
