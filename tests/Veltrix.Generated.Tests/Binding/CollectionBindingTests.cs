using Xunit;

namespace Veltrix.Tests.Binding;

public sealed class CollectionBindingTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private LiveConfig<CollectionsConfig> BuildJson(string json)
        => VeltrixConfiguration.CreateBuilder<CollectionsConfig>().AddJsonFile(_temp.Write("lists.json", json)).Build();

    [Fact]
    public void Build_JsonArraysOfScalars_BindsEveryCollectionKindInOrder()
    {
        using var config = BuildJson("""
            {
              "Lists": {
                "Numbers": [3, 1, 2],
                "Names": ["n1", "n2"],
                "Hosts": ["a.example", "b.example", "c.example"],
                "Ports": [80, 443],
                "Tags": ["x", "y"]
              }
            }
            """);
        var c = config.Current;

        Assert.Equal(new[] { 3, 1, 2 }, c.Numbers);
        Assert.Equal(new[] { "n1", "n2" }, c.Names);
        Assert.Equal(new[] { "a.example", "b.example", "c.example" }, c.Hosts);
        Assert.Equal(new[] { 80, 443 }, c.Ports);
        Assert.False(c.Tags.IsDefault);
        Assert.Equal(new[] { "x", "y" }, c.Tags);
    }

    [Fact]
    public void Build_JsonArraysOfSections_BindsEveryCollectionKind()
    {
        const string two = """[{ "Address": "a", "Weight": 5 }, { "Address": "b" }]""";
        using var config = BuildJson($$"""
            {
              "Lists": {
                "EndpointArray": {{two}},
                "EndpointList": {{two}},
                "Endpoints": {{two}},
                "EndpointIList": {{two}},
                "EndpointImmutable": {{two}}
              }
            }
            """);
        var c = config.Current;

        AssertTwoEndpoints(c.EndpointArray);
        AssertTwoEndpoints(c.EndpointList);
        AssertTwoEndpoints(c.Endpoints);
        AssertTwoEndpoints(c.EndpointIList);
        Assert.False(c.EndpointImmutable.IsDefault);
        AssertTwoEndpoints(c.EndpointImmutable);
    }

    [Theory]
    [InlineData(SourceKind.EnvironmentVariables)]
    [InlineData(SourceKind.CommandLine)]
    [InlineData(SourceKind.InMemory)]
    public void Build_IndexedKeysOutOfOrder_BindsInIndexOrder(SourceKind kind)
    {
        var values = new Dictionary<string, string>
        {
            ["Lists:Hosts:2"] = "c",
            ["Lists:Hosts:0"] = "a",
            ["Lists:Hosts:1"] = "b",
            ["Lists:Numbers:1"] = "20",
            ["Lists:Numbers:0"] = "10",
            ["Lists:Endpoints:1:Address"] = "second",
            ["Lists:Endpoints:0:Address"] = "first",
            ["Lists:Endpoints:0:Weight"] = "3",
        };

        using var config = VeltrixConfiguration.CreateBuilder<CollectionsConfig>().Add(kind, values, _temp).Build();
        var c = config.Current;

        Assert.Equal(new[] { "a", "b", "c" }, c.Hosts);
        Assert.Equal(new[] { 10, 20 }, c.Numbers);
        Assert.Equal(2, c.Endpoints.Count);
        Assert.Equal(("first", 3), (c.Endpoints[0].Address, c.Endpoints[0].Weight));
        Assert.Equal(("second", 1), (c.Endpoints[1].Address, c.Endpoints[1].Weight));
    }

    [Fact]
    public void Build_CollectionsAbsent_KeepEmptyInitializers()
    {
        using var config = VeltrixConfiguration.CreateBuilder<CollectionsConfig>()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Lists:Unrelated"] = "1" })
            .Build();
        var c = config.Current;

        Assert.Empty(c.Numbers);
        Assert.Empty(c.Names);
        Assert.Empty(c.Hosts);
        Assert.Empty(c.Ports);
        Assert.False(c.Tags.IsDefault);
        Assert.Empty(c.Tags);
        Assert.Empty(c.Endpoints);
        Assert.False(c.EndpointImmutable.IsDefault);
        Assert.Empty(c.Limits);
        Assert.Empty(c.Backends);
    }

    [Fact]
    public void Build_DictionariesFromJson_AreCaseInsensitive()
    {
        using var config = BuildJson("""
            {
              "Lists": {
                "Limits": { "MaxConn": 10, "minConn": 2 },
                "Labels": { "Team": "core" },
                "BackendMap": { "Primary": { "Address": "p", "Weight": 4 } },
                "Backends": { "Primary": { "Address": "p" }, "Secondary": { "Address": "s", "Weight": 2 } }
              }
            }
            """);
        var c = config.Current;

        Assert.Equal(2, c.Limits.Count);
        Assert.Equal(10, c.Limits["maxconn"]);
        Assert.Equal(10, c.Limits["MAXCONN"]);
        Assert.Equal(2, c.Limits["MinConn"]);
        Assert.Equal("core", c.Labels["team"]);
        Assert.True(c.Labels.ContainsKey("TEAM"));
        Assert.Equal(("p", 4), (c.BackendMap["PRIMARY"].Address, c.BackendMap["primary"].Weight));
        Assert.Equal(2, c.Backends.Count);
        Assert.Equal("p", c.Backends["primary"].Address);
        Assert.Equal(1, c.Backends["PRIMARY"].Weight);
        Assert.Equal(("s", 2), (c.Backends["SECONDARY"].Address, c.Backends["secondary"].Weight));
    }

    [Fact]
    public void Build_DictionaryFromEnvironment_BindsEntriesCaseInsensitively()
    {
        var values = new Dictionary<string, string>
        {
            ["Lists:Limits:Alpha"] = "1",
            ["Lists:Backends:Edge:Address"] = "e",
            ["Lists:Backends:Edge:Weight"] = "8",
        };

        using var config = VeltrixConfiguration.CreateBuilder<CollectionsConfig>()
            .AddSource(TestSources.Environment(values))
            .Build();
        var c = config.Current;

        Assert.Equal(1, Assert.Single(c.Limits).Value);
        Assert.Equal(1, c.Limits["ALPHA"]);
        Assert.Equal(("e", 8), (c.Backends["edge"].Address, c.Backends["EDGE"].Weight));
    }

    [Fact]
    public void Build_ListElementKeyIsNotAnIndex_ReportsTypeError()
    {
        var ex = Assert.Throws<ConfigException>(() => VeltrixConfiguration.CreateBuilder<CollectionsConfig>()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Lists:Hosts:first"] = "a" })
            .Build());

        var error = Assert.Single(ex.Errors);
        Assert.Equal(("Lists:Hosts:first", "Type"), (error.KeyPath, error.Rule));
    }

    [Fact]
    public void Build_ListElementDoesNotParse_ReportsElementKeyAndPosition()
    {
        const string json = """
            {
              "Lists": {
                "Numbers": [1, "two", 3]
              }
            }
            """;
        var path = _temp.Write("lists.json", json);

        var ex = Assert.Throws<ConfigException>(() => VeltrixConfiguration.CreateBuilder<CollectionsConfig>().AddJsonFile(path).Build());

        var error = Assert.Single(ex.Errors);
        Assert.Equal(("Lists:Numbers:1", "Type"), (error.KeyPath, error.Rule));
        Assert.Equal(JsonPosition.After(path, json, "[1, "), error.Origin);
        Assert.Contains("Int32", error.Message, StringComparison.Ordinal);
    }

    private static void AssertTwoEndpoints(IEnumerable<EndpointConfig> endpoints)
    {
        var list = endpoints.ToList();
        Assert.Equal(2, list.Count);
        Assert.Equal(("a", 5), (list[0].Address, list[0].Weight));
        Assert.Equal(("b", 1), (list[1].Address, list[1].Weight));
    }
}
