using System.Diagnostics;
using Veltrix.Tests.Infrastructure;
using Veltrix.Tests.Live;
using Xunit.Abstractions;

namespace Veltrix.Tests.Watching;

/// <summary>
/// R11: with every inotify instance of the user taken, independent configurations must still build, fall back to
/// polling with one health warning that names the limit, and detect changes.
/// </summary>
/// <remarks>
/// The instances are exhausted only while the configurations are built, then released: the limit is per user, so
/// every other process of the user is without inotify during that window, and the polling fallback is for good anyway.
/// </remarks>
[Collection(SerialTests.Name)]
public sealed class InotifyLimitTests(ITestOutputHelper output)
{
    [Fact]
    public void InstancesExhausted_TwoHundredConfigs_BuildPollWithOneDegradedReportAndDetectChanges()
    {
        const int roots = 200;
        var interval = TimeSpan.FromMilliseconds(500);
        using var temp = new TempDirectory();
        var paths = new string[roots];
        for (var i = 0; i < roots; i++)
        {
            paths[i] = temp.Combine($"root{i}", "appsettings.json");
            Directory.CreateDirectory(Path.GetDirectoryName(paths[i])!);
            File.WriteAllText(paths[i], TestJson.Of($"r{i}"));
        }

        var hubs = new List<InotifyWatchHub>();
        var configs = new List<LiveConfig<HandWrittenConfig>>();
        var exceptions = new List<Exception>();
        var held = new List<int>();
        int lastErrno;
        TimeSpan window;
        try
        {
            var started = Stopwatch.GetTimestamp();
            while (true)
            {
                var fd = PosixCalls.InotifyInit(out lastErrno);
                if (fd < 0 || held.Count > 100_000)
                {
                    break;
                }

                held.Add(fd);
            }

            for (var i = 0; i < roots; i++)
            {
                // A fresh hub per root: the process-wide one may already hold an instance from earlier tests.
                var hub = new InotifyWatchHub();
                hubs.Add(hub);
                try
                {
                    configs.Add(VeltrixConfiguration.CreateBuilder<HandWrittenConfig>()
                        .WithFileWatching(new FileWatchOptions { Hub = hub, UsePolling = false, PollingInterval = interval })
                        .AddJsonFile(paths[i], optional: false, reloadOnChange: true)
                        .Build());
                }
                catch (Exception ex)
                {
                    exceptions.Add(ex);
                }
            }

            window = Stopwatch.GetElapsedTime(started);
        }
        finally
        {
            foreach (var fd in held)
            {
                PosixCalls.Close(fd);
            }
        }

        try
        {
            Assert.Equal(PosixCalls.EMFILE, lastErrno);
            Assert.Empty(exceptions);
            Assert.Equal(roots, configs.Count);
            Assert.All(hubs, hub => Assert.Equal(0, hub.InstanceCount));
            for (var i = 0; i < roots; i++)
            {
                Assert.Equal($"r{i}", configs[i].Current.Name);

                // Health reported during Build() cannot reach an event handler yet; SourceHealth holds it.
                var health = Assert.Single(configs[i].SourceHealth);
                Assert.Equal(ConfigSourceStatus.Degraded, health.Status);
                Assert.Contains("max_user_instances", health.Message, StringComparison.Ordinal);
                Assert.Contains(paths[i], health.Message, StringComparison.Ordinal);
            }

            var recorders = configs.Select(c => new EventRecorder<HandWrittenConfig>(c)).ToList();
            int[] changed = [0, 57, 113, 171, 199];
            var written = new Dictionary<int, long>();
            foreach (var i in changed)
            {
                written[i] = Stopwatch.GetTimestamp();
                File.WriteAllText(paths[i], TestJson.Of($"r{i}-changed"));
            }

            var latencies = new List<TimeSpan>();
            foreach (var i in changed)
            {
                Assert.True(recorders[i].WaitForChanges(1), $"root {i} did not detect its change by polling");
                var change = Assert.Single(recorders[i].TimedChanges);
                Assert.Equal($"r{i}-changed", change.Args.Current.Name);
                latencies.Add(Stopwatch.GetElapsedTime(written[i], change.Timestamp));
            }

            // A quiet period of three intervals, not an assertion on time: no root reports its health again, and no
            // unchanged root reports a change.
            Thread.Sleep(interval * 3);
            for (var i = 0; i < roots; i++)
            {
                Assert.Empty(recorders[i].HealthChanges);
                Assert.Equal(changed.Contains(i) ? 1 : 0, recorders[i].Changes.Count);
                Assert.Empty(recorders[i].Failures);
                Assert.Equal(ConfigSourceStatus.Degraded, configs[i].SourceHealth[0].Status);
            }

            recorders.ForEach(r => r.Dispose());
            ReliabilityFigures.Report(output, "R11",
                $"{held.Count} inotify instances taken (limit {File.ReadAllText("/proc/sys/fs/inotify/max_user_instances").Trim()}, then EMFILE); "
                + $"{roots} roots built in {LatencySummary.Ms(window)} with {exceptions.Count} exceptions, {roots}/{roots} Degraded once naming max_user_instances; "
                + $"{changed.Length}/{changed.Length} changes detected by polling every {LatencySummary.Ms(interval)}: write → Changed {LatencySummary.Of(latencies)} "
                + $"(interval + 250 ms = {LatencySummary.Ms(interval + TimeSpan.FromMilliseconds(250))})");
        }
        finally
        {
            configs.ForEach(c => c.Dispose());
            hubs.ForEach(h => h.Dispose());
        }
    }
}
