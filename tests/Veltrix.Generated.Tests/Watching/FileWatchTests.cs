using System.Diagnostics;
using Veltrix.Tests.Infrastructure;
using Xunit.Abstractions;
using static Veltrix.Tests.Watching.WatchTestKit;

namespace Veltrix.Tests.Watching;

/// <summary>One save, one event: the ways a file changes on disk, and the ways it seems to change without doing so.</summary>
[Collection(SerialTests.Name)]
public sealed class FileWatchTests(ITestOutputHelper output)
{
    [Fact]
    public void Save_OneValueChanged_RaisesOneChangedWithThatKey()
    {
        using var dir = new TempDirectory();
        using var config = Build(dir, Json(8080, "a"));
        using var events = new EventRecorder<FileWatchSettings>(config);
        using var meter = new ReloadMeter();
        var before = config.Current;

        var written = Stopwatch.GetTimestamp();
        WriteInPlace(dir.Combine(FileName), Json(9090, "a"));

        Assert.True(events.WaitForChanges(1), "the save was not detected");
        var latency = Ms(written, events.TimedChanges[0].Timestamp);
        Thread.Sleep(QuietPeriod); // Quiet period: nothing can be awaited to show that no second event comes.
        var change = Assert.Single(events.Changes);
        Assert.Equal(["Test:Port"], change.ChangedKeys);
        Assert.Same(before, change.Previous);
        Assert.Equal(9090, change.Current.Port);
        Assert.Equal(2, change.Generation);
        Assert.Empty(events.Failures);
        Assert.Equal(1, meter.Total);
        ReliabilityFigures.Report(output, "Watch.save", $"1 save -> {events.Changes.Count} Changed, {meter}; write->Changed {latency:F1} ms");
    }

    [Fact]
    public void Save_IdenticalBytes_ReloadsNothing()
    {
        using var dir = new TempDirectory();
        var content = Json(8080, "a");
        using var config = Build(dir, content);
        using var events = new EventRecorder<FileWatchSettings>(config);
        using var meter = new ReloadMeter();

        WriteInPlace(dir.Combine(FileName), content);
        WriteByRename(dir.Combine(FileName), content);

        // Quiet period: an absence cannot be awaited. The saves raise inotify events; the watcher must read the
        // file, find the bytes' hash equal to what was loaded, and not even reload (the meter would count it).
        Thread.Sleep(QuietPeriod);
        Assert.Empty(events.Changes);
        Assert.Empty(events.Failures);
        Assert.Equal(0, meter.Total);

        // The watcher is alive: the next real change is the first event.
        WriteInPlace(dir.Combine(FileName), Json(8081, "a"));
        Assert.True(events.WaitForChanges(1));
        Assert.Equal(2, Assert.Single(events.Changes).Generation);
        ReliabilityFigures.Report(output, "Watch.identical", $"2 identical saves -> 0 Changed, 0 reloads; then 1 real save -> {meter}");
    }

    [Fact]
    public void Touch_OnlyTimestampChanged_ReloadsNothing()
    {
        using var dir = new TempDirectory();
        using var config = Build(dir, Json(8080, "a"));
        using var events = new EventRecorder<FileWatchSettings>(config);
        using var meter = new ReloadMeter();

        File.SetLastWriteTimeUtc(dir.Combine(FileName), DateTime.UtcNow.AddMinutes(5));

        // Quiet period: the touch raises IN_ATTRIB; the content hash is unchanged, so nothing may reload.
        Thread.Sleep(QuietPeriod);
        Assert.Empty(events.Changes);
        Assert.Equal(0, meter.Total);

        WriteInPlace(dir.Combine(FileName), Json(8081, "a"));
        Assert.True(events.WaitForChanges(1));
        ReliabilityFigures.Report(output, "Watch.touch", $"touch -> 0 Changed, 0 reloads; then 1 real save -> {meter}");
    }

    [Fact]
    public void Save_TempFileRenamedOver_RaisesOneChanged()
    {
        using var dir = new TempDirectory();
        using var config = Build(dir, Json(8080, "a"));
        using var events = new EventRecorder<FileWatchSettings>(config);
        using var meter = new ReloadMeter();

        var written = Stopwatch.GetTimestamp();
        WriteByRename(dir.Combine(FileName), Json(8080, "b"));

        Assert.True(events.WaitForChanges(1), "the rename was not detected");
        var latency = Ms(written, events.TimedChanges[0].Timestamp);
        Thread.Sleep(QuietPeriod); // Quiet period before asserting no second event.
        var change = Assert.Single(events.Changes);
        Assert.Equal(["Test:Name"], change.ChangedKeys);
        Assert.Equal("b", config.Current.Name);
        Assert.Empty(events.Failures);
        Assert.Equal(1, meter.Total);
        ReliabilityFigures.Report(output, "Watch.rename", $"tmp+rename -> 1 Changed, {meter}; write->Changed {latency:F1} ms");
    }

    [Fact]
    public void DeleteThenRecreate_WithinDebounce_RaisesOneChangedAndNoFailure()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine(FileName);
        using var config = Build(dir, Json(8080, "a"));
        using var events = new EventRecorder<FileWatchSettings>(config);

