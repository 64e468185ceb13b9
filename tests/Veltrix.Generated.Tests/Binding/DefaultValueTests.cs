using Xunit;

namespace Veltrix.Tests.Binding;

public sealed class DefaultValueTests
{
    private static LiveConfig<DefaultsConfig> Build(Dictionary<string, string?> values)
        => VeltrixConfiguration.CreateBuilder<DefaultsConfig>().AddInMemoryCollection(values).Build();

    [Fact]
    public void Build_NoSources_KeepsEveryInitializer()
    {
        using var config = VeltrixConfiguration.CreateBuilder<DefaultsConfig>().Build();

        AssertAllDefaults(config.Current);
    }

    [Fact]
    public void Build_OnlyOtherSectionsKeys_KeepsEveryInitializer()
    {
        using var config = Build(new() { ["Other:Port"] = "1", ["Port"] = "2" });

        AssertAllDefaults(config.Current);
    }

    [Fact]
    public void Build_SomeKeysSet_OtherMembersKeepTheirInitializers()
    {
        using var config = Build(new()
        {
            ["Defaults:Port"] = "9000",
            ["Defaults:Cache:Eviction:Threshold"] = "0.5",
            ["Defaults:Retry:Strategy"] = "exponential",
        });
        var c = config.Current;

        Assert.Equal(9000, c.Port);
        Assert.Equal("default-name", c.Name);
        Assert.True(c.Enabled);
        Assert.Equal(TimeSpan.FromSeconds(30), c.Timeout);
        Assert.Equal(Color.Blue, c.Mode);
        Assert.Equal(0.25, c.Ratio);
        Assert.Equal(new Uri("https://default.example/"), c.Home);
        Assert.Equal(new[] { "localhost" }, c.Hosts);
        Assert.Equal(new[] { 80, 443 }, c.Ports);
        Assert.Equal(100, c.Cache.MaxEntries);
        Assert.Equal(TimeSpan.FromMinutes(5), c.Cache.Ttl);
        Assert.Equal("lru", c.Cache.Eviction.Policy);
        Assert.Equal(0.5, c.Cache.Eviction.Threshold);
        Assert.Equal(new RetryPolicy(3, "exponential", null), c.Retry);
    }

    [Fact]
    public void Build_NullableWithInitializerSetToEmpty_IsNull()
    {
        using var config = Build(new() { ["Defaults:Ratio"] = string.Empty });

        Assert.Null(config.Current.Ratio);
    }

    [Fact]
    public void Build_RecordSectionPartlySet_UsesPrimaryConstructorDefaultsForTheRest()
    {
        using var config = Build(new() { ["Defaults:Retry:Delay"] = "00:00:05" });

        Assert.Equal(new RetryPolicy(3, "linear", TimeSpan.FromSeconds(5)), config.Current.Retry);
    }

    private static void AssertAllDefaults(DefaultsConfig c)
    {
        Assert.Equal(8080, c.Port);
        Assert.Equal("default-name", c.Name);
        Assert.True(c.Enabled);
        Assert.Equal(TimeSpan.FromSeconds(30), c.Timeout);
        Assert.Equal(Color.Blue, c.Mode);
        Assert.Equal(0.25, c.Ratio);
        Assert.Equal(new Uri("https://default.example/"), c.Home);
        Assert.Equal(new[] { "localhost" }, c.Hosts);
        Assert.Equal(new[] { 80, 443 }, c.Ports);
        Assert.Equal(1, Assert.Single(c.Weights).Value);
        Assert.Equal(1, c.Weights["a"]);
        Assert.Equal(100, c.Cache.MaxEntries);
        Assert.Equal(TimeSpan.FromMinutes(5), c.Cache.Ttl);
        Assert.Equal("lru", c.Cache.Eviction.Policy);
        Assert.Equal(0.9, c.Cache.Eviction.Threshold);
        Assert.Equal(new RetryPolicy(3, "linear", null), c.Retry);
    }
}
