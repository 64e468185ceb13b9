using System.Diagnostics;
using Veltrix.Tests.Infrastructure;
using Veltrix.Tests.Live;
using Xunit.Abstractions;

namespace Veltrix.Tests.Watching;

/// <summary>
/// The <see cref="FileSystemWatcher"/> fallback (Windows, macOS, or on request) gives the same promise as the inotify
/// hub: one save, in place or by rename, gives exactly one change.
/// </summary>
[Collection(SerialTests.Name)]
public sealed class FileSystemWatcherHubTests(ITestOutputHelper output)
{
    private const int Writes = 10;

    [Fact]
    public void InPlaceSaves_FileSystemWatcherHub_OneChangedPerSave()
    {
        var (changes, latencies) = Run((path, content) => File.WriteAllText(path, content));

        ReliabilityFigures.Report(output, "R4a",
            $"FileSystemWatcherHub, in-place saves 300 ms apart: {changes}/{Writes} Changed events; save → Changed {LatencySummary.Of(latencies)}");
    }

    [Fact]
    public void TempFileRenamedOver_FileSystemWatcherHub_OneChangedPerSave()
    {
        var (changes, latencies) = Run((path, content) =>
        {
            var temporary = path + ".tmp";
            File.WriteAllText(temporary, content);
            File.Move(temporary, path, overwrite: true);
        });

        ReliabilityFigures.Report(output, "R4a",
            $"FileSystemWatcherHub, temp file renamed over, 300 ms apart: {changes}/{Writes} Changed events; rename → Changed {LatencySummary.Of(latencies)}");
    }

    [Fact]
    public void DirectoryDeletedAndRecreated_FileSystemWatcherHub_IsApplied()
        => DirectoryReplaced("deleted", directory => Directory.Delete(directory, recursive: true));

    [Fact]
    public void DirectoryMovedAwayAndReplaced_FileSystemWatcherHub_IsApplied()
        => DirectoryReplaced("moved away", directory => Directory.Move(directory, directory + ".old"));

    /// <summary>
    /// R9c on this hub: FileSystemWatcher says nothing when its own directory goes away on Linux, so the hub must find
    /// out, move the watch up to the parent, and come back down when the directory is recreated.
    /// </summary>
    private void DirectoryReplaced(string how, Action<string> remove)
    {
        using var temp = new TempDirectory();
        var directory = temp.Combine("conf");
        var path = Path.Combine(directory, "appsettings.json");
        Directory.CreateDirectory(directory);
        File.WriteAllText(path, TestJson.Of("before"));
        var spy = new RecordingWatchHub(new FileSystemWatcherHub());
        using var config = VeltrixConfiguration.CreateBuilder<HandWrittenConfig>()
            .WithFileWatching(new FileWatchOptions { Hub = spy, UsePolling = false, ReconcileInterval = Timeout.InfiniteTimeSpan })
            .AddJsonFile(path, optional: false, reloadOnChange: true)
            .Build();
        using var recorder = new EventRecorder<HandWrittenConfig>(config);

        var removed = Stopwatch.GetTimestamp();
        remove(directory);
        Assert.True(recorder.WaitFor(() => spy.LiveDirectories.SequenceEqual([temp.Path])), "the watch did not move up to the parent");
        var movedUp = Stopwatch.GetElapsedTime(removed);
        Assert.True(recorder.WaitFor(() => config.SourceHealth[0].Status == ConfigSourceStatus.Failing), "the missing file was not reported");
        Assert.Equal("before", config.Current.Name);

        var recreated = Stopwatch.GetTimestamp();
        Directory.CreateDirectory(directory);
        File.WriteAllText(path, TestJson.Of("after"));

        Assert.True(recorder.WaitForChanges(1), "the recreated directory's file was not applied");
        var change = Assert.Single(recorder.TimedChanges);
        Assert.Equal("after", change.Args.Current.Name);
        Assert.True(recorder.WaitFor(() => spy.LiveDirectories.SequenceEqual([directory])), "the watch did not return to the directory");
        ReliabilityFigures.Report(output, "R9c",
            $"FileSystemWatcherHub, directory {how}: watch moved to the parent after {LatencySummary.Ms(movedUp)}; "
            + $"recreated with the file → applied in {LatencySummary.Ms(Stopwatch.GetElapsedTime(recreated, change.Timestamp))}");
    }

    private static (int Changes, List<TimeSpan> Latencies) Run(Action<string, string> save)
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("appsettings.json");
        File.WriteAllText(path, TestJson.Of("s0"));
        using var config = VeltrixConfiguration.CreateBuilder<HandWrittenConfig>()

            // No reconcile: only the FileSystemWatcher's events may find the changes.
            .WithFileWatching(new FileWatchOptions { Hub = new FileSystemWatcherHub(), UsePolling = false, ReconcileInterval = Timeout.InfiniteTimeSpan })
            .AddJsonFile(path, optional: false, reloadOnChange: true)
            .Build();
        using var recorder = new EventRecorder<HandWrittenConfig>(config);
        Assert.Equal(ConfigSourceStatus.Healthy, config.SourceHealth[0].Status);

        var latencies = new List<TimeSpan>();
        for (var n = 1; n <= Writes; n++)
        {
            var name = $"s{n}";
            var written = Stopwatch.GetTimestamp();
            save(path, TestJson.Of(name));
            Assert.True(recorder.WaitFor(() => recorder.Changes.Any(c => c.Current.Name == name)), $"save {n} was not detected");
            latencies.Add(Stopwatch.GetElapsedTime(written, recorder.TimedChanges.First(c => c.Args.Current.Name == name).Timestamp));

            // Spacing as the plan prescribes (300 ms between writes), not an assertion.
            Thread.Sleep(300);
        }

        // The last sleep was also the quiet period after the last save: no late duplicate arrived.
        var changes = recorder.Changes;
        Assert.Equal(Writes, changes.Count);
        for (var i = 0; i < Writes; i++)
        {
            Assert.Equal($"s{i + 1}", changes[i].Current.Name);
            Assert.Equal(["Test:Name"], changes[i].ChangedKeys);
            Assert.Equal(i + 2, changes[i].Generation);
        }

        Assert.Empty(recorder.Failures);
        Assert.Empty(recorder.HealthChanges);
        return (changes.Count, latencies);
    }
}
