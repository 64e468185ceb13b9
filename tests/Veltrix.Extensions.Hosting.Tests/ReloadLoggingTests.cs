using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Veltrix.Extensions.Hosting.Tests.Infrastructure;
using Veltrix.Extensions.Hosting.Tests.Schemas;

namespace Veltrix.Extensions.Hosting.Tests;

public sealed class ReloadLoggingTests
{
    private const string Canary = "canary-7f3e9b2d-secret";
    private const string SecondCanary = "canary-0a1b2c3d-rotated";
    private const string ShortCanary = "cnry-5e6f";

    [Fact]
    public async Task Reload_KeysChanged_LogsGenerationAndKeyPathsWithoutValues()
    {
        var logs = new CapturingLoggerProvider();
        var builder = TestHosts.Create(logs, ("Shop:Port", "8001"), ("Shop:Name", "before"));
        builder.Services.AddVeltrix<ShopConfig>();
        using var host = builder.Build();
        await host.StartAsync();
        var live = host.Services.GetRequiredService<LiveConfig<ShopConfig>>();

        var change = LiveEvents.NextChange(live);
        TestHosts.SetAndReload(builder.Configuration, ("Shop:Port", "8002"), ("Shop:Name", "after-value"));
        await change;

        var logged = Assert.Single(logs.WithEventId(3));
        Assert.Equal(LogLevel.Information, logged.Level);
        Assert.Equal("ConfigurationReloaded", logged.EventId.Name);
        Assert.Equal("Configuration ShopConfig reloaded: generation 2, 2 key(s) changed: Shop:Name, Shop:Port", logged.Message);
        Assert.DoesNotContain("after-value", logged.AllText, StringComparison.Ordinal);
        await host.StopAsync();
    }

    [Fact]
    public async Task Reload_Rejected_LogsErrorWithKeyPathRuleAndServedGeneration()
    {
        var logs = new CapturingLoggerProvider();
        var builder = TestHosts.Create(logs, ("Shop:Port", "8001"));
        builder.Services.AddVeltrix<ShopConfig>();
        using var host = builder.Build();
        await host.StartAsync();
        var live = host.Services.GetRequiredService<LiveConfig<ShopConfig>>();

        var failure = LiveEvents.NextFailure(live);
        TestHosts.SetAndReload(builder.Configuration, ("Shop:Port", "70000"));
        await failure;

        var logged = Assert.Single(logs.WithEventId(4));
        Assert.Equal(LogLevel.Error, logged.Level);
        Assert.StartsWith("Configuration ShopConfig reload rejected, still serving generation 1 (1 problem(s)): ", logged.Message, StringComparison.Ordinal);
        Assert.Contains("'Shop:Port'", logged.Message, StringComparison.Ordinal);
        Assert.Contains("[Range]", logged.Message, StringComparison.Ordinal);
        await host.StopAsync();
    }

