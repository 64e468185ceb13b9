using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Veltrix.Extensions.Hosting.Tests.Infrastructure;
using Veltrix.Extensions.Hosting.Tests.Schemas;

namespace Veltrix.Extensions.Hosting.Tests;

public sealed class OptionsAdapterTests : IAsyncLifetime, IDisposable
{
    private readonly CapturingLoggerProvider _logs = new();
    private HostApplicationBuilder _builder = null!;
    private IHost _host = null!;

    private LiveConfig<ShopConfig> Live => _host.Services.GetRequiredService<LiveConfig<ShopConfig>>();

    public async Task InitializeAsync()
    {
        _builder = TestHosts.Create(_logs, ("Shop:Port", "8001"), ("Shop:Name", "one"));
        _builder.Services.AddVeltrix<ShopConfig>();
        _builder.Services.AddSingleton<LegacyConsumer>();
        _host = _builder.Build();
        await _host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    public void Dispose() => _logs.Dispose();

    [Fact]
    public async Task OptionsMonitor_Reload_CurrentValueFollowsAndListenerGetsNewSnapshotOnce()
    {
        var monitor = _host.Services.GetRequiredService<IOptionsMonitor<ShopConfig>>();
        Assert.Same(Live.Current, monitor.CurrentValue);
        var calls = new List<(ShopConfig Value, string? Name)>();
        using var subscription = monitor.OnChange((value, name) => { lock (calls) { calls.Add((value, name)); } });

        var change = LiveEvents.NextChange(Live);
        TestHosts.SetAndReload(_builder.Configuration, ("Shop:Port", "8002"));
        var args = await change;

        Assert.Equal(8002, monitor.CurrentValue.Port);
        Assert.Same(args.Current, monitor.CurrentValue);
        var call = Assert.Single(calls);
        Assert.Same(args.Current, call.Value);
        Assert.Equal(Options.DefaultName, call.Name);
    }

    [Fact]
    public async Task OptionsMonitor_ReloadThatChangesNothing_CallsNoListener()
    {
        var monitor = _host.Services.GetRequiredService<IOptionsMonitor<ShopConfig>>();
        var calls = 0;
        using var subscription = monitor.OnChange(_ => Interlocked.Increment(ref calls));

        // Same data again, then a real change: only the real change may reach the listener.
        TestHosts.SetAndReload(_builder.Configuration, ("Shop:Port", "8001"));
        var change = LiveEvents.NextChange(Live);
        TestHosts.SetAndReload(_builder.Configuration, ("Shop:Name", "two"));
        await change;

        Assert.Equal(1, Volatile.Read(ref calls));
    }

    [Fact]
    public async Task OptionsMonitor_DisposedListener_IsNotCalled()
    {
        var monitor = _host.Services.GetRequiredService<IOptionsMonitor<ShopConfig>>();
        var disposedCalls = 0;
        var keptCalls = 0;
        monitor.OnChange(_ => Interlocked.Increment(ref disposedCalls))!.Dispose();
        using var kept = monitor.OnChange(_ => Interlocked.Increment(ref keptCalls));

        var change = LiveEvents.NextChange(Live);
        TestHosts.SetAndReload(_builder.Configuration, ("Shop:Port", "8003"));
        await change;

        Assert.Equal(0, Volatile.Read(ref disposedCalls));
        Assert.Equal(1, Volatile.Read(ref keptCalls));
    }

    [Fact]
    public async Task OptionsMonitor_ThrowingListener_OthersStillRunAndFailureIsLogged()
    {
        var monitor = _host.Services.GetRequiredService<IOptionsMonitor<ShopConfig>>();
        var otherCalls = 0;
        using var throwing = monitor.OnChange(_ => throw new InvalidOperationException("listener broke"));
        using var other = monitor.OnChange(_ => Interlocked.Increment(ref otherCalls));

        var change = LiveEvents.NextChange(Live);
        TestHosts.SetAndReload(_builder.Configuration, ("Shop:Port", "8004"));
        await change;

        Assert.Equal(1, Volatile.Read(ref otherCalls));
        var failure = Assert.Single(_logs.WithEventId(7));
        Assert.Contains("listener broke", failure.Exception, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OptionsSnapshot_ReloadDuringScope_ScopeKeepsItsSnapshotAndNewScopeSeesNewOne()
    {
        using var before = _host.Services.CreateScope();
        var scoped = before.ServiceProvider.GetRequiredService<IOptionsSnapshot<ShopConfig>>();
        Assert.Equal(8001, scoped.Value.Port);

        var change = LiveEvents.NextChange(Live);
        TestHosts.SetAndReload(_builder.Configuration, ("Shop:Port", "8005"));
        await change;

        Assert.Equal(8001, scoped.Value.Port);
        Assert.Equal(8001, scoped.Get(Options.DefaultName).Port);
        Assert.Same(scoped, before.ServiceProvider.GetRequiredService<IOptionsSnapshot<ShopConfig>>());
        using var after = _host.Services.CreateScope();
        Assert.Equal(8005, after.ServiceProvider.GetRequiredService<IOptionsSnapshot<ShopConfig>>().Value.Port);
    }

    [Fact]
    public async Task Options_ReadBeforeReload_KeepsFirstSnapshotAsMicrosoftOptionsDoes()
    {
        var options = _host.Services.GetRequiredService<IOptions<ShopConfig>>();
        var first = options.Value;

        var change = LiveEvents.NextChange(Live);
        TestHosts.SetAndReload(_builder.Configuration, ("Shop:Port", "8006"));
        await change;

        Assert.Same(first, options.Value);
        Assert.Equal(8001, options.Value.Port);
        Assert.Equal(8006, Live.Current.Port);
    }

    [Fact]
    public void NamedOptions_OtherName_ThrowsAndDefaultNameWorks()
    {
        var monitor = _host.Services.GetRequiredService<IOptionsMonitor<ShopConfig>>();
        using var scope = _host.Services.CreateScope();
        var snapshot = scope.ServiceProvider.GetRequiredService<IOptionsSnapshot<ShopConfig>>();

        Assert.Same(Live.Current, monitor.Get(null));
        Assert.Same(Live.Current, monitor.Get(Options.DefaultName));
        Assert.Same(snapshot.Value, snapshot.Get(null));
        var ex = Assert.Throws<InvalidOperationException>(() => monitor.Get("eu-west"));
        Assert.Contains("eu-west", ex.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => snapshot.Get("eu-west"));
    }

    [Fact]
    public async Task ExistingConsumer_WrittenForOptionsMonitor_SeesReloadsUnchanged()
    {
        var consumer = _host.Services.GetRequiredService<LegacyConsumer>();
        Assert.Equal("one:8001", consumer.Describe());

        var change = LiveEvents.NextChange(Live);
        TestHosts.SetAndReload(_builder.Configuration, ("Shop:Name", "two"));
        await change;

        Assert.Equal("two:8001", consumer.Describe());
        Assert.Equal(["two"], consumer.SeenNames);
    }

    /// <summary>A service written for Microsoft.Extensions.Options, before Veltrix: it must work without a change.</summary>
    private sealed class LegacyConsumer : IDisposable
    {
        private readonly IOptionsMonitor<ShopConfig> _options;
        private readonly IDisposable? _subscription;
        private readonly List<string> _seen = [];

        public LegacyConsumer(IOptionsMonitor<ShopConfig> options)
        {
            _options = options;
            _subscription = options.OnChange(value => { lock (_seen) { _seen.Add(value.Name); } });
        }

        public IReadOnlyList<string> SeenNames { get { lock (_seen) { return [.. _seen]; } } }

        public string Describe() => $"{_options.CurrentValue.Name}:{_options.CurrentValue.Port}";

        public void Dispose() => _subscription?.Dispose();
    }
}
