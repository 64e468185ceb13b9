namespace Veltrix.Tests.Live;

/// <summary>
/// How reloads meet their handlers: a reload requested from a handler waits for the current delivery, disposing
/// never waits on a handler that waits for the disposing thread, and a run of identical failures is reported with
/// a count instead of once per reload.
/// </summary>
public sealed class ReloadDeliveryTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    private static LiveConfig<HandWrittenConfig> Build(MutableSource source)
        => VeltrixConfiguration.CreateBuilder<HandWrittenConfig>().AddSource(source).Build();

    [Fact]
    public void Reload_FromChangedHandler_IsDeferredUntilEveryHandlerSawTheCurrentGeneration()
    {
        var source = new MutableSource().Set("Test:Port", "1");
        using var config = Build(source);
        var seen = new List<string>();
        var inner = new List<ReloadResult>();
        config.Changed += (_, e) =>
        {
            seen.Add($"first:{e.Generation}:{e.Current.Port}");
            if (e.Generation == 2)
            {
                source.Set("Test:Port", "3");
                inner.Add(config.Reload());
            }
        };
        config.Changed += (_, e) => seen.Add($"second:{e.Generation}:{e.Current.Port}:{config.Generation}");
        using var subscription = config.OnChange(c => c.Port, port => seen.Add($"port:{port}"));

        source.Set("Test:Port", "2");
        var result = config.Reload();

        Assert.Equal(ReloadResult.Changed, result);
        Assert.Equal([ReloadResult.Deferred], inner);
        Assert.Equal(["first:2:2", "second:2:2:2", "port:2", "first:3:3", "second:3:3:3", "port:3"], seen);
        Assert.Equal((3L, 3), (config.Generation, config.Current.Port));
    }

    [Fact]
    public void Reload_FromChangedHandlerOfABackgroundReload_HandlersEndOnTheNewestSnapshot()
    {
        var source = new ControlledWatchSource("controlled").Set("Test:Port", "1");
        using var config = VeltrixConfiguration.CreateBuilder<HandWrittenConfig>().AddSource(source).Build();
        var lastSeen = new int[2];
        var done = new ManualResetEventSlim();
        config.Changed += (_, e) =>
        {
            lastSeen[0] = e.Current.Port;
            if (e.Generation == 2)
            {
                source.Set("Test:Port", "3");
                Assert.Equal(ReloadResult.Deferred, config.Reload());
            }
        };
        config.Changed += (_, e) =>
        {
            lastSeen[1] = e.Current.Port;
            if (e.Generation == 3)
            {
                done.Set();
            }
        };

        source.Set("Test:Port", "2");
        source.Context.RequestReload();

        Assert.True(done.Wait(Generous), "the deferred reload was delivered");
        Assert.Equal([3, 3], lastSeen);
    }

    [Fact]
    public void Reload_FromReloadFailedHandler_IsDeferredAndRunsAfterTheDelivery()
    {
        var source = new MutableSource().Set("Test:Port", "1");
        using var config = Build(source);
        var inner = ReloadResult.Unchanged;
        config.ReloadFailed += (_, _) =>
        {
            source.Set("Test:Port", "5");
            inner = config.Reload();
        };

        source.Set("Test:Port", "abc");
        var result = config.Reload();

        Assert.Equal((ReloadResult.Failed, ReloadResult.Deferred), (result, inner));
        Assert.Equal((2L, 5), (config.Generation, config.Current.Port));
        Assert.Null(config.LastError);
    }

    [Fact]
    public async Task Dispose_WhileAHandlerWaitsForTheDisposingThread_ReturnsWithoutWaitingForIt()
    {
        var source = new MutableSource().Set("Test:Port", "1");
        var config = Build(source);
        using var entered = new ManualResetEventSlim();
        using var disposed = new ManualResetEventSlim();
        var handlerSawDispose = false;
        config.Changed += (_, _) =>
        {
            entered.Set();
            handlerSawDispose = disposed.Wait(Generous);
        };
        source.Set("Test:Port", "2");

        var reload = Task.Run(config.Reload);
        Assert.True(entered.Wait(Generous), "the handler started");
        config.Dispose();
        disposed.Set();
        var result = await reload.WaitAsync(Generous);

        Assert.True(handlerSawDispose, "Dispose returned while the handler was still waiting for it");
        Assert.Equal(ReloadResult.Changed, result);
        Assert.True(source.Disposed);
        Assert.Throws<ObjectDisposedException>(() => config.Reload());
        Assert.Equal(2, config.Current.Port);
    }

    [Fact]
    public async Task DisposeAsync_WhileAHandlerRuns_CompletesOnlyAfterItReturns()
    {
        var source = new MutableSource().Set("Test:Port", "1");
        var config = Build(source);
        using var entered = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var handlerReturned = false;
        config.Changed += (_, _) =>
        {
            entered.Set();
            release.Wait(Generous);
            Volatile.Write(ref handlerReturned, true);
        };
        source.Set("Test:Port", "2");

        var reload = Task.Run(config.Reload);
        Assert.True(entered.Wait(Generous), "the handler started");
        var disposing = config.DisposeAsync().AsTask();

        // The handler cannot return before it is released, so the disposal cannot have completed.
        Assert.False(disposing.IsCompleted);
        Assert.Throws<ObjectDisposedException>(() => config.Reload());
        release.Set();
        await disposing.WaitAsync(Generous);

        Assert.True(Volatile.Read(ref handlerReturned));
        Assert.Equal(ReloadResult.Changed, await reload.WaitAsync(Generous));
    }

    [Fact]
    public async Task DisposeAsync_FromAHandler_CompletesAtOnceAndStopsDeferredReloads()
    {
        var source = new MutableSource().Set("Test:Port", "1");
        var config = Build(source);
        var disposal = Task.CompletedTask;
        var inner = ReloadResult.Unchanged;
        config.Changed += (_, _) =>
        {
            source.Set("Test:Port", "3");
            inner = config.Reload();
            disposal = config.DisposeAsync().AsTask();
        };

        source.Set("Test:Port", "2");
        Assert.Equal(ReloadResult.Changed, config.Reload());

        Assert.True(disposal.IsCompletedSuccessfully);
        await disposal;
        Assert.Equal(ReloadResult.Deferred, inner);
        Assert.Equal((2L, 2), (config.Generation, config.Current.Port));
        Assert.Throws<ObjectDisposedException>(() => config.Reload());
    }

    [Fact]
    public void Reload_RepeatedIdenticalFailures_ReportedAtTheFirstAndEachPowerOfTenWithTheCount()
    {
        var source = new MutableSource().Set("Test:Port", "1");
        using var config = Build(source);
        var reported = new List<(long Occurrences, string Rule)>();
        config.ReloadFailed += (_, e) => reported.Add((e.Occurrences, e.Exception.Errors[0].Rule));

        source.Set("Test:Port", "abc");
        for (var i = 0; i < 1500; i++)
        {
            Assert.Equal(ReloadResult.Failed, config.Reload());
        }

        Assert.Equal([(1L, "Type"), (10L, "Type"), (100L, "Type"), (1000L, "Type")], reported);
        Assert.Equal("Type", config.LastError!.Errors[0].Rule);

        // Another problem starts a new run, and so does a success.
        reported.Clear();
        source.Set("Test:Port", "70000");
        config.Reload();
        config.Reload();
        source.Set("Test:Port", "abc");
        config.Reload();
        source.Set("Test:Port", "2");
        Assert.Equal(ReloadResult.Changed, config.Reload());
        source.Set("Test:Port", "abc");
        config.Reload();

        Assert.Equal([(1L, "Range"), (1L, "Type"), (1L, "Type")], reported);
    }
}
