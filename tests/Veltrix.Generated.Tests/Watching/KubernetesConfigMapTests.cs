using System.Diagnostics;
using System.Globalization;
using Veltrix.Tests.Infrastructure;
using Veltrix.Tests.Live;
using Xunit.Abstractions;

namespace Veltrix.Tests.Watching;

/// <summary>
/// R10: a Kubernetes ConfigMap volume, updated the way the kubelet's AtomicWriter does it: the files go into a new
/// timestamped directory, a <c>..data_tmp</c> symlink to it is renamed over <c>..data</c>, and the old directory is
/// removed. The watched path is the user-visible symlink <c>appsettings.json → ..data/appsettings.json</c>, whose own
/// entry never changes.
/// </summary>
[Collection(SerialTests.Name)]
public sealed class KubernetesConfigMapTests(ITestOutputHelper output)
{
    private const string FileName = "appsettings.json";

    [Fact]
    public void DataSymlinkSwap_NativeWatcher_EverySwapDetectedOnceAndNothingElseServed()
    {
        const int swaps = 100;
        using var temp = new TempDirectory();
        var volume = new ConfigMapVolume(temp.Path);
        using var config = Build(volume.UserPath, new FileWatchOptions { UsePolling = false, ReconcileInterval = Timeout.InfiniteTimeSpan });

        var result = Replay(config, volume, swaps, spacing: null);

        ReliabilityFigures.Report(output, "R10",
            $"native: {result.Detected}/{swaps} swaps detected, {result.Changes} Changed events, {result.Failures} ReloadFailed, {result.HealthChanges} health changes, "
            + $"{result.BadReads} of {result.Reads} reads default or older; swap → Changed {LatencySummary.Of(result.Latencies)}, "
            + $"slowest: swap {result.SlowestSwap}");
        AssertAllDetected(config, result, swaps);
    }

    [Fact]
    public void DataSymlinkSwap_Polling_EverySwapDetectedWithinAboutOneInterval()
    {
        const int swaps = 10;
        var interval = TimeSpan.FromMilliseconds(500);
        using var temp = new TempDirectory();
        var volume = new ConfigMapVolume(temp.Path);
        using var config = Build(volume.UserPath, new FileWatchOptions { UsePolling = true, PollingInterval = interval });

        // Swaps are more than an interval apart and land at varying points of the poll cycle; see Replay.
        var result = Replay(config, volume, swaps, spacing: interval);

        ReliabilityFigures.Report(output, "R10",
            $"polling every {LatencySummary.Ms(interval)}: {result.Detected}/{swaps} swaps detected, {result.Failures} ReloadFailed, {result.HealthChanges} health changes, "
            + $"{result.BadReads} of {result.Reads} reads default or older; swap → Changed {LatencySummary.Of(result.Latencies)} "
            + $"(interval + 250 ms = {LatencySummary.Ms(interval + TimeSpan.FromMilliseconds(250))})");
        AssertAllDetected(config, result, swaps);
    }

    private static LiveConfig<HandWrittenConfig> Build(string path, FileWatchOptions options)
        => VeltrixConfiguration.CreateBuilder<HandWrittenConfig>()
            .WithFileWatching(options)

            // Optional, so that a read that ever found the file missing would publish the defaults, which the
            // poller below would see.
            .AddJsonFile(path, optional: true, reloadOnChange: true)
            .Build();

