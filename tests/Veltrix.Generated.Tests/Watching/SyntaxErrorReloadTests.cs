using System.Diagnostics;
using System.Globalization;
using Veltrix.Tests.Infrastructure;
using Xunit.Abstractions;
using static Veltrix.Tests.Watching.WatchTestKit;

namespace Veltrix.Tests.Watching;

/// <summary>R6: a syntax error on reload keeps the last good snapshot, names the position and no value, and the loop survives.</summary>
[Collection(SerialTests.Name)]
public sealed class SyntaxErrorReloadTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Spacing = TimeSpan.FromMilliseconds(300);

    [Fact]
    public void TruncatedJson_ThenValid_ThenTenBadWrites_LastGoodServedPositionReportedLoopAlive()
    {
        var canary = "CANARY-" + Guid.NewGuid().ToString("N");
        using var dir = new TempDirectory();
        var path = dir.Combine(FileName);
        using var config = Build(dir, Json(8080, canary));
        using var events = new EventRecorder<FileWatchSettings>(config);
        var poller = new SnapshotPoller<FileWatchSettings>(config, s => s.Name == canary && s.Port is 8080 or 9090 or 9191, threads: 2);
        try
        {
            // The value the reader must not quote sits in the file before the error.
            WriteInPlace(path, Bad(canary, 0));
            Assert.True(events.WaitForFailures(1), "the syntax error was not reported");
            Thread.Sleep(QuietPeriod); // Quiet period: the bad file is reported once, not once per event or retry.
            var first = Assert.Single(events.Failures);
            AssertPositionedSyntaxError(first, path, 0);
            Assert.Equal(1, first.Generation);
            Assert.Equal(8080, config.Current.Port);
            Assert.Same(first.Exception, config.LastError);

            var fixedAt = Stopwatch.GetTimestamp();
            WriteInPlace(path, Json(9090, canary));
            Assert.True(events.WaitForChanges(1), "the valid file after the error was not applied");
            var fixLatency = Ms(fixedAt, events.TimedChanges[0].Timestamp);
            Assert.Equal(["Test:Port"], events.Changes[0].ChangedKeys);
            Assert.Equal(8080, events.Changes[0].Previous.Port);
            Assert.Null(config.LastError);

            for (var i = 1; i <= 10; i++)
            {
                var start = Stopwatch.GetTimestamp();
                WriteInPlace(path, Bad(canary, i));
                Assert.True(events.WaitForFailures(1 + i), $"bad write {i} was not reported");
                var remaining = Spacing - Stopwatch.GetElapsedTime(start);
                if (remaining > TimeSpan.Zero)
                {
                    Thread.Sleep(remaining); // Spaces the bad writes well beyond the debounce, as the plan prescribes.
                }
            }

            var goodAt = Stopwatch.GetTimestamp();
            WriteInPlace(path, Json(9191, canary));
            Assert.True(events.WaitForChanges(2), "the reload loop did not survive ten bad writes");
            var goodLatency = Ms(goodAt, events.TimedChanges[1].Timestamp);
            Thread.Sleep(QuietPeriod); // Quiet period: nothing more comes for the last write.

            var failures = events.Failures;
            Assert.Equal(11, failures.Count);
            for (var i = 0; i < failures.Count; i++)
            {
                AssertPositionedSyntaxError(failures[i], path, i);
            }

            foreach (var text in failures.Select(f => f.Exception.ToString())
                .Concat(failures.SelectMany(f => f.Exception.Errors.Select(e => e.ToString())))
                .Concat(events.HealthChanges.Select(h => h.Current.Message ?? string.Empty)))
            {
                Assert.DoesNotContain(canary, text, StringComparison.Ordinal);
            }

            Assert.Equal(2, events.Changes.Count);
            Assert.Equal(9191, config.Current.Port);
            Assert.Equal(3, config.Generation);
            poller.Stop();
            Assert.Equal(0, poller.Exceptions);
            Assert.True(poller.BadReads == 0, $"{poller.BadReads} of {poller.Reads} reads saw a default or unknown value, first: {poller.FirstBad}");
            ReliabilityFigures.Report(output, "R6", $"{poller.Reads} reads, {poller.BadReads} null/default; {failures.Count} ReloadFailed for 11 distinct bad files, each with path, line 4 and column, 0 canary occurrences; valid after error applied in {fixLatency:F1} ms; after 10 bad writes applied in {goodLatency:F1} ms");
        }
        finally
        {
            poller.Stop();
        }
    }

    /// <summary>A file cut after <c>"Port": </c> on line 4, with <paramref name="indent"/> extra spaces so that each error differs.</summary>
    private static string Bad(string canary, int indent)
        => $"{{\n  \"Test\": {{\n    \"Name\": \"{canary}\",\n{new string(' ', 4 + indent)}\"Port\": ";

    private static void AssertPositionedSyntaxError(ConfigReloadFailedEventArgs failure, string path, int indent)
    {
        var error = Assert.Single(failure.Exception.Errors);
        Assert.Equal("Syntax", error.Rule);
        Assert.Equal(path, error.Origin.Source);

        // The file ends after `"Port": ` on line 4; the reader reports the position just past it, 1-based.
        Assert.Equal(4, error.Origin.Line);
        Assert.Equal(4 + indent + "\"Port\": ".Length + 1, error.Origin.Column);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{path}:4:{error.Origin.Column}"), failure.Exception.Message, StringComparison.Ordinal);
    }
}