        var written = Stopwatch.GetTimestamp();
        File.Delete(path);
        WriteInPlace(path, Json(9090, "a"));

        Assert.True(events.WaitForChanges(1), "the recreated file was not detected");
        var latency = Ms(written, events.TimedChanges[0].Timestamp);
        Thread.Sleep(QuietPeriod); // Quiet period before asserting that no failure or second event comes.
        Assert.Equal(["Test:Port"], Assert.Single(events.Changes).ChangedKeys);
        Assert.Empty(events.Failures);
        Assert.Equal(ConfigSourceStatus.Healthy, config.SourceHealth[0].Status);
        ReliabilityFigures.Report(output, "Watch.delete+recreate", $"delete and recreate within ms -> 1 Changed, 0 ReloadFailed; recreate->Changed {latency:F1} ms");
    }

    [Fact]
    public void Delete_FileStaysMissing_FailsOnceKeepsLastGoodThenRecovers()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine(FileName);
        using var config = Build(dir, Json(8080, "a"));
        using var events = new EventRecorder<FileWatchSettings>(config);
        var lastGood = config.Current;

        var deleted = Stopwatch.GetTimestamp();
        File.Delete(path);
        Assert.True(events.WaitForFailures(1), "the missing file was not reported");
        var reported = Ms(deleted, events.TimedFailures[0].Timestamp);
        Thread.Sleep(QuietPeriod); // The file stays missing for this second; no further failure may be raised.

        var failure = Assert.Single(events.Failures);
        var error = Assert.Single(failure.Exception.Errors);
        Assert.Equal("Missing", error.Rule);
        Assert.Equal(path, error.Origin.Source);
        Assert.Contains(path, failure.Exception.Message, StringComparison.Ordinal);
        Assert.Equal(1, failure.Generation);
        var health = config.SourceHealth[0];
        Assert.Equal(ConfigSourceStatus.Failing, health.Status);
        Assert.Contains(path, health.Message, StringComparison.Ordinal);
        Assert.Same(lastGood, config.Current);
        Assert.Equal(8080, config.Current.Port);
        Assert.Empty(events.Changes);

        var recreated = Stopwatch.GetTimestamp();
        WriteInPlace(path, Json(9090, "a"));
        Assert.True(events.WaitForChanges(1), "the recreated file was not applied");
        var applied = Ms(recreated, events.TimedChanges[0].Timestamp);
        Assert.True(events.WaitFor(() => config.SourceHealth[0].Status == ConfigSourceStatus.Healthy), "health did not recover");
        Assert.Equal(9090, config.Current.Port);
        Assert.Null(config.LastError);
        Assert.Single(events.Failures);
        Assert.Equal(
            [ConfigSourceStatus.Failing, ConfigSourceStatus.Healthy],
            events.HealthChanges.Select(h => h.Current.Status));
        ReliabilityFigures.Report(output, "Watch.missing", $"deleted for 1 s -> 1 ReloadFailed after {reported:F1} ms, health Failing, LKG served; recreate->Changed {applied:F1} ms, Healthy");
    }

    [Fact]
    public void Polling_InPlaceWrite_RaisesOneChanged()
    {
        using var dir = new TempDirectory();
        var options = new FileWatchOptions { UsePolling = true, PollingInterval = TimeSpan.FromMilliseconds(200) };
        using var config = Build(dir, Json(8080, "a"), options);
        using var events = new EventRecorder<FileWatchSettings>(config);

        var written = Stopwatch.GetTimestamp();
        WriteInPlace(dir.Combine(FileName), Json(9090, "a"));

        Assert.True(events.WaitForChanges(1), "polling did not detect the write");
        var latency = Ms(written, events.TimedChanges[0].Timestamp);
        Thread.Sleep(QuietPeriod); // Five more polls of unchanged content: no second event.
        Assert.Equal(["Test:Port"], Assert.Single(events.Changes).ChangedKeys);
        Assert.Empty(events.Failures);
        Assert.Equal(ConfigSourceStatus.Healthy, config.SourceHealth[0].Status);
        ReliabilityFigures.Report(output, "Watch.polling", $"polling every 200 ms: write->Changed {latency:F1} ms, 1 Changed");
    }

    [Fact]
    public void PollingEnvironmentVariable_Set_NewOptionsPoll()
    {
        var saved = Environment.GetEnvironmentVariable(FileWatchOptions.PollingEnvironmentVariable);
        try
        {
            Environment.SetEnvironmentVariable(FileWatchOptions.PollingEnvironmentVariable, "1");
            Assert.True(new FileWatchOptions().UsePolling);
            Environment.SetEnvironmentVariable(FileWatchOptions.PollingEnvironmentVariable, "true");
            Assert.True(new FileWatchOptions().UsePolling);
            Environment.SetEnvironmentVariable(FileWatchOptions.PollingEnvironmentVariable, "0");
            Assert.False(new FileWatchOptions().UsePolling);
            Environment.SetEnvironmentVariable(FileWatchOptions.PollingEnvironmentVariable, null);
            Assert.False(new FileWatchOptions().UsePolling);
        }
        finally
        {
            Environment.SetEnvironmentVariable(FileWatchOptions.PollingEnvironmentVariable, saved);
        }
    }
}
