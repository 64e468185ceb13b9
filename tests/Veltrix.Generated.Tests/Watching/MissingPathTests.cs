using System.Diagnostics;
using Veltrix.Tests.Infrastructure;
using Veltrix.Tests.Live;
using Xunit.Abstractions;

namespace Veltrix.Tests.Watching;

/// <summary>
/// R9: a watched file deleted and recreated, a file whose directory does not exist yet, a directory deleted and
/// recreated. The watcher must keep the last good values, report the missing file, apply the file once it appears,
/// and never watch above the nearest existing ancestor of the file's directory.
/// </summary>
[Collection(SerialTests.Name)]
public sealed class MissingPathTests(ITestOutputHelper output)
{
    [Fact]
    public void RequiredFile_DeletedThenRecreated_KeepsLastGoodReportsMissingAndApplies()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("appsettings.json");
        File.WriteAllText(path, TestJson.Of("before"));
        using var inotify = new InotifyWatchHub();
        var spy = new RecordingWatchHub(inotify);
        using var config = Build(path, optional: false, spy);
        using var recorder = new EventRecorder<HandWrittenConfig>(config);
        using var poller = new SnapshotPoller<HandWrittenConfig>(config, c => c.Name is "before" or "after");

        var deleted = Stopwatch.GetTimestamp();
        File.Delete(path);

        Assert.True(recorder.WaitFor(() => Health(recorder, ConfigSourceStatus.Failing) is not null), "no Failing health after the delete");
        var failing = Health(recorder, ConfigSourceStatus.Failing)!.Value;
        Assert.Contains(path, failing.Args.Current.Message, StringComparison.Ordinal);
        Assert.Contains("missing", failing.Args.Current.Message, StringComparison.Ordinal);
        Assert.True(recorder.WaitForFailures(1), "the reload of the missing required file was not reported");
        Assert.Equal(path, recorder.Failures[0].Exception.Errors[0].Origin.Source);
        Assert.Equal("before", config.Current.Name);
        Assert.Equal(1, config.Generation);
        Assert.Empty(recorder.Changes);

        var recreated = Stopwatch.GetTimestamp();
        File.WriteAllText(path, TestJson.Of("after"));

        Assert.True(recorder.WaitForChanges(1), "the recreated file was not applied");
        Assert.True(recorder.WaitFor(() => config.SourceHealth[0].Status == ConfigSourceStatus.Healthy), "health did not recover");
        var healthy = recorder.TimedHealthChanges.Last(h => h.Args.Current.Status == ConfigSourceStatus.Healthy);
        var change = Assert.Single(recorder.TimedChanges);
        Assert.Equal("after", change.Args.Current.Name);
        Assert.Equal(["Test:Name"], change.Args.ChangedKeys);
        Assert.Equal(2, change.Args.Generation);
        Assert.Null(config.LastError);

        // The file's directory existed throughout: nothing above it was ever watched.
        Assert.All(spy.Requests, r => Assert.Equal((temp.Path, true), r));
        Assert.Equal([temp.Path], spy.LiveDirectories);
        Assert.Equal(0, poller.BadReads);

