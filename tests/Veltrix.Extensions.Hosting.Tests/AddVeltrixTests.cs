using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Veltrix.Extensions.Hosting.Tests.Infrastructure;
using Veltrix.Extensions.Hosting.Tests.Schemas;

namespace Veltrix.Extensions.Hosting.Tests;

public sealed class AddVeltrixTests : IDisposable
{
    private readonly string _contentRoot = Directory.CreateTempSubdirectory("veltrix-hosting-").FullName;

    public void Dispose() => Directory.Delete(_contentRoot, recursive: true);

    [Fact]
    public async Task DefaultOverload_HostWithDefaults_ReadsAppSettingsAndCommandLineThroughHostConfiguration()
    {
        File.WriteAllText(Path.Combine(_contentRoot, "appsettings.json"), "{\n  \"Shop\": { \"Name\": \"from-appsettings\", \"Port\": 7000 }\n}");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = _contentRoot,
            Args = ["--Shop:Port=9090"],
        });
        builder.Services.AddVeltrix<ShopConfig>();
        using var host = builder.Build();
        await host.StartAsync();

        var live = host.Services.GetRequiredService<LiveConfig<ShopConfig>>();
        Assert.Equal("from-appsettings", live.Current.Name);
        Assert.Equal(9090, live.Current.Port);
        Assert.Equal(Path.Combine(_contentRoot, "appsettings.json"), live.GetOrigin("Shop:Name").Source);
        Assert.Equal(2, live.GetOrigin("Shop:Name").Line);
        Assert.Equal("command-line argument 1", live.GetOrigin("Shop:Port").Source);
        await host.StopAsync();
    }

    [Fact]
    public async Task ConfigureOverload_RelativeJsonPath_ResolvesAgainstContentRoot()
    {
        File.WriteAllText(Path.Combine(_contentRoot, "shop.json"), """{ "Shop": { "Port": 7001 } }""");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = _contentRoot });
        builder.Services.AddVeltrix<ShopConfig>(veltrix => veltrix.AddJsonFile("shop.json"));
        using var host = builder.Build();
        await host.StartAsync();

        var live = host.Services.GetRequiredService<LiveConfig<ShopConfig>>();
        Assert.Equal(7001, live.Current.Port);
        Assert.Equal(Path.Combine(_contentRoot, "shop.json"), live.GetOrigin("Shop:Port").Source);
        await host.StopAsync();
    }

    [Fact]
    public void AddVeltrix_CalledTwiceForOneSchema_Throws()
    {
        var services = new ServiceCollection();
        services.AddVeltrix<ShopConfig>(veltrix => veltrix.AddInMemoryCollection([]));

        var ex = Assert.Throws<InvalidOperationException>(() => services.AddVeltrix<ShopConfig>());
        Assert.Contains("ShopConfig", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LiveConfig_HostDisposed_IsDisposedWithTheContainer()
    {
        var logs = new CapturingLoggerProvider();
        var builder = TestHosts.Create(logs, ("Shop:Port", "7002"));
        builder.Services.AddVeltrix<ShopConfig>();
        LiveConfig<ShopConfig> live;
        using (var host = builder.Build())
        {
            await host.StartAsync();
            live = host.Services.GetRequiredService<LiveConfig<ShopConfig>>();
            Assert.Equal(ReloadResult.Unchanged, live.Reload());
            await host.StopAsync();
        }

        Assert.Throws<ObjectDisposedException>(() => live.Reload());
        Assert.Equal(7002, live.Current.Port);
    }

    [Fact]
    public void LiveConfig_ResolvedWithoutHost_BuildsOnFirstUseWithoutHostEnvironment()
    {
        var services = new ServiceCollection();
        services.AddVeltrix<ShopConfig>(veltrix => veltrix.AddInMemoryCollection([new("Shop:Name", "no-host")]));
        using var provider = services.BuildServiceProvider();

        Assert.Equal("no-host", provider.GetRequiredService<LiveConfig<ShopConfig>>().Current.Name);
    }
}
