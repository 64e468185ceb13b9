using Microsoft.Extensions.Configuration;
using Veltrix.Extensions.Hosting.Tests.Infrastructure;
using Veltrix.Extensions.Hosting.Tests.Schemas;

namespace Veltrix.Extensions.Hosting.Tests;

public sealed class ConfigurationBridgeTests
{
    [Fact]
    public async Task MemoryProvider_RootReloaded_PublishesExactlyTheChangedKey()
    {
        var root = new ConfigurationBuilder()
            .AddInMemoryCollection([new("Shop:Port", "9001"), new("Shop:Name", "bridge")])
            .Build();
        using var live = VeltrixConfiguration.CreateBuilder<ShopConfig>().AddConfiguration(root).Build();
        Assert.Equal(9001, live.Current.Port);

        var change = LiveEvents.NextChange(live);
        root["Shop:Port"] = "9002";
        root.Reload();
        var args = await change;

        Assert.Equal(["Shop:Port"], args.ChangedKeys);
        Assert.Equal(9002, live.Current.Port);
        Assert.Equal(2, live.Generation);
    }

    [Fact]
    public async Task MemoryProvider_BadValueReloaded_IsRejectedAndLastGoodSnapshotServes()
    {
        var root = new ConfigurationBuilder().AddInMemoryCollection([new("Shop:Port", "9001")]).Build();
        using var live = VeltrixConfiguration.CreateBuilder<ShopConfig>().AddConfiguration(root).Build();

        var failure = LiveEvents.NextFailure(live);
        root["Shop:Port"] = "not-a-port";
        root.Reload();
        var args = await failure;

        var error = Assert.Single(args.Exception.Errors);
        Assert.Equal("Shop:Port", error.KeyPath);
        Assert.Contains("MemoryConfigurationProvider", error.Origin.Source, StringComparison.Ordinal);
        Assert.Equal(9001, live.Current.Port);
        Assert.Same(args.Exception, live.LastError);
    }

    [Fact]
    public void Origin_SeveralProviders_NamesTheProviderThatWon()
    {
        var root = new ConfigurationBuilder()
            .AddInMemoryCollection([new("Shop:Port", "1"), new("Shop:Name", "first")])
            .AddCommandLine(["--Shop:Port=2"])
            .Build();
        using var live = VeltrixConfiguration.CreateBuilder<ShopConfig>().AddConfiguration(root).Build();

        Assert.Equal(2, live.Current.Port);
        // The arguments are not public on the provider and this root does not list its sources; the key is not repeated.
        Assert.Equal("CommandLineConfigurationProvider", live.GetOrigin("Shop:Port").Source);
        Assert.Equal("MemoryConfigurationProvider", live.GetOrigin("Shop:Name").Source);
    }

    [Fact]
    public void Origin_ConfigurationListingItsSources_NamesTheArgumentWithoutRepeatingTheKey()
    {
        var manager = new ConfigurationManager();
        manager.AddInMemoryCollection([new("Shop:Port", "1")]);
        manager.AddCommandLine(["--Shop:Name=cli", "--Shop:Port", "0"]);

        var ex = Assert.Throws<ConfigException>(() => VeltrixConfiguration.CreateBuilder<ShopConfig>().AddConfiguration(manager).Build());

        var error = Assert.Single(ex.Errors);
        Assert.Equal("command-line argument 2", error.Origin.Source);
        Assert.StartsWith("command-line argument 2: 'Shop:Port': The value 0 is out of range", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Section_KeysOutsideSchemaSection_AreNotRead()
    {
        // A value that Veltrix would reject (a key longer than the limit) outside the schema's section.
        var root = new ConfigurationBuilder()
            .AddInMemoryCollection([new("Shop:Port", "9003"), new("Other:" + new string('k', 2000), "x")])
            .Build();
        using var live = VeltrixConfiguration.CreateBuilder<ShopConfig>().AddConfiguration(root).Build();

        Assert.Equal(9003, live.Current.Port);
        Assert.Equal("IConfiguration section 'Shop'", Assert.Single(live.Sources).Name);
    }

    [Fact]
    public void JsonEmptyArray_StoredAsEmptyStringByConfiguration_BindsAsEmptyList()
    {
        using var json = new MemoryStream("""{ "Shop": { "Hosts": [], "Name": "" } }"""u8.ToArray());
        var root = new ConfigurationBuilder().AddJsonStream(json).Build();
        Assert.Equal(string.Empty, root["Shop:Hosts"]);

        using var live = VeltrixConfiguration.CreateBuilder<ShopConfig>().AddConfiguration(root).Build();

        Assert.Empty(live.Current.Hosts);
        Assert.Equal(string.Empty, live.Current.Name);
    }

    [Fact]
    public async Task ReloadOnChangeFalse_RootReloaded_DoesNotReload()
    {
        var root = new ConfigurationBuilder().AddInMemoryCollection([new("Shop:Port", "9001")]).Build();
        var source = new ConfigurationBridgeSource(root, "Shop", reloadOnChange: false);
        using var live = VeltrixConfiguration.CreateBuilder<ShopConfig>().AddSource(source).Build();
        var followed = new ConfigurationBridgeSource(root, "Shop");
        using var witness = VeltrixConfiguration.CreateBuilder<ShopConfig>().AddSource(followed).Build();

        // The witness follows the same token: once it has reloaded, the unfollowed one would have too.
        var change = LiveEvents.NextChange(witness);
        root["Shop:Port"] = "9004";
        root.Reload();
        await change;

        Assert.Equal(9001, live.Current.Port);
        Assert.Equal(ReloadResult.Changed, live.Reload());
        Assert.Equal(9004, live.Current.Port);
    }
}
