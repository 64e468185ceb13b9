using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Veltrix.Extensions.Hosting.Tests.Infrastructure;
using Veltrix.Extensions.Hosting.Tests.Schemas;

namespace Veltrix.Extensions.Hosting.Tests;

/// <summary>A typo in the host's configuration is logged once as a warning with the key it likely meant, never its value.</summary>
public sealed class UnknownKeyLoggingTests
{
    [Fact]
    public async Task UnknownKeys_LoggedOnceEachAtStartAndWhenAReloadAddsOne_AndWhenAllAreGone()
    {
        var logs = new CapturingLoggerProvider();
        var builder = TestHosts.Create(logs, ("Shop:Port", "8001"), ("Shop:Prot", "9090"), ("Logging:LogLevel:Default", "Debug"));
        builder.Services.AddVeltrix<ShopConfig>();
        using var host = builder.Build();
        await host.StartAsync();
        var live = host.Services.GetRequiredService<LiveConfig<ShopConfig>>();

        var started = Assert.Single(logs.WithEventId(9));
        Assert.Equal((LogLevel.Warning, "ConfigurationUnknownKey"), (started.Level, started.EventId.Name));
        Assert.StartsWith("Configuration ShopConfig ignores key Shop:Prot set at ", started.Message, StringComparison.Ordinal);
        Assert.EndsWith("The key is not in the schema of section 'Shop'; did you mean 'Shop:Port'? Its value is ignored.", started.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("9090", started.AllText, StringComparison.Ordinal);

        // Another reload with the same typo plus a new one: only the new one is logged.
        var change = LiveEvents.NextChange(live);
        TestHosts.SetAndReload(builder.Configuration, ("Shop:Port", "8002"), ("Shop:Nmae", "x"));
        await change;
        Assert.Equal(["Shop:Prot", "Shop:Nmae"], logs.WithEventId(9).Select(static l => l.Message.Split(' ')[4]));

        // Both removed: said once.
        change = LiveEvents.NextChange(live);
        TestHosts.SetAndReload(builder.Configuration, ("Shop:Port", "8003"), ("Shop:Prot", null), ("Shop:Nmae", null));
        await change;
        await WaitFor(() => logs.WithEventId(10).Any());
        Assert.Equal("Configuration ShopConfig has no unknown keys any more (generation 3)", Assert.Single(logs.WithEventId(10)).Message);
        await host.StopAsync();
    }

    private static async Task WaitFor(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }
}
