using Microsoft.Extensions.Configuration;
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
}
