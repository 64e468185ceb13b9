using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Veltrix.Extensions.Hosting.Tests.Infrastructure;
using Veltrix.Extensions.Hosting.Tests.Schemas;

namespace Veltrix.Extensions.Hosting.Tests;

public sealed class StartValidationTests
{
    [Fact]
    public async Task StartAsync_InvalidConfiguration_ThrowsConfigExceptionListingEveryProblemAndStartsNoService()
    {
        var logs = new CapturingLoggerProvider();
        var builder = TestHosts.Create(logs, ("Shop:Port", "0"), ("Shop:Cache:MaxEntries", "0"), ("Shop:Name", "bad"));
        builder.Services.AddVeltrix<ShopConfig>();
        var probe = new StartProbe();
        builder.Services.AddSingleton<IHostedService>(probe);
        using var host = builder.Build();

        var ex = await Assert.ThrowsAsync<ConfigException>(() => host.StartAsync());

        Assert.Equal(["Shop:Cache:MaxEntries", "Shop:Port"], ex.Errors.Select(e => e.KeyPath).Order(StringComparer.Ordinal));
        Assert.All(ex.Errors, e => Assert.Equal("Range", e.Rule));
        Assert.False(probe.Started);
        var logged = Assert.Single(logs.WithEventId(2));
        Assert.Equal(LogLevel.Critical, logged.Level);
        Assert.Contains("Shop:Cache:MaxEntries", logged.Message, StringComparison.Ordinal);
        Assert.Contains("Shop:Port", logged.Message, StringComparison.Ordinal);

        // Listed in the log, so not again in the exception that the host logs and a crash prints.
        Assert.All(ex.Errors, e => Assert.Contains(e.ToString(), logged.Message, StringComparison.Ordinal));
        Assert.All(ex.Errors, e => Assert.DoesNotContain(e.ToString(), ex.Message, StringComparison.Ordinal));
        Assert.StartsWith("Configuration ShopConfig is invalid (2 problem(s)): each is listed", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_InvalidConfigurationWithoutLogging_ExceptionListsEveryProblem()
    {
        var services = new ServiceCollection();
        services.AddVeltrix<ShopConfig>(veltrix => veltrix.AddInMemoryCollection([new("Shop:Port", "0")]));
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<ConfigException>(() => provider.GetRequiredService<LiveConfig<ShopConfig>>());

        Assert.Contains(Assert.Single(ex.Errors).ToString(), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_ValidConfiguration_BuildsBeforeServicesStartAndLogsTheLoad()
    {
        var logs = new CapturingLoggerProvider();
        var builder = TestHosts.Create(logs, ("Shop:Port", "8443"));
        builder.Services.AddVeltrix<ShopConfig>();
        var probe = new StartProbe();
        builder.Services.AddSingleton<IHostedService>(probe);
        using var host = builder.Build();

        await host.StartAsync();

        Assert.True(probe.Started);
        var loaded = Assert.Single(logs.WithEventId(1));
        Assert.Equal(LogLevel.Information, loaded.Level);
        Assert.Contains("ShopConfig", loaded.Message, StringComparison.Ordinal);
        Assert.Equal(8443, host.Services.GetRequiredService<LiveConfig<ShopConfig>>().Current.Port);
        await host.StopAsync();
    }

    private sealed class StartProbe : IHostedService
    {
        public bool Started { get; private set; }

        public Task StartAsync(CancellationToken cancellationToken)
        {
            Started = true;
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
