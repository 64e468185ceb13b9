using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Veltrix.Extensions.Hosting.Tests.Infrastructure;

/// <summary>Real hosts for the tests: no ambient appsettings or environment, in-memory configuration, captured logs.</summary>
public static class TestHosts
{
    /// <summary>A host builder whose configuration is exactly <paramref name="values"/> (an in-memory provider).</summary>
    public static HostApplicationBuilder Create(CapturingLoggerProvider logs, params (string Key, string? Value)[] values)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Test" });
        builder.Configuration.AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)));
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.Logging.AddProvider(logs);
        return builder;
    }

    /// <summary>Sets keys in every provider of the host's configuration and reloads it, as a provider with new data would.</summary>
    public static void SetAndReload(IConfigurationManager configuration, params (string Key, string? Value)[] values)
    {
        foreach (var (key, value) in values)
        {
            configuration[key] = value;
        }

        ((IConfigurationRoot)configuration).Reload();
    }
}