    private static ReplayResult Replay(LiveConfig<HandWrittenConfig> config, ConfigMapVolume volume, int swaps, TimeSpan? spacing)
    {
        Assert.Equal("v0", config.Current.Name);
        using var recorder = new EventRecorder<HandWrittenConfig>(config);
        var lastSeen = 0;
        using var poller = new SnapshotPoller<HandWrittenConfig>(config, c =>
        {
            // Not acceptable: the defaults (the file read as missing) or a version older than one already served.
            if (!c.Name.StartsWith('v'))
            {
                return false;
            }

            var version = int.Parse(c.Name.AsSpan(1), CultureInfo.InvariantCulture);
            var older = version < lastSeen;
            lastSeen = Math.Max(lastSeen, version);
            return !older;
        });

        var latencies = new List<TimeSpan>();
        var missed = 0;
        for (var n = 1; n <= swaps && missed < 3; n++)
        {
            var name = $"v{n}";
            var swapped = volume.Publish(TestJson.Of(name, 8000 + n));
            if (!recorder.WaitFor(() => recorder.TimedChanges.Any(c => c.Args.Current.Name == name)))
            {
                missed++;
                continue;
            }

            latencies.Add(Stopwatch.GetElapsedTime(swapped, recorder.TimedChanges.First(c => c.Args.Current.Name == name).Timestamp));
            if (spacing is { } interval)
            {
                // Spacing, not an assertion: the next swap comes at least one interval after this one, plus a
                // random part of an interval so that swaps fall at different points of the poll cycle.
                var rest = interval - Stopwatch.GetElapsedTime(swapped) + TimeSpan.FromMilliseconds(Random.Shared.Next((int)interval.TotalMilliseconds));
                if (rest > TimeSpan.Zero)
                {
                    Thread.Sleep(rest);
                }
            }
        }

        var changes = recorder.Changes;
        var detected = Enumerable.Range(1, swaps).Count(n => changes.Any(c => c.Current.Name == $"v{n}"));
        return new ReplayResult(detected, changes.Count, recorder.Failures.Count, recorder.HealthChanges.Count, poller.Reads, poller.BadReads, latencies, changes);
    }

    private static void AssertAllDetected(LiveConfig<HandWrittenConfig> config, ReplayResult result, int swaps)
    {
        Assert.Equal(swaps, result.Detected);

        // One swap, one event: no read of a half-swapped volume published anything in between.
        Assert.Equal(swaps, result.Changes);
        Assert.Equal(0, result.Failures);
        Assert.Equal(0, result.HealthChanges);
        Assert.Equal(0, result.BadReads);
        Assert.True(result.Reads > 0);
        for (var i = 0; i < result.ChangeList.Count; i++)
        {
            Assert.Equal($"v{i + 1}", result.ChangeList[i].Current.Name);
            Assert.Equal(["Test:Name", "Test:Port"], result.ChangeList[i].ChangedKeys);
        }

        Assert.Equal($"v{swaps}", config.Current.Name);
        Assert.Equal(8000 + swaps, config.Current.Port);
    }

    private sealed record ReplayResult(
        int Detected,
        int Changes,
        int Failures,
        int HealthChanges,
        long Reads,
        long BadReads,
        IReadOnlyList<TimeSpan> Latencies,
        IReadOnlyList<ConfigChangedEventArgs<HandWrittenConfig>> ChangeList)
    {
        /// <summary>The 1-based number of the swap that took longest to be reported.</summary>
        public int SlowestSwap => Latencies.Count == 0 ? 0 : Latencies.ToList().IndexOf(Latencies.Max()) + 1;
    }

    /// <summary>A ConfigMap volume with one key, written as kubelet's AtomicWriter writes it.</summary>
    private sealed class ConfigMapVolume
    {
        private readonly string _root;
        private int _version;
        private string _current;

        public ConfigMapVolume(string root)
        {
            _root = root;
            _current = WriteTimestampedDirectory(TestJson.Of("v0"));
            File.CreateSymbolicLink(Path.Combine(root, "..data"), _current);
            File.CreateSymbolicLink(UserPath, Path.Combine("..data", FileName));
        }

        /// <summary>The path users configure: a symlink through <c>..data</c>.</summary>
        public string UserPath => Path.Combine(_root, FileName);

        /// <summary>Publishes new content; returns the timestamp of the rename that makes it visible.</summary>
        public long Publish(string content)
        {
            var previous = _current;
            _current = WriteTimestampedDirectory(content);
            var temporary = Path.Combine(_root, "..data_tmp");
            File.CreateSymbolicLink(temporary, _current);
            var swapped = Stopwatch.GetTimestamp();
            PosixCalls.Rename(temporary, Path.Combine(_root, "..data"));
            Directory.Delete(Path.Combine(_root, previous), recursive: true);
            return swapped;
        }

        /// <summary>Writes the files into a new <c>..yyyy_MM_dd_…</c> directory; returns its name.</summary>
        private string WriteTimestampedDirectory(string content)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"..{DateTime.UtcNow:yyyy_MM_dd_HH_mm_ss}.{++_version:D9}");
            var directory = Directory.CreateDirectory(Path.Combine(_root, name));
            File.WriteAllText(Path.Combine(directory.FullName, FileName), content);
            return name;
        }
    }
}
