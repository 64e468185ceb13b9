namespace Veltrix.Tests.Live;

public sealed class LiveConfigTests
{
    private static LiveConfig<HandWrittenConfig> Build(MutableSource source)
        => VeltrixConfiguration.CreateBuilder<HandWrittenConfig>().AddSource(source).Build();

    [Fact]
    public void Build_ValidSources_PublishesGenerationOne()
    {
        using var config = Build(new MutableSource().Set("Test:Port", "8080"));

        Assert.Equal(8080, config.Current.Port);
        Assert.Equal("default", config.Current.Name);
        Assert.Equal(1, config.Generation);
        Assert.Null(config.LastError);
    }

    [Fact]
    public void Build_InvalidValueAndFailedRule_ThrowsWithEveryProblem()
    {
        var source = new MutableSource().Set("Test:Port", "abc");
        var ex = Assert.Throws<ConfigException>(() => Build(source));

        var error = Assert.Single(ex.Errors);
        Assert.Equal("Test:Port", error.KeyPath);
        Assert.Equal("Type", error.Rule);
        Assert.Equal(new ConfigOrigin("mutable", 1, 1), error.Origin);
        Assert.Contains("'abc' is not a valid Int32", error.Message, StringComparison.Ordinal);
        Assert.True(source.Disposed, "a failed Build disposes the sources it was given");
    }

    [Fact]
    public void Reload_NothingChanged_NotifiesNobodyAndKeepsGeneration()
    {
        var source = new MutableSource().Set("Test:Port", "8080");
        using var config = Build(source);
        var before = config.Current;
        var changed = 0;
        config.Changed += (_, _) => changed++;

        var result = config.Reload();

        Assert.Equal(ReloadResult.Unchanged, result);
        Assert.Equal(0, changed);
        Assert.Equal(1, config.Generation);
        Assert.Same(before, config.Current);
    }

    [Fact]
    public void Reload_OneKeyChanged_RaisesChangedOnceWithThatKey()
    {
        var source = new MutableSource().Set("Test:Port", "8080").Set("Test:Name", "a");
        using var config = Build(source);
        var before = config.Current;
        var events = new List<ConfigChangedEventArgs<HandWrittenConfig>>();
        config.Changed += (_, e) => events.Add(e);

        source.Set("Test:Port", "9090");
        var result = config.Reload();

        Assert.Equal(ReloadResult.Changed, result);
        var e = Assert.Single(events);
        Assert.Equal(["Test:Port"], e.ChangedKeys);
        Assert.Same(before, e.Previous);
        Assert.Same(config.Current, e.Current);
        Assert.Equal(2, e.Generation);
        Assert.Equal(2, config.Generation);
        Assert.Equal(9090, config.Current.Port);
    }

    [Fact]
    public void Reload_FailedValidation_KeepsLastGoodAndReportsThenRecovers()
    {
        var source = new MutableSource().Set("Test:Port", "8080");
        using var config = Build(source);
        var good = config.Current;
        var failures = new List<ConfigReloadFailedEventArgs>();
        var changes = 0;
        config.ReloadFailed += (_, e) => failures.Add(e);
        config.Changed += (_, _) => changes++;

        source.Set("Test:Port", "70000");
        Assert.Equal(ReloadResult.Failed, config.Reload());

        Assert.Same(good, config.Current);
        Assert.Equal(1, config.Generation);
        var failure = Assert.Single(failures);
        Assert.Equal(1, failure.Generation);
        var error = Assert.Single(failure.Exception.Errors);
        Assert.Equal(("Test:Port", "Range"), (error.KeyPath, error.Rule));
        Assert.Equal(new ConfigOrigin("mutable", 1, 1), error.Origin);
        Assert.Same(failure.Exception, config.LastError);
        Assert.Equal(0, changes);

        source.Set("Test:Port", "9090");
        Assert.Equal(ReloadResult.Changed, config.Reload());
        Assert.Equal(9090, config.Current.Port);
        Assert.Null(config.LastError);
        Assert.Equal(1, changes);
    }

    [Fact]
    public void Reload_SourceThrows_ReportsSourceProblemInsteadOfThrowing()
    {
        var source = new MutableSource().Set("Test:Port", "8080");
        using var config = Build(source);
        ConfigException? reported = null;
        config.ReloadFailed += (_, e) => reported = e.Exception;

        source.ThrowOnLoad = new IOException("disk on fire");
        var result = config.Reload();

        Assert.Equal(ReloadResult.Failed, result);
        Assert.NotNull(reported);
        Assert.Equal("Source", Assert.Single(reported!.Errors).Rule);
        Assert.Contains("disk on fire", reported.Message, StringComparison.Ordinal);
        Assert.Equal(8080, config.Current.Port);
    }

    [Fact]
    public void Changed_HandlerThrows_OtherHandlersStillRunAndFailureIsReported()
    {
        var source = new MutableSource().Set("Test:Port", "8080");
        using var config = Build(source);
        var ran = new List<string>();
        var failures = new List<ConfigHandlerFailedEventArgs>();
        config.Changed += (_, _) => { ran.Add("first"); throw new InvalidOperationException("boom"); };
        config.Changed += (_, _) => ran.Add("second");
        config.HandlerFailed += (_, e) => failures.Add(e);

        source.Set("Test:Port", "1");
        var result = config.Reload();

        Assert.Equal(ReloadResult.Changed, result);
        Assert.Equal(["first", "second"], ran);
        var failure = Assert.Single(failures);
        Assert.Equal("boom", failure.Exception.Message);
        Assert.Equal(2, failure.Generation);
    }

    [Fact]
    public void GetOrigin_KeySetBySource_ReturnsItsOriginAndDefaultIsUnknown()
    {
        using var config = Build(new MutableSource().Set("Test:Port", "8080"));

        Assert.Equal(new ConfigOrigin("mutable", 1, 1), config.GetOrigin("test:port"));
        Assert.False(config.GetOrigin("Test:Name").IsKnown);
    }

    [Fact]
    public void Dispose_DisposesSourcesAndLaterReloadThrows()
    {
        var source = new MutableSource().Set("Test:Port", "8080");
        var config = Build(source);

        config.Dispose();
        config.Dispose();

        Assert.True(source.Disposed);
        Assert.Throws<ObjectDisposedException>(() => config.Reload());
        Assert.Equal(8080, config.Current.Port);
    }

    [Fact]
    public void Current_ManyReads_AllocatesNothing()
    {
        using var config = Build(new MutableSource().Set("Test:Port", "8080"));
        var sum = ReadMany(config, 1_000);

        var before = GC.GetAllocatedBytesForCurrentThread();
        sum += ReadMany(config, 100_000);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.True(sum > 0);
    }

    private static long ReadMany(LiveConfig<HandWrittenConfig> config, int count)
    {
        long sum = 0;
        for (var i = 0; i < count; i++)
        {
            sum += config.Current.Port;
        }

        return sum;
    }
}
