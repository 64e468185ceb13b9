using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Veltrix.Extensions.Hosting.Tests.Infrastructure;
using Veltrix.Extensions.Hosting.Tests.Schemas;

namespace Veltrix.Extensions.Hosting.Tests;

/// <summary>The bridge over a real JSON file provider that watches its file: a save reaches Veltrix through the reload token.</summary>
[Collection(SerialTests.Name)]
public sealed class JsonFileBridgeTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("veltrix-bridge-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task JsonProviderWithReloadOnChange_FileSaved_VeltrixPublishesTheChange()
    {
        var path = Path.Combine(_directory, "appsettings.json");
        File.WriteAllText(path, """{ "Shop": { "Port": 9100, "Name": "file" } }""");
        var root = new ConfigurationBuilder().SetBasePath(_directory).AddJsonFile("appsettings.json", optional: false, reloadOnChange: true).Build();
        using var live = VeltrixConfiguration.CreateBuilder<ShopConfig>().AddConfiguration(root).Build();
        Assert.Equal(9100, live.Current.Port);
        Assert.Contains("appsettings.json", live.GetOrigin("Shop:Port").Source, StringComparison.Ordinal);

        var change = LiveEvents.NextChange(live);
        File.WriteAllText(path, """{ "Shop": { "Port": 9101, "Name": "file" } }""");
        var args = await change;

        Assert.Contains("Shop:Port", args.ChangedKeys);
        Assert.DoesNotContain("Shop:Name", args.ChangedKeys);
        Assert.Equal(9101, live.Current.Port);
    }

    /// <summary>The whole path a service sees: the host's appsettings.json, saved, reaches IOptionsMonitor through Veltrix.</summary>
    [Fact]
    public async Task DefaultHost_AppSettingsSaved_OptionsMonitorListenerSeesNewValue()
    {
        var path = Path.Combine(_directory, "appsettings.json");
        File.WriteAllText(path, """{ "Shop": { "Port": 9200 } }""");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = _directory, EnvironmentName = "Test" });
        builder.Services.AddVeltrix<ShopConfig>();
        using var host = builder.Build();
        await host.StartAsync();
        var monitor = host.Services.GetRequiredService<IOptionsMonitor<ShopConfig>>();
        Assert.Equal(9200, monitor.CurrentValue.Port);
        var seen = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = monitor.OnChange(value => seen.TrySetResult(value.Port));

        File.WriteAllText(path, """{ "Shop": { "Port": 9201 } }""");

        Assert.Equal(9201, await seen.Task.WaitAsync(LiveEvents.Timeout));
        Assert.Equal(9201, monitor.CurrentValue.Port);
        await host.StopAsync();
    }
}