    [Fact]
    public async Task Reload_RejectedRepeatedlyWithTheSameProblems_LogsOnceThenAtEachPowerOfTenWithTheCount()
    {
        var logs = new CapturingLoggerProvider();
        var builder = TestHosts.Create(logs, ("Shop:Port", "8001"));
        builder.Services.AddVeltrix<ShopConfig>();
        using var host = builder.Build();
        await host.StartAsync();
        var live = host.Services.GetRequiredService<LiveConfig<ShopConfig>>();
        var failure = LiveEvents.NextFailure(live);
        TestHosts.SetAndReload(builder.Configuration, ("Shop:Port", "70000"));
        await failure;
        long occurrences = 1;
        live.ReloadFailed += (_, e) => Volatile.Write(ref occurrences, e.Occurrences);

        // An explicit Reload() in a loop while the source stays bad: 100 identical failures.
        for (var i = 0; i < 1000 && Volatile.Read(ref occurrences) < 100; i++)
        {
            Assert.Equal(ReloadResult.Failed, live.Reload());
        }

        var first = Assert.Single(logs.WithEventId(4));
        Assert.StartsWith("Configuration ShopConfig reload rejected, still serving generation 1 (1 problem(s)): ", first.Message, StringComparison.Ordinal);
        var repeated = logs.WithEventId(8).ToList();
        Assert.Equal(2, repeated.Count);
        Assert.All(repeated, r => Assert.Equal(LogLevel.Error, r.Level));
        Assert.StartsWith("Configuration ShopConfig reload rejected 10 times in a row with the same problems, still serving generation 1 (1 problem(s)): ", repeated[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("Configuration ShopConfig reload rejected 100 times in a row with the same problems", repeated[1].Message, StringComparison.Ordinal);
        Assert.Contains("[Range]", repeated[1].Message, StringComparison.Ordinal);
        await host.StopAsync();
    }

    [Fact]
    public async Task SourceHealth_DegradedThenRecovered_LogsWarningThenInformation()
    {
        var logs = new CapturingLoggerProvider();
        var source = new HealthReportingSource();
        var builder = TestHosts.Create(logs);
        builder.Services.AddVeltrix<ShopConfig>(veltrix => veltrix.AddSource(source));
        using var host = builder.Build();
        await host.StartAsync();

        source.Report(ConfigSourceStatus.Degraded, "polling instead of watching");
        source.Report(ConfigSourceStatus.Healthy, null);

        var unhealthy = Assert.Single(logs.WithEventId(5));
        Assert.Equal(LogLevel.Warning, unhealthy.Level);
        Assert.Equal("Configuration ShopConfig source test store is Degraded: polling instead of watching", unhealthy.Message);
        var recovered = Assert.Single(logs.WithEventId(6));
        Assert.Equal(LogLevel.Information, recovered.Level);
        await host.StopAsync();
    }

    [Fact]
    public void ChangedKeys_ManyKeys_LogLineNamesTheFirstTwentyAndCountsTheRest()
    {
        var keys = Enumerable.Range(0, 25).Select(i => $"Shop:Key{i:00}").ToList();

        var text = new ChangedKeyList(keys).ToString();

        Assert.StartsWith("Shop:Key00, Shop:Key01, ", text, StringComparison.Ordinal);
        Assert.EndsWith("Shop:Key19 and 5 more", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// A secret goes through load, a rotation, a rejected reload that names the secret's key, and the health check:
    /// no captured log entry (message, structured values, exception) and no health report ever holds its value.
    /// </summary>
    [Fact]
    public async Task Secret_LoadedRotatedAndRejected_NeverAppearsInLogsOrHealthReport()
    {
        var logs = new CapturingLoggerProvider();
        var builder = TestHosts.Create(logs, ("Shop:ApiKey", Canary), ("Shop:Port", "8001"));
        builder.Services.AddVeltrix<ShopConfig>();
        builder.Services.AddHealthChecks().AddVeltrixHealthCheck<ShopConfig>();
        using var host = builder.Build();
        await host.StartAsync();
        var live = host.Services.GetRequiredService<LiveConfig<ShopConfig>>();
        Assert.Equal(Canary, live.Current.ApiKey);

        var change = LiveEvents.NextChange(live);
        TestHosts.SetAndReload(builder.Configuration, ("Shop:ApiKey", SecondCanary));
        Assert.Equal(["Shop:ApiKey"], (await change).ChangedKeys);

        // Too short for [MinLength(12)], beside a bad port: the rejection names the secret's key, never its value.
        var failure = LiveEvents.NextFailure(live);
        TestHosts.SetAndReload(builder.Configuration, ("Shop:ApiKey", ShortCanary), ("Shop:Port", "0"));
        var rejected = await failure;
        Assert.Contains(rejected.Exception.Errors, e => e.KeyPath == "Shop:ApiKey");
        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        Assert.Equal(HealthStatus.Degraded, report.Status);
        await host.StopAsync();

        Assert.NotEmpty(logs.WithEventId(3));
        Assert.NotEmpty(logs.WithEventId(4));
        foreach (var entry in logs.Entries)
        {
            Assert.DoesNotContain(Canary, entry.AllText, StringComparison.Ordinal);
            Assert.DoesNotContain(SecondCanary, entry.AllText, StringComparison.Ordinal);
            Assert.DoesNotContain(ShortCanary, entry.AllText, StringComparison.Ordinal);
        }

        foreach (var (_, result) in report.Entries)
        {
            var text = string.Join(" | ", [result.Description ?? string.Empty, .. result.Data.Select(d => $"{d.Key}={Flatten(d.Value)}")]);
            Assert.DoesNotContain(Canary, text, StringComparison.Ordinal);
            Assert.DoesNotContain(SecondCanary, text, StringComparison.Ordinal);
            Assert.DoesNotContain(ShortCanary, text, StringComparison.Ordinal);
        }
    }

    private static string Flatten(object value) => value is IEnumerable<string> items ? string.Join(",", items) : value.ToString() ?? string.Empty;
}
