using Xunit;

namespace Veltrix.Tests.Binding;

public sealed class NestedSectionBindingTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Build_JsonNestedSections_BindsEveryLevelAndShape()
    {
        var path = _temp.Write("nested.json", """
            {
              "Nested": {
                "Name": "n1",
                "Cache": {
                  "MaxEntries": 500,
                  "Ttl": "00:10:00",
                  "Eviction": { "Policy": "lfu", "Threshold": 0.75 }
                },
                "Retry": { "Attempts": 7, "Strategy": "exponential", "Delay": "00:00:02" },
                "Bounds": { "Min": 2, "Max": 20 }
              }
            }
            """);

        using var config = VeltrixConfiguration.CreateBuilder<NestedConfig>().AddJsonFile(path).Build();
        var c = config.Current;

        Assert.Equal("n1", c.Name);
        Assert.Equal(500, c.Cache.MaxEntries);
        Assert.Equal(TimeSpan.FromMinutes(10), c.Cache.Ttl);
        Assert.Equal("lfu", c.Cache.Eviction.Policy);
        Assert.Equal(0.75, c.Cache.Eviction.Threshold);
        Assert.Equal(new RetryPolicy(7, "exponential", TimeSpan.FromSeconds(2)), c.Retry);
        Assert.Equal(new BoundsRecord { Min = 2, Max = 20 }, c.Bounds);
    }

    [Theory]
    [InlineData(SourceKind.EnvironmentVariables)]
    [InlineData(SourceKind.CommandLine)]
    [InlineData(SourceKind.InMemory)]
    public void Build_FlatNestedKeys_BindEveryLevel(SourceKind kind)
    {
        var values = new Dictionary<string, string>
        {
            ["Nested:Cache:Eviction:Policy"] = "fifo",
            ["Nested:Retry:Attempts"] = "9",
            ["Nested:Bounds:Max"] = "99",
        };

        using var config = VeltrixConfiguration.CreateBuilder<NestedConfig>().Add(kind, values, _temp).Build();
        var c = config.Current;

        Assert.Equal("fifo", c.Cache.Eviction.Policy);
        Assert.Equal(0.9, c.Cache.Eviction.Threshold);
        Assert.Equal(100, c.Cache.MaxEntries);
        Assert.Equal(new RetryPolicy(9, "linear", null), c.Retry);
        Assert.Equal(new BoundsRecord { Min = 1, Max = 99 }, c.Bounds);
    }

    [Fact]
    public void Build_NoNestedKeys_EverySectionHasItsDefaults()
    {
        using var config = VeltrixConfiguration.CreateBuilder<NestedConfig>()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Nested:Name"] = "only-name" })
            .Build();
        var c = config.Current;

        Assert.Equal("only-name", c.Name);
        Assert.NotNull(c.Cache);
        Assert.Equal(100, c.Cache.MaxEntries);
        Assert.Equal(TimeSpan.FromMinutes(5), c.Cache.Ttl);
        Assert.Equal("lru", c.Cache.Eviction.Policy);
        Assert.Equal(new RetryPolicy(), c.Retry);
        Assert.Equal(3, c.Retry.Attempts);
        Assert.Equal("linear", c.Retry.Strategy);
        Assert.Null(c.Retry.Delay);
        Assert.Equal(new BoundsRecord(), c.Bounds);
    }

    [Fact]
    public void Build_SectionGivenAScalarValue_ReportsTypeErrorAtThatKey()
    {
        const string json = """
            {
              "Nested": {
                "Cache": "big"
              }
            }
            """;
        var path = _temp.Write("bad.json", json);

        var ex = Assert.Throws<ConfigException>(() => VeltrixConfiguration.CreateBuilder<NestedConfig>().AddJsonFile(path).Build());

        var error = Assert.Single(ex.Errors);
        Assert.Equal(("Nested:Cache", "Type"), (error.KeyPath, error.Rule));
        Assert.Equal(JsonPosition.After(path, json, "\"Cache\": "), error.Origin);
    }
}
