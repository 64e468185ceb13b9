using System.Diagnostics;
using Veltrix.Tests.Infrastructure;
using Xunit.Abstractions;
using static Veltrix.Tests.Watching.WatchTestKit;

namespace Veltrix.Tests.Watching;

/// <summary>R7: a reload that fails validation is rejected whole; the last good snapshot keeps serving.</summary>
[Collection(SerialTests.Name)]
public sealed class ValidationReloadTests(ITestOutputHelper output)
{
    [Fact]
    public void PortOutOfRange_ThenValid_RejectedOnceWithPositionThenApplied()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine(FileName);
        using var config = Build(dir, Json(8080, "svc"));
        using var events = new EventRecorder<FileWatchSettings>(config);
        using var meter = new ReloadMeter();

        // Until 9090 is published every read sees 8080; after it, only 9090 (a reader never goes back).
        var sawNew = 0;
        var poller = new SnapshotPoller<FileWatchSettings>(config, s =>
        {
            if (s.Port == 9090)
            {
                Volatile.Write(ref sawNew, 1);
                return true;
            }

            return s.Port == 8080 && Volatile.Read(ref sawNew) == 0;
        }, threads: 1);
        try
        {
            var rejectedAt = Stopwatch.GetTimestamp();
            WriteInPlace(path, Json(70000, "svc"));
            Assert.True(events.WaitForFailures(1), "the out-of-range value was not reported");
            var rejectLatency = Ms(rejectedAt, events.TimedFailures[0].Timestamp);
            Thread.Sleep(QuietPeriod); // Quiet period: the rejected file is reported exactly once.

            var failure = Assert.Single(events.Failures);
            var error = Assert.Single(failure.Exception.Errors);
            Assert.Equal("Test:Port", error.KeyPath);
            Assert.Equal("Range", error.Rule);
            Assert.Equal(new ConfigOrigin(path, 3, 13), error.Origin); // `    "Port": 70000,` — the value starts in column 13.
            Assert.Equal(1, failure.Generation);
            Assert.Empty(events.Changes);
            Assert.Equal(8080, config.Current.Port);
            Assert.Equal(1, config.Generation);

            // The reload trigger never throws into its caller either: an explicit reload fails the same way, and the
            // identical rejection is counted (reported again at the 10th), not raised a second time.
            Assert.Equal(ReloadResult.Failed, config.Reload());
            Assert.Single(events.Failures);
            Assert.Equal(error, Assert.Single(config.LastError!.Errors));
            Assert.Equal(8080, config.Current.Port);

            var appliedAt = Stopwatch.GetTimestamp();
            WriteInPlace(path, Json(9090, "svc"));
            Assert.True(events.WaitForChanges(1), "the valid value was not applied");
            var applyLatency = Ms(appliedAt, events.TimedChanges[0].Timestamp);
            Thread.Sleep(QuietPeriod); // Quiet period before asserting exactly one change.

            var change = Assert.Single(events.Changes);
            Assert.Equal(["Test:Port"], change.ChangedKeys);
            Assert.Equal(8080, change.Previous.Port);
            Assert.Equal(9090, change.Current.Port);
            Assert.Equal(2, change.Generation);
            Assert.Null(config.LastError);
            Assert.Single(events.Failures);
            Assert.Empty(events.HandlerFailures);
            poller.Stop();
            Assert.Equal(0, poller.Exceptions);
            Assert.True(poller.BadReads == 0, $"{poller.BadReads} of {poller.Reads} reads saw neither 8080 nor 9090 in order, first: {poller.FirstBad}");
            ReliabilityFigures.Report(output, "R7", $"8080 -> 70000 -> 9090: {poller.Reads} reads, 0 throws, {poller.BadReads} off-sequence; 1 watcher ReloadFailed ({error.KeyPath}, {error.Rule}, {error.Origin}) after {rejectLatency:F1} ms, 0 Changed for it; explicit Reload() returned Failed without throwing; 9090 applied with 1 Changed after {applyLatency:F1} ms; {meter}");
        }
        finally
        {
            poller.Stop();
        }
    }
}
