using System.Diagnostics;
using Veltrix.Tests.Infrastructure;
using Xunit.Abstractions;
using static Veltrix.Tests.Watching.WatchTestKit;

namespace Veltrix.Tests.Watching;

/// <summary>R8: IO errors on reload are observed, retried slowly and survived.</summary>
/// <remarks>
/// The plan's case is <c>chmod 000</c> (EACCES). These tests run as root, and root opens a mode-000 file anyway
/// (CAP_DAC_OVERRIDE), so that test would read the file and pass without exercising any error path. Two errors root
/// cannot bypass stand in for it: a symbolic-link loop (<c>open</c> fails with ELOOP, errno 40) and a directory in
/// the file's place (EISDIR). Both go through the same path as EACCES: FileContent.Read reports the file unreadable,
/// the load fails with rule <c>Io</c>, health turns Failing, and the watcher retries at 250 ms, 500 ms, then every
/// <see cref="FileWatchOptions.MaxRetryInterval"/>.
/// </remarks>
[Collection(SerialTests.Name)]
public sealed class IoErrorReloadTests(ITestOutputHelper output)
{
    private static readonly TimeSpan ErrorPeriod = TimeSpan.FromSeconds(2);

    [Fact]
    public void SymlinkLoop_ForTwoSeconds_LastGoodKeptErrnoReportedRetriedSlowlyThenRecovers()
        => Run(
            "R8 ELOOP",
            path =>
            {
                // file -> file2 -> file: file2 first points at the regular file, then a link to file2 is renamed over it.
                var directory = Path.GetDirectoryName(path)!;
                File.CreateSymbolicLink(Path.Combine(directory, "file2"), FileName);
                var link = Path.Combine(directory, ".link.tmp");
                File.CreateSymbolicLink(link, "file2");
                File.Move(link, path, overwrite: true);
            },
            path => WriteByRename(path, Json(9090, "a")), // rename(2) replaces the link itself
            "errno 40");

    [Fact]
    public void DirectoryInPlaceOfFile_ForTwoSeconds_LastGoodKeptReportedRetriedSlowlyThenRecovers()
        => Run(
            "R8 EISDIR",
            path =>
            {
                File.Delete(path);
                Directory.CreateDirectory(path);
            },
            path =>
            {
                var temp = path + ".tmp";
                File.WriteAllText(temp, Json(9090, "a"));
                Directory.Delete(path);
                File.Move(temp, path);
            },
            "EISDIR");

