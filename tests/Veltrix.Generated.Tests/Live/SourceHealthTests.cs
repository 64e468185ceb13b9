using Veltrix.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Veltrix.Tests.Live;

/// <summary>What a watching source reports through its <see cref="ConfigWatchContext"/>: health and reload requests.</summary>
public sealed class SourceHealthTests(ITestOutputHelper output)
{
    [Fact]
    public void ReportHealth_SameReportTwice_RaisesOneEvent()
    {
        var source = new ControlledWatchSource("watched").Set("Test:Port", "8080");
        using var config = VeltrixConfiguration.CreateBuilder<HandWrittenConfig>().AddSource(source).Build();
        using var events = new EventRecorder<HandWrittenConfig>(config);

        source.Context.ReportHealth(ConfigSourceStatus.Degraded, "polling: no watcher");
        source.Context.ReportHealth(ConfigSourceStatus.Degraded, "polling: no watcher");
        source.Context.ReportHealth(ConfigSourceStatus.Healthy, null);
        source.Context.ReportHealth(ConfigSourceStatus.Healthy, null);

        var changes = events.HealthChanges;
        Assert.Equal(2, changes.Count);
        Assert.Equal((ConfigSourceStatus.Healthy, ConfigSourceStatus.Degraded), (changes[0].Previous.Status, changes[0].Current.Status));
        Assert.Equal(("watched", "polling: no watcher"), (changes[0].Current.Source, changes[0].Current.Message));
        Assert.Equal((ConfigSourceStatus.Degraded, ConfigSourceStatus.Healthy), (changes[1].Previous.Status, changes[1].Current.Status));
        Assert.Null(changes[1].Current.Message);
        Assert.True(changes[1].Current.Since >= changes[0].Current.Since);
    }

    [Fact]
    public void ReportHealth_SameStatusNewMessage_RaisesAnEvent()
    {
        var source = new ControlledWatchSource("watched");
        using var config = VeltrixConfiguration.CreateBuilder<HandWrittenConfig>().AddSource(source).Build();
        using var events = new EventRecorder<HandWrittenConfig>(config);

        source.Context.ReportHealth(ConfigSourceStatus.Failing, "missing");
        source.Context.ReportHealth(ConfigSourceStatus.Failing, "permission denied");

        Assert.Equal(["missing", "permission denied"], events.HealthChanges.Select(h => h.Current.Message));
    }

    [Fact]
    public void SourceHealth_SeveralSources_ListsEveryOneInSourceOrder()
    {
        var first = new ControlledWatchSource("first");
        var second = new ControlledWatchSource("second");
        using var config = VeltrixConfiguration.CreateBuilder<HandWrittenConfig>()
            .AddInMemoryCollection([new("Test:Port", "8080")])
            .AddSource(first)
            .AddSource(second)
            .Build();

        Assert.Equal(["in-memory", "first", "second"], config.SourceHealth.Select(h => h.Source));
        Assert.All(config.SourceHealth, h => Assert.Equal(ConfigSourceStatus.Healthy, h.Status));

        second.Context.ReportHealth(ConfigSourceStatus.Failing, "gone");

        var health = config.SourceHealth;
        Assert.Equal(["in-memory", "first", "second"], health.Select(h => h.Source));
        Assert.Equal([ConfigSourceStatus.Healthy, ConfigSourceStatus.Healthy, ConfigSourceStatus.Failing], health.Select(h => h.Status));
        Assert.Equal("gone", health[2].Message);
    }

    [Fact]
    public void RequestReload_FromSource_LeadsToChanged()
    {
        var source = new ControlledWatchSource("watched").Set("Test:Port", "8080");
        using var config = VeltrixConfiguration.CreateBuilder<HandWrittenConfig>().AddSource(source).Build();
        using var events = new EventRecorder<HandWrittenConfig>(config);

        source.Set("Test:Port", "9090");
        source.Context.RequestReload();

        Assert.True(events.WaitForChanges(1), "a requested reload published the change");
        var change = Assert.Single(events.Changes);
        Assert.Equal(["Test:Port"], change.ChangedKeys);
        Assert.Equal(9090, config.Current.Port);
        Assert.Equal(2, config.Generation);
    }

    [Fact]
    public async Task RequestReload_BurstWhileAReloadRuns_CoalescesAndAppliesTheLastValue()
    {
        const int Requests = 100;
        var source = new ControlledWatchSource("watched").Set("Test:Port", "1");
        using var config = VeltrixConfiguration.CreateBuilder<HandWrittenConfig>().AddSource(source).Build();
        using var events = new EventRecorder<HandWrittenConfig>(config);
        var loadsBefore = source.Loads;
        var release = new TaskCompletionSource();
        source.BlockLoads = release;

        // The first request starts a reload that waits in Load; every later request arrives while it runs.
        source.Context.RequestReload();
        await source.LoadEntered.Task.WaitAsync(WatchTimeouts.Default);
        for (var i = 2; i <= Requests; i++)
        {
            source.Set("Test:Port", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            source.Context.RequestReload();
        }

        source.BlockLoads = null;
        release.SetResult();

        Assert.True(events.WaitFor(() => config.Current.Port == Requests), "the last value was applied");

        // Requests made while a reload runs give exactly one more reload. Wait for it, then a quiet period to see
        // that no further reload follows.
        Assert.True(events.WaitFor(() => source.Loads - loadsBefore >= 2), "the coalesced reload ran");
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        var reloads = source.Loads - loadsBefore;
        ReliabilityFigures.Report(output, "R4-source", $"{Requests} reload requests ({Requests - 1} of them while a reload ran) gave {reloads} reloads and {events.Changes.Count} change events");
        Assert.Equal(2, reloads);
        Assert.Equal(Requests, config.Current.Port);
        Assert.All(events.Changes, c => Assert.Equal(["Test:Port"], c.ChangedKeys));
    }

    [Fact]
    public void RequestReloadAndReportHealth_AfterDispose_DoNothingAndDoNotThrow()
    {
        var source = new ControlledWatchSource("watched").Set("Test:Port", "8080");
        var config = VeltrixConfiguration.CreateBuilder<HandWrittenConfig>().AddSource(source).Build();
        using var events = new EventRecorder<HandWrittenConfig>(config);
        var context = source.Context;
        var loadsBefore = source.Loads;

        config.Dispose();
        source.Set("Test:Port", "9090");
        context.RequestReload();
        context.ReportHealth(ConfigSourceStatus.Failing, "after dispose");

        // Waiting a quiet period, then asserting that no reload ran: a reload would have been queued at once.
        Thread.Sleep(TimeSpan.FromMilliseconds(300));
        Assert.True(source.WatchDisposed, "Dispose stopped the watch");
        Assert.Equal(loadsBefore, source.Loads);
        Assert.Empty(events.Changes);
        Assert.Empty(events.HealthChanges);
        Assert.Equal(8080, config.Current.Port);
        Assert.All(config.SourceHealth, h => Assert.Equal(ConfigSourceStatus.Healthy, h.Status));
    }
}
