namespace Veltrix.Tests.Live;

/// <summary>Subscriptions by key path and by selector: who is told of which change, and when they stop.</summary>
public sealed class OnChangeTests
{
    [Fact]
    public void OnChange_KeyPath_FiresOnlyWhenThatKeyChanges()
    {
        var source = new MutableSource().Set("Test:Port", "8080").Set("Test:Name", "a");
        using var config = VeltrixConfiguration.CreateBuilder<HandWrittenConfig>().AddSource(source).Build();
        var calls = new List<ConfigChangedEventArgs<HandWrittenConfig>>();
        using var subscription = config.OnChange("Test:Port", calls.Add);

        source.Set("Test:Name", "b");
        Assert.Equal(ReloadResult.Changed, config.Reload());
        Assert.Empty(calls);

        source.Set("Test:Port", "9090");
        Assert.Equal(ReloadResult.Changed, config.Reload());

        var call = Assert.Single(calls);
        Assert.Equal(["Test:Port"], call.ChangedKeys);
        Assert.Equal(9090, call.Current.Port);
        Assert.Equal(8080, call.Previous.Port);
        Assert.Equal(3, call.Generation);
    }

    [Fact]
    public void OnChange_KeyPathInOtherCase_MatchesCaseInsensitively()
    {
        var source = new MutableSource().Set("Test:Port", "8080");
        using var config = VeltrixConfiguration.CreateBuilder<HandWrittenConfig>().AddSource(source).Build();
        var calls = 0;
        using var subscription = config.OnChange("test:PORT", _ => calls++);

        source.Set("Test:Port", "9090");
        config.Reload();

        Assert.Equal(1, calls);
    }

    [Fact]
    public void OnChange_SectionPrefix_FiresForEveryKeyUnderItAndNoOther()
    {
        var source = new MutableSource().Set("Server:Name", "a").Set("Server:Cache:MaxEntries", "10");
        using var config = VeltrixConfiguration.CreateBuilder<ServerConfig>().AddSource(source).Build();
        var cacheCalls = new List<IReadOnlyList<string>>();
        var serverCalls = 0;
        using var cache = config.OnChange("Server:Cache", e => cacheCalls.Add(e.ChangedKeys));
        using var server = config.OnChange("Server", _ => serverCalls++);

        source.Set("Server:Name", "b");
        config.Reload();
        Assert.Empty(cacheCalls);
        Assert.Equal(1, serverCalls);

        source.Set("Server:Cache:MaxEntries", "20");
        config.Reload();
        source.Set("Server:Cache:Ttl", "00:01:00");
        config.Reload();

        Assert.Equal([["Server:Cache:MaxEntries"], ["Server:Cache:Ttl"]], cacheCalls);
        Assert.Equal(3, serverCalls);
    }

    [Fact]
    public void OnChange_ValueSelector_FiresWithTheNewValueOnlyWhenItChanged()
    {
        var source = new MutableSource().Set("Test:Port", "8080").Set("Test:Name", "a");
        using var config = VeltrixConfiguration.CreateBuilder<HandWrittenConfig>().AddSource(source).Build();
        var ports = new List<int>();
        using var subscription = config.OnChange(c => c.Port, ports.Add);

        source.Set("Test:Name", "b");
        config.Reload();
        source.Set("Test:Port", "9090");
        config.Reload();
        source.Set("Test:Name", "c");
        config.Reload();

        Assert.Equal([9090], ports);
    }

    [Fact]
    public void OnChange_SectionSelector_FiresWithTheNewSectionOnlyWhenAKeyUnderItChanged()
    {
        var source = new MutableSource().Set("Server:Name", "a").Set("Server:Cache:MaxEntries", "10");
        using var config = VeltrixConfiguration.CreateBuilder<ServerConfig>().AddSource(source).Build();
        var sections = new List<ServerCacheSection>();
        using var subscription = config.OnChange(c => c.Cache, sections.Add);

        source.Set("Server:Name", "b");
        Assert.Equal(ReloadResult.Changed, config.Reload());
        Assert.Empty(sections);

        source.Set("Server:Cache:Ttl", "00:01:00");
        Assert.Equal(ReloadResult.Changed, config.Reload());
        source.Set("Server:Cache:MaxEntries", "20");
        Assert.Equal(ReloadResult.Changed, config.Reload());
        Assert.Equal(ReloadResult.Unchanged, config.Reload());

        Assert.Equal(2, sections.Count);
        Assert.Equal((10, TimeSpan.FromMinutes(1)), (sections[0].MaxEntries, sections[0].Ttl));
        Assert.Equal((20, TimeSpan.FromMinutes(1)), (sections[1].MaxEntries, sections[1].Ttl));
        Assert.Same(config.Current.Cache, sections[1]);
    }

    [Fact]
    public void OnChange_HandlerThrows_OtherHandlersStillRunAndTheFailureIsReported()
    {
        var source = new MutableSource().Set("Test:Port", "8080");
        using var config = VeltrixConfiguration.CreateBuilder<HandWrittenConfig>().AddSource(source).Build();
        var ran = new List<string>();
        var failures = new List<ConfigHandlerFailedEventArgs>();
        config.HandlerFailed += (_, e) => failures.Add(e);
        using var first = config.OnChange("Test:Port", _ =>
        {
            ran.Add("first");
            throw new InvalidOperationException("first handler failed");
        });
        using var second = config.OnChange(c => c.Port, _ => ran.Add("second"));
        using var third = config.OnChange("Test", _ => ran.Add("third"));

        source.Set("Test:Port", "9090");
        var result = config.Reload();

        Assert.Equal(ReloadResult.Changed, result);
        Assert.Equal(["first", "second", "third"], ran);
        var failure = Assert.Single(failures);
        Assert.Equal("first handler failed", failure.Exception.Message);
        Assert.Equal(2, failure.Generation);
        Assert.Equal(9090, config.Current.Port);
    }

    [Fact]
    public void OnChange_Disposed_StopsNotifyingAndOthersGoOn()
    {
        var source = new MutableSource().Set("Test:Port", "8080");
        using var config = VeltrixConfiguration.CreateBuilder<HandWrittenConfig>().AddSource(source).Build();
        var disposedCalls = 0;
        var keptCalls = 0;
        var byKey = config.OnChange("Test:Port", _ => disposedCalls++);
        var bySelector = config.OnChange(c => c.Port, _ => disposedCalls++);
        using var kept = config.OnChange("Test:Port", _ => keptCalls++);

        source.Set("Test:Port", "1");
        config.Reload();
        byKey.Dispose();
        bySelector.Dispose();
        byKey.Dispose();
        source.Set("Test:Port", "2");
        config.Reload();

        Assert.Equal(2, disposedCalls);
        Assert.Equal(2, keptCalls);
    }

    [Fact]
    public void OnChange_AfterConfigDisposed_Throws()
    {
        var config = VeltrixConfiguration.CreateBuilder<HandWrittenConfig>().AddSource(new MutableSource()).Build();
        config.Dispose();

        Assert.Throws<ObjectDisposedException>(() => config.OnChange("Test:Port", _ => { }));
    }
}
