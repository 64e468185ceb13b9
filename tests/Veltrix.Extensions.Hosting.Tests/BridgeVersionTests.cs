using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.CommandLine;
using Microsoft.Extensions.Configuration.Memory;
using Veltrix.Extensions.Hosting.Tests.Infrastructure;
using Veltrix.Extensions.Hosting.Tests.Schemas;

namespace Veltrix.Extensions.Hosting.Tests;

/// <summary>
/// The sources that bridge Microsoft.Extensions.Configuration declare a version of what they read, so that a hosted
/// reload that finds nothing changed stops at the questions; a provider that reloads, and a value set with no token at
/// all (<c>IConfiguration</c>'s indexer, a provider's <c>Set</c>), are still seen. Each test runs provider by provider
/// (<c>AddHostConfiguration</c>, what <c>AddVeltrix</c> does) and whole (<c>AddConfiguration</c>).
/// </summary>
public sealed class BridgeVersionTests : IDisposable
{
    // Variables are process-wide: a prefix of this test's own keeps other tests' hosts from reading them.
    private readonly string _prefix = "VLXB" + Guid.NewGuid().ToString("N")[..8] + "_";
    private readonly List<string> _variables = [];

    public enum Bridge
    {
        ProviderByProvider,
        Whole,
    }

    public void Dispose()
    {
        foreach (var name in _variables)
        {
            Environment.SetEnvironmentVariable(name, null);
        }
    }

    [Theory]
    [InlineData(Bridge.ProviderByProvider)]
    [InlineData(Bridge.Whole)]
    public void Reload_NothingChanged_StopsAtTheQuestions(Bridge bridge)
    {
        var root = HostLikeRoot();
        var counter = new LoadCountingSource();
        using var live = Build(root, bridge, counter);
        var before = live.Current;

        Assert.All(live.Sources, source => Assert.IsAssignableFrom<IVersionedConfigSource>(source));
        Assert.Equal(ReloadResult.Unchanged, live.Reload());
        Assert.Equal(ReloadResult.Unchanged, live.Reload());

        Assert.Equal(1, counter.Loads);
        Assert.Same(before, live.Current);
        Assert.Equal(("memory", 9401, 40), (live.Current.Name, live.Current.Port, live.Current.Cache.MaxEntries));
    }

    [Theory]
    [InlineData(Bridge.ProviderByProvider)]
    [InlineData(Bridge.Whole)]
    public async Task ProviderReloaded_ChangeIsPublishedThenTheNextReloadStopsAtTheQuestions(Bridge bridge)
    {
        var root = HostLikeRoot();
        var counter = new LoadCountingSource();
        using var live = Build(root, bridge, counter);

        // The environment provider reads the variables again when the root reloads, which fires the root's token.
        var change = LiveEvents.NextChange(live);
        SetVariable("Shop__Port", "9402");
        root.Reload();
        var args = await change;

        Assert.Equal(["Shop:Port"], args.ChangedKeys);
        Assert.Equal(9402, live.Current.Port);
        Assert.Equal(2, counter.Loads);
        Assert.Equal(ReloadResult.Unchanged, live.Reload());
        Assert.Equal(2, counter.Loads);
    }

    [Theory]
    [InlineData(Bridge.ProviderByProvider)]
    [InlineData(Bridge.Whole)]
    public void IndexerSet_NoTokenFires_AnExplicitReloadSeesIt(Bridge bridge)
    {
        var root = HostLikeRoot();
        using var live = Build(root, bridge, new LoadCountingSource());

        // Sets the key in every provider and signals nothing: only the data tells.
        root["Shop:Port"] = "9403";

        Assert.Equal(ReloadResult.Changed, live.Reload());
        Assert.Equal(9403, live.Current.Port);
    }

    [Theory]
    [InlineData(Bridge.ProviderByProvider)]
    [InlineData(Bridge.Whole)]
    public void MemoryProviderSet_NoTokenFires_AnExplicitReloadSeesIt(Bridge bridge)
    {
        var root = HostLikeRoot();
        using var live = Build(root, bridge, new LoadCountingSource());
        var memory = root.Providers.OfType<MemoryConfigurationProvider>().Single();

        memory.Set("Shop:Name", "set");

        Assert.Equal(ReloadResult.Changed, live.Reload());
        Assert.Equal("set", live.Current.Name);
    }

    [Theory]
    [InlineData(Bridge.ProviderByProvider)]
    [InlineData(Bridge.Whole)]
    public void KeyOutsideTheSchemaSection_Set_ReloadStopsAtTheQuestions(Bridge bridge)
    {
        var root = HostLikeRoot();
        var counter = new LoadCountingSource();
        using var live = Build(root, bridge, counter);

        root["Other:Key"] = "changed";

        Assert.Equal(ReloadResult.Unchanged, live.Reload());
        Assert.Equal(1, counter.Loads);
    }

    [Fact]
    public void Whole_SameValueNowWonByALaterProvider_LoadsAndUpdatesTheOrigin()
    {
        // The version covers origins too: the same value from another provider is other data for GetOrigin.
        var root = new ConfigurationBuilder()
            .AddInMemoryCollection([new("Shop:Port", "9404")])
            .AddCommandLine(["--Shop:Name=cli"])
            .Build();
        var counter = new LoadCountingSource();
        using var live = Build(root, Bridge.Whole, counter);
        Assert.Equal("MemoryConfigurationProvider", live.GetOrigin("Shop:Port").Source);

        root.Providers.OfType<CommandLineConfigurationProvider>().Single().Set("Shop:Port", "9404");

        Assert.Equal(ReloadResult.Unchanged, live.Reload());
        Assert.Equal(2, counter.Loads);
        Assert.Equal("CommandLineConfigurationProvider", live.GetOrigin("Shop:Port").Source);
        Assert.Equal(ReloadResult.Unchanged, live.Reload());
        Assert.Equal(2, counter.Loads);
    }

    /// <summary>In-memory values, variables with this test's prefix and the command line, as a host has them.</summary>
    private IConfigurationRoot HostLikeRoot()
    {
        SetVariable("Shop__Port", "9401");
        return new ConfigurationBuilder()
            .AddInMemoryCollection([new("Shop:Name", "memory"), new("Other:Key", "x")])
            .AddEnvironmentVariables(_prefix)
            .AddCommandLine(["--Shop:Cache:MaxEntries=40"])
            .Build();
    }

    private static LiveConfig<ShopConfig> Build(IConfigurationRoot root, Bridge bridge, LoadCountingSource counter)
    {
        var builder = VeltrixConfiguration.CreateBuilder<ShopConfig>();
        builder = bridge == Bridge.ProviderByProvider ? builder.AddHostConfiguration(root) : builder.AddConfiguration(root);
        return builder.AddSource(counter).Build();
    }

    private void SetVariable(string name, string value)
    {
        _variables.Add(_prefix + name);
        Environment.SetEnvironmentVariable(_prefix + name, value);
    }
}