        ReliabilityFigures.Report(output, "R9a",
            $"delete → Failing health in {LatencySummary.Ms(Stopwatch.GetElapsedTime(deleted, failing.Timestamp))} (message names the path); "
            + $"recreate → applied in {LatencySummary.Ms(Stopwatch.GetElapsedTime(recreated, change.Timestamp))}, Healthy in {LatencySummary.Ms(Stopwatch.GetElapsedTime(recreated, healthy.Timestamp))}; "
            + $"{recorder.Failures.Count} ReloadFailed while missing; {poller.BadReads} of {poller.Reads} reads not last-good");
    }

    [Fact]
    public void OptionalFile_ParentDirectoryMissing_BuildsWithDefaultsAndAppliesWhenCreated()
    {
        using var temp = new TempDirectory();
        var directory = temp.Combine("conf");
        var path = Path.Combine(directory, "appsettings.json");
        using var inotify = new InotifyWatchHub();
        var spy = new RecordingWatchHub(inotify);
        using var config = Build(path, optional: true, spy);
        using var recorder = new EventRecorder<HandWrittenConfig>(config);

        Assert.Equal("default", config.Current.Name);
        Assert.Equal(80, config.Current.Port);
        Assert.Equal([(directory, false), (temp.Path, true)], spy.Requests);
        Assert.Equal([temp.Path], spy.LiveDirectories);

        Directory.CreateDirectory(directory);
        Assert.True(recorder.WaitFor(() => spy.LiveDirectories.SequenceEqual([directory])), "the watch did not move down into the created directory");

        var written = Stopwatch.GetTimestamp();
        File.WriteAllText(path, TestJson.Of("created", 8081));

        Assert.True(recorder.WaitForChanges(1), "the file created in the new directory was not applied");
        var change = Assert.Single(recorder.TimedChanges);
        Assert.Equal("created", change.Args.Current.Name);
        Assert.Equal(8081, change.Args.Current.Port);
        Assert.Empty(recorder.Failures);
        AssertOnlyWatchedAlong(spy, temp.Path, directory);

        ReliabilityFigures.Report(output, "R9b",
            $"parent missing at start: built with defaults, watched its parent; file created → applied in {LatencySummary.Ms(Stopwatch.GetElapsedTime(written, change.Timestamp))}; "
            + $"watch requests: {Describe(spy, temp.Path)}");
    }

    [Fact]
    public void OptionalFile_TwoLevelsMissing_WatchesGrandparentThenMovesDownAndApplies()
    {
        using var temp = new TempDirectory();
        var middle = temp.Combine("a");
        var directory = temp.Combine("a", "b");
        var path = Path.Combine(directory, "appsettings.json");
        using var inotify = new InotifyWatchHub();
        var spy = new RecordingWatchHub(inotify);
        using var config = Build(path, optional: true, spy);
        using var recorder = new EventRecorder<HandWrittenConfig>(config);

        Assert.Equal("default", config.Current.Name);
        Assert.Equal([(directory, false), (middle, false), (temp.Path, true)], spy.Requests);
        Assert.Equal([temp.Path], spy.LiveDirectories);

        Directory.CreateDirectory(middle);
        Assert.True(recorder.WaitFor(() => spy.LiveDirectories.SequenceEqual([middle])), "the watch did not move down to the first created level");
        Directory.CreateDirectory(directory);
        Assert.True(recorder.WaitFor(() => spy.LiveDirectories.SequenceEqual([directory])), "the watch did not move down to the file's directory");

        var written = Stopwatch.GetTimestamp();
        File.WriteAllText(path, TestJson.Of("deep"));

        Assert.True(recorder.WaitForChanges(1), "the file was not applied");
        var change = Assert.Single(recorder.TimedChanges);
        Assert.Equal("deep", change.Args.Current.Name);
        Assert.Empty(recorder.Failures);
        AssertOnlyWatchedAlong(spy, temp.Path, directory);

        ReliabilityFigures.Report(output, "R9b",
            $"two levels missing: file created → applied in {LatencySummary.Ms(Stopwatch.GetElapsedTime(written, change.Timestamp))}; "
            + $"watch requests: {Describe(spy, temp.Path)}");
    }

    [Fact]
    public void OptionalFile_TwoLevelsCreatedAtOnceWithFile_IsApplied()
    {
        using var temp = new TempDirectory();
        var directory = temp.Combine("a", "b");
        var path = Path.Combine(directory, "appsettings.json");
        using var inotify = new InotifyWatchHub();
        var spy = new RecordingWatchHub(inotify);
        using var config = Build(path, optional: true, spy);
        using var recorder = new EventRecorder<HandWrittenConfig>(config);

        // A deployment that creates the whole tree and the file in one go: one event on the grandparent.
        var written = Stopwatch.GetTimestamp();
        Directory.CreateDirectory(directory);
        File.WriteAllText(path, TestJson.Of("tree"));

        Assert.True(recorder.WaitForChanges(1), "the file was not applied");
        var change = Assert.Single(recorder.TimedChanges);
        Assert.Equal("tree", change.Args.Current.Name);
        Assert.True(recorder.WaitFor(() => spy.LiveDirectories.SequenceEqual([directory])), "the watch did not settle on the file's directory");
        AssertOnlyWatchedAlong(spy, temp.Path, directory);

        ReliabilityFigures.Report(output, "R9b",
            $"two levels and the file created at once → applied in {LatencySummary.Ms(Stopwatch.GetElapsedTime(written, change.Timestamp))}; "
            + $"watch requests: {Describe(spy, temp.Path)}");
    }

    [Fact]
    public void OptionalFile_DirectoryAppearsWhileWatcherMovesUp_IsStillApplied()
    {
        using var temp = new TempDirectory();
        var directory = temp.Combine("conf");
        var path = Path.Combine(directory, "appsettings.json");
        using var inotify = new InotifyWatchHub();
        var spy = new RecordingWatchHub(inotify);

        // The directory is created after the watcher found it missing and before it watches the parent: the
        // parent's watch starts too late to report the creation.
        spy.BeforeWatch = requested =>
        {
            if (requested == temp.Path)
            {
                Directory.CreateDirectory(directory);
            }
        };
        using var config = Build(path, optional: true, spy);
        spy.BeforeWatch = null;
        using var recorder = new EventRecorder<HandWrittenConfig>(config);

        var written = Stopwatch.GetTimestamp();
        File.WriteAllText(path, TestJson.Of("late"));

        Assert.True(recorder.WaitForChanges(1), "a file in a directory created during the watch set-up was missed");
        var change = Assert.Single(recorder.TimedChanges);
        Assert.Equal("late", change.Args.Current.Name);
        Assert.Equal([directory], spy.LiveDirectories);
        AssertOnlyWatchedAlong(spy, temp.Path, directory);

        ReliabilityFigures.Report(output, "R9b",
            $"directory created between its failed watch and the parent's watch: file → applied in {LatencySummary.Ms(Stopwatch.GetElapsedTime(written, change.Timestamp))}; "
            + $"watch requests: {Describe(spy, temp.Path)}");
    }

    [Fact]
    public void RequiredFile_DirectoryDeletedAndRecreated_WatchesParentMeanwhileAndApplies()
    {
        using var temp = new TempDirectory();
        var directory = temp.Combine("conf");
        var path = Path.Combine(directory, "appsettings.json");
        Directory.CreateDirectory(directory);
        File.WriteAllText(path, TestJson.Of("before"));
        using var inotify = new InotifyWatchHub();
        var spy = new RecordingWatchHub(inotify);
        using var config = Build(path, optional: false, spy);
        using var recorder = new EventRecorder<HandWrittenConfig>(config);
        using var poller = new SnapshotPoller<HandWrittenConfig>(config, c => c.Name is "before" or "after");

        var deleted = Stopwatch.GetTimestamp();
        Directory.Delete(directory, recursive: true);

        Assert.True(recorder.WaitFor(() => Health(recorder, ConfigSourceStatus.Failing) is not null), "no Failing health after the directory was deleted");
        var failing = Health(recorder, ConfigSourceStatus.Failing)!.Value;
        Assert.Contains(path, failing.Args.Current.Message, StringComparison.Ordinal);
        Assert.True(recorder.WaitFor(() => spy.LiveDirectories.SequenceEqual([temp.Path])), "the watch did not move up to the parent");
        Assert.Equal("before", config.Current.Name);

        var recreated = Stopwatch.GetTimestamp();
        Directory.CreateDirectory(directory);
        File.WriteAllText(path, TestJson.Of("after"));

        Assert.True(recorder.WaitForChanges(1), "the recreated directory's file was not applied");
        var change = Assert.Single(recorder.TimedChanges);
        Assert.Equal("after", change.Args.Current.Name);
        Assert.True(recorder.WaitFor(() => config.SourceHealth[0].Status == ConfigSourceStatus.Healthy), "health did not recover");
        Assert.True(recorder.WaitFor(() => spy.LiveDirectories.SequenceEqual([directory])), "the watch did not return to the directory");
        AssertOnlyWatchedAlong(spy, temp.Path, directory);
        Assert.Equal(0, poller.BadReads);

        ReliabilityFigures.Report(output, "R9c",
            $"directory deleted → Failing in {LatencySummary.Ms(Stopwatch.GetElapsedTime(deleted, failing.Timestamp))}; "
            + $"recreated with the file → applied in {LatencySummary.Ms(Stopwatch.GetElapsedTime(recreated, change.Timestamp))}; "
            + $"{poller.BadReads} of {poller.Reads} reads not last-good; watch requests: {Describe(spy, temp.Path)}");
    }

    private static LiveConfig<HandWrittenConfig> Build(string path, bool optional, DirectoryWatchHub hub)
        => VeltrixConfiguration.CreateBuilder<HandWrittenConfig>()

            // No reconcile: only events may find these changes.
            .WithFileWatching(new FileWatchOptions { Hub = hub, UsePolling = false, ReconcileInterval = Timeout.InfiniteTimeSpan })
            .AddJsonFile(path, optional, reloadOnChange: true)
            .Build();

    private static (long Timestamp, ConfigSourceHealthChangedEventArgs Args)? Health(EventRecorder<HandWrittenConfig> recorder, ConfigSourceStatus status)
    {
        foreach (var entry in recorder.TimedHealthChanges)
        {
            if (entry.Args.Current.Status == status)
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>Every directory watched lies between the root that existed (inclusive) and the file's directory.</summary>
    private static void AssertOnlyWatchedAlong(RecordingWatchHub spy, string existingRoot, string fileDirectory)
    {
        foreach (var (directory, succeeded) in spy.Requests)
        {
            var inside = directory == existingRoot
                || (directory.StartsWith(existingRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                    && (fileDirectory == directory || fileDirectory.StartsWith(directory + Path.DirectorySeparatorChar, StringComparison.Ordinal)));
            Assert.True(inside, $"'{directory}' (succeeded: {succeeded}) is not between '{existingRoot}' and '{fileDirectory}'");
        }
    }

    private static string Describe(RecordingWatchHub spy, string root)
        => string.Join(", ", spy.Requests.Select(r => (r.Directory == root ? "<root>" : "<root>" + r.Directory[root.Length..]) + (r.Succeeded ? " ok" : " missing")));
}
