using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Veltrix.Extensions.Hosting.Tests.Infrastructure;
using Veltrix.Extensions.Hosting.Tests.Schemas;

namespace Veltrix.Extensions.Hosting.Tests;

public sealed class HealthCheckTests
{
    [Fact]
    public async Task HealthCheck_RejectedReloadThenFixed_DegradedWithKeyPathsThenHealthy()
    {
        var logs = new CapturingLoggerProvider();
        var builder = TestHosts.Create(logs, ("Shop:Port", "8001"));
        builder.Services.AddVeltrix<ShopConfig>();
        builder.Services.AddHealthChecks().AddVeltrixHealthCheck<ShopConfig>();
        using var host = builder.Build();
        await host.StartAsync();
        var live = host.Services.GetRequiredService<LiveConfig<ShopConfig>>();
        var health = host.Services.GetRequiredService<HealthCheckService>();

        var healthy = (await health.CheckHealthAsync()).Entries["veltrix-ShopConfig"];
        Assert.Equal(HealthStatus.Healthy, healthy.Status);
        Assert.Equal(1L, healthy.Data["generation"]);

        var failure = LiveEvents.NextFailure(live);
        TestHosts.SetAndReload(builder.Configuration, ("Shop:Port", "0"), ("Shop:Cache:MaxEntries", "-1"));
        await failure;
        var degraded = (await health.CheckHealthAsync()).Entries["veltrix-ShopConfig"];
        Assert.Equal(HealthStatus.Degraded, degraded.Status);
        Assert.Equal(["Shop:Cache:MaxEntries", "Shop:Port"], ((string[])degraded.Data["lastErrorKeys"]).Order(StringComparer.Ordinal));
        Assert.Equal(["Range", "Range"], (string[])degraded.Data["lastErrorRules"]);
        Assert.Contains("the last reload was rejected (2 problem(s)", degraded.Description, StringComparison.Ordinal);

        var change = LiveEvents.NextChange(live);
        TestHosts.SetAndReload(builder.Configuration, ("Shop:Port", "8002"), ("Shop:Cache:MaxEntries", "50"));
        await change;
        var recovered = (await health.CheckHealthAsync()).Entries["veltrix-ShopConfig"];
        Assert.Equal(HealthStatus.Healthy, recovered.Status);
        Assert.Equal(2L, recovered.Data["generation"]);
        await host.StopAsync();
    }

    [Fact]
    public async Task HealthCheck_SourceFailing_DegradedNamingTheSource()
    {
        var source = new HealthReportingSource();
        var builder = TestHosts.Create(new CapturingLoggerProvider());
        builder.Services.AddVeltrix<ShopConfig>(veltrix => veltrix.AddSource(source));
        builder.Services.AddHealthChecks().AddVeltrixHealthCheck<ShopConfig>("config", tags: ["ready"]);
        using var host = builder.Build();
        await host.StartAsync();
        var health = host.Services.GetRequiredService<HealthCheckService>();

        source.Report(ConfigSourceStatus.Failing, "store unreachable");
        var entry = (await health.CheckHealthAsync(r => r.Tags.Contains("ready"))).Entries["config"];

        Assert.Equal(HealthStatus.Degraded, entry.Status);
        Assert.Equal("Failing", entry.Data["source:test store"]);
        Assert.Contains("source test store is Failing: store unreachable", entry.Description, StringComparison.Ordinal);
        await host.StopAsync();
    }

    [Fact]
    public async Task HealthCheck_FailureStatusUnhealthy_ReportsUnhealthyWhenRejected()
    {
        var builder = TestHosts.Create(new CapturingLoggerProvider(), ("Shop:Port", "8001"));
        builder.Services.AddVeltrix<ShopConfig>();
        builder.Services.AddHealthChecks().AddVeltrixHealthCheck<ShopConfig>(failureStatus: HealthStatus.Unhealthy);
        using var host = builder.Build();
        await host.StartAsync();
        var live = host.Services.GetRequiredService<LiveConfig<ShopConfig>>();

        var failure = LiveEvents.NextFailure(live);
        TestHosts.SetAndReload(builder.Configuration, ("Shop:Port", "0"));
        await failure;

        Assert.Equal(HealthStatus.Unhealthy, (await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync()).Status);
        await host.StopAsync();
    }
}
