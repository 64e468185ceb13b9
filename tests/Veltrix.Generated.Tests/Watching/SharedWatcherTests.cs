using System.Diagnostics;
using Veltrix.Tests.Infrastructure;
using Veltrix.Tests.Live;
using Xunit.Abstractions;

namespace Veltrix.Tests.Watching;

/// <summary>
/// R11: the product itself uses at most one inotify instance per process, one watch per directory, shared by every
/// file and configuration in it. Counted from the kernel's view (/proc/self/fd and fdinfo), not the product's.
/// </summary>
[Collection(SerialTests.Name)]
public sealed class SharedWatcherTests(ITestOutputHelper output)
{
    [Fact]
    public void FiftyConfigsInFiftyDirectories_SharedHub_UseAtMostOneInstanceAndOneWatchEach()
    {
        const int count = 50;
        using var temp = new TempDirectory();
        var paths = new string[count];
        for (var i = 0; i < count; i++)
        {
            paths[i] = temp.Combine($"dir{i}", "appsettings.json");
            Directory.CreateDirectory(Path.GetDirectoryName(paths[i])!);
            File.WriteAllText(paths[i], TestJson.Of($"d{i}"));
        }

        var instancesBefore = InotifyProbe.Instances();
        var watchesBefore = InotifyProbe.AllWatches();
        var configs = new List<LiveConfig<HandWrittenConfig>>();
        try
        {
            for (var i = 0; i < count; i++)
            {
                configs.Add(VeltrixConfiguration.CreateBuilder<HandWrittenConfig>()
                    .WithFileWatching(new FileWatchOptions { UsePolling = false })
                    .AddJsonFile(paths[i], optional: false, reloadOnChange: true)
                    .Build());
            }

            var instancesAfter = InotifyProbe.Instances();
            var added = instancesAfter.Except(instancesBefore).Count();
            var watchesAdded = InotifyProbe.AllWatches() - watchesBefore;

            Assert.InRange(added, 0, 1);
            Assert.Equal(count, watchesAdded);
            Assert.Equal(1, ((InotifyWatchHub)DirectoryWatchHub.Shared).InstanceCount);
            Assert.All(configs, c => Assert.Equal(ConfigSourceStatus.Healthy, c.SourceHealth[0].Status));

            // The shared watch delivers: a few of the fifty see their change.
            var latencies = new List<TimeSpan>();
            foreach (var i in new[] { 0, 24, 49 })
            {
                using var recorder = new EventRecorder<HandWrittenConfig>(configs[i]);
                var written = Stopwatch.GetTimestamp();
                File.WriteAllText(paths[i], TestJson.Of($"d{i}-changed"));
                Assert.True(recorder.WaitForChanges(1), $"config {i} missed its change");
                Assert.Equal($"d{i}-changed", recorder.Changes[0].Current.Name);
                latencies.Add(Stopwatch.GetElapsedTime(written, recorder.TimedChanges[0].Timestamp));
            }

            configs.ForEach(c => c.Dispose());
            var watchesLeft = InotifyProbe.AllWatches() - watchesBefore;
            Assert.Equal(0, watchesLeft);

            ReliabilityFigures.Report(output, "R11",
                $"{count} configs in {count} directories on the shared hub: +{added} inotify instance(s) (process total {instancesAfter.Count}), "
                + $"+{watchesAdded} watches, {watchesLeft} left after disposing all; change → Changed {LatencySummary.Of(latencies)}");
        }
        finally
        {
            configs.ForEach(c => c.Dispose());
        }
    }

    [Fact]
    public void OneDirectoryTwoFiles_ShareOneWatch_DisposingOneKeepsTheOtherWorking()
    {
        using var temp = new TempDirectory();
        var pathA = temp.Combine("a.json");
        var pathB = temp.Combine("b.json");
        File.WriteAllText(pathA, TestJson.Of("a0"));
        File.WriteAllText(pathB, TestJson.Of("b0"));

        // A hub of its own, so that its descriptor, and the watches on it, can be told apart from the shared one.
        using var hub = new InotifyWatchHub();
        var options = new FileWatchOptions { Hub = hub, UsePolling = false, ReconcileInterval = Timeout.InfiniteTimeSpan };
        var before = InotifyProbe.Instances();
        var configA = Build(pathA, options);
        using var configB = Build(pathB, options);
        var fd = Assert.Single(InotifyProbe.Instances().Except(before));
        var watchesWithBoth = InotifyProbe.Watches(fd);
        Assert.Equal(1, watchesWithBoth);

        using var recorderB = new EventRecorder<HandWrittenConfig>(configB);
        var latencies = new List<TimeSpan>();
        using (var recorderA = new EventRecorder<HandWrittenConfig>(configA))
        {
            latencies.Add(Change(recorderA, pathA, "a1"));
            latencies.Add(Change(recorderB, pathB, "b1"));
            Assert.Single(recorderA.Changes);
            Assert.Equal("a1", configA.Current.Name);
        }

        configA.Dispose();
        var watchesWithOne = InotifyProbe.Watches(fd);
        Assert.Equal(1, watchesWithOne);
        var afterDispose = Change(recorderB, pathB, "b2");
        Assert.Equal(2, recorderB.Changes.Count);
        Assert.Equal(["b1", "b2"], recorderB.Changes.Select(c => c.Current.Name));
        Assert.Equal("a1", configA.Current.Name);

        configB.Dispose();
        var watchesWithNone = InotifyProbe.Watches(fd);
        Assert.Equal(0, watchesWithNone);

        ReliabilityFigures.Report(output, "R11",
            $"one directory, two files: 1 instance, {watchesWithBoth} watch for both, {watchesWithOne} after disposing one, {watchesWithNone} after both; "
            + $"change → Changed {LatencySummary.Of(latencies)}, after disposing the other config {LatencySummary.Ms(afterDispose)}");
    }

    private static LiveConfig<HandWrittenConfig> Build(string path, FileWatchOptions options)
        => VeltrixConfiguration.CreateBuilder<HandWrittenConfig>()
            .WithFileWatching(options)
            .AddJsonFile(path, optional: false, reloadOnChange: true)
            .Build();

    /// <summary>Writes a new name into the file and waits for the change; returns the latency.</summary>
    private static TimeSpan Change(EventRecorder<HandWrittenConfig> recorder, string path, string name)
    {
        var before = recorder.Changes.Count;
        var written = Stopwatch.GetTimestamp();
        File.WriteAllText(path, TestJson.Of(name));
        Assert.True(recorder.WaitForChanges(before + 1), $"the change to '{name}' was missed");
        var change = recorder.TimedChanges[before];
        Assert.Equal(name, change.Args.Current.Name);
        return Stopwatch.GetElapsedTime(written, change.Timestamp);
    }
}