    private void Run(string figure, Action<string> breakFile, Action<string> restoreFile, string reason)
    {
        var unobserved = 0;
        var unhandled = 0;
        EventHandler<UnobservedTaskExceptionEventArgs> onUnobserved = (_, _) => Interlocked.Increment(ref unobserved);
        UnhandledExceptionEventHandler onUnhandled = (_, _) => Interlocked.Increment(ref unhandled);
        TaskScheduler.UnobservedTaskException += onUnobserved;
        AppDomain.CurrentDomain.UnhandledException += onUnhandled;
        try
        {
            using var dir = new TempDirectory();
            var path = dir.Combine(FileName);
            File.WriteAllText(path, Json(8080, "a"));
            var source = new CheckCountingSource(new JsonFileSource(path, optional: false, reloadOnChange: true, new FileWatchOptions { UsePolling = false }));
            using (var config = VeltrixConfiguration.CreateBuilder<FileWatchSettings>().AddSource(source).Build())
            using (var events = new EventRecorder<FileWatchSettings>(config))
            {
                var restored = 0;
                var poller = new SnapshotPoller<FileWatchSettings>(config, s => s.Port == 8080 || (s.Port == 9090 && Volatile.Read(ref restored) == 1), threads: 2);
                long brokenAt;
                long restoredAt;
                try
                {
                    brokenAt = Stopwatch.GetTimestamp();
                    breakFile(path);
                    Assert.True(events.WaitForFailures(1), "the unreadable file was not reported");
                    var remaining = ErrorPeriod - Stopwatch.GetElapsedTime(brokenAt);
                    if (remaining > TimeSpan.Zero)
                    {
                        Thread.Sleep(remaining); // The error lasts two seconds, as the plan prescribes.
                    }

                    Assert.Equal(8080, config.Current.Port);
                    Volatile.Write(ref restored, 1);
                    restoredAt = Stopwatch.GetTimestamp();
                    restoreFile(path);
                    Assert.True(events.WaitForChanges(1), "the restored file was not applied");
                    Assert.True(events.WaitFor(() => config.SourceHealth[0].Status == ConfigSourceStatus.Healthy), "health did not recover");
                }
                finally
                {
                    poller.Stop();
                }

                var recovery = Ms(restoredAt, events.TimedChanges[0].Timestamp);
                Thread.Sleep(QuietPeriod); // Quiet period: no late failure or change after recovery.

                var failure = Assert.Single(events.Failures);
                var error = Assert.Single(failure.Exception.Errors);
                Assert.Equal("Io", error.Rule);
                Assert.Equal(path, error.Origin.Source);
                Assert.Contains(path, error.Message, StringComparison.Ordinal);
                Assert.Contains(reason, error.Message, StringComparison.Ordinal);
                Assert.Equal(error.Message.IndexOf(path, StringComparison.Ordinal), error.Message.LastIndexOf(path, StringComparison.Ordinal));
                var failing = Assert.Single(events.HealthChanges, h => h.Current.Status == ConfigSourceStatus.Failing);
                Assert.Contains(path, failing.Current.Message, StringComparison.Ordinal);
                Assert.Contains(reason, failing.Current.Message, StringComparison.Ordinal);
                Assert.Equal(ConfigSourceStatus.Healthy, events.HealthChanges[^1].Current.Status);
                var change = Assert.Single(events.Changes);
                Assert.Equal(8080, change.Previous.Port);
                Assert.Equal(9090, change.Current.Port);
                Assert.Null(config.LastError);
                Assert.Equal(0, poller.Exceptions);
                Assert.True(poller.BadReads == 0, $"{poller.BadReads} of {poller.Reads} reads did not see the last good value, first: {poller.FirstBad}");

                // Reads during the error: the first verdict, then retries at 250 ms and 500 ms, then at most one per
                // MaxRetryInterval (1 s). The steady state starts once the ramp (0.75 s) is over.
                var reads = source.Reports
                    .Where(r => r.Status == ConfigSourceStatus.Failing && r.Timestamp > brokenAt && r.Timestamp < restoredAt)
                    .Select(r => r.Timestamp)
                    .ToList();
                Assert.NotEmpty(reads);
                var steadyFrom = reads[0] + (long)(0.75 * Stopwatch.Frequency);
                var steady = reads.Count(t => t > steadyFrom);
                var steadySeconds = Stopwatch.GetElapsedTime(steadyFrom, restoredAt).TotalSeconds;
                Assert.True(steady <= Math.Floor(steadySeconds) + 1, $"{steady} retries in a steady {steadySeconds:F2} s");
                var gaps = reads.Zip(reads.Skip(1), (a, b) => Ms(a, b).ToString("F0", System.Globalization.CultureInfo.InvariantCulture));

                config.Dispose();
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                Assert.Equal(0, Volatile.Read(ref unobserved));
                Assert.Equal(0, Volatile.Read(ref unhandled));
                ReliabilityFigures.Report(output, figure, $"error reported after {Ms(brokenAt, events.TimedFailures[0].Timestamp):F1} ms: \"{error.Message}\"");
                ReliabilityFigures.Report(output, figure, $"{reads.Count} reads in {Ms(brokenAt, restoredAt):F0} ms of error (gaps {string.Join("/", gaps)} ms), {steady} in the steady {steadySeconds:F2} s; 1 ReloadFailed; {poller.Reads} reads, {poller.BadReads} without the last good value; recovery {recovery:F1} ms after restore; 0 unobserved task exceptions, 0 unhandled");
            }
        }
        finally
        {
            TaskScheduler.UnobservedTaskException -= onUnobserved;
            AppDomain.CurrentDomain.UnhandledException -= onUnhandled;
        }
    }
}
