using Xunit;

namespace Veltrix.Tests.Binding;

public sealed class MergeRuleTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private VeltrixConfigurationBuilder<MergeConfig> Json(string json, string fileName = "appsettings.json")
        => VeltrixConfiguration.CreateBuilder<MergeConfig>().AddJsonFile(_temp.Write(fileName, json));

    [Fact]
    public void Build_LaterSourceSetsOneKey_WinsForThatKeyOnly()
    {
        using var config = Json("""{ "Merge": { "Port": 1, "Name": "from-json" } }""")
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Merge:Port"] = "2" })
            .Build();

        Assert.Equal(2, config.Current.Port);
        Assert.Equal("from-json", config.Current.Name);
    }

    [Fact]
    public void Build_EarlierSourceAfterLater_OrderOfAddingDecides()
    {
        using var config = VeltrixConfiguration.CreateBuilder<MergeConfig>()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Merge:Port"] = "2" })
            .AddJsonFile(_temp.Write("late.json", """{ "Merge": { "Port": 1 } }"""))
            .Build();

        Assert.Equal(1, config.Current.Port);
    }

    [Fact]
    public void Build_KeysDifferOnlyInCaseAcrossSources_MergeAsOneKey()
    {
        using var config = Json("""{ "merge": { "PORT": 1, "name": "json" } }""")
            .AddSource(TestSources.Environment(new Dictionary<string, string> { ["MERGE:port"] = "3" }))
            .Build();

        Assert.Equal(3, config.Current.Port);
        Assert.Equal("json", config.Current.Name);
    }

    [Fact]
    public void Build_CommandLineAfterEnvironment_CommandLineWins()
    {
        using var config = VeltrixConfiguration.CreateBuilder<MergeConfig>()
            .AddSource(TestSources.Environment(new Dictionary<string, string> { ["Merge:Port"] = "2", ["Merge:Name"] = "env" }))
            .AddCommandLine(["--Merge:Port=3"])
            .Build();

        Assert.Equal(3, config.Current.Port);
        Assert.Equal("env", config.Current.Name);
    }

    [Fact]
    public void Build_CommandLineSwitchMapping_SetsMappedKey()
    {
        using var config = VeltrixConfiguration.CreateBuilder<MergeConfig>()
            .AddCommandLine(["-p", "4242"], new Dictionary<string, string> { ["-p"] = "Merge:Port" })
            .Build();

        Assert.Equal(4242, config.Current.Port);
    }

    [Fact]
    public void Build_EnvironmentSetsFirstIndex_PatchesThatElementOfJsonArray()
    {
        using var config = Json("""{ "Merge": { "Hosts": ["a", "b", "c"] } }""")
            .AddSource(TestSources.Environment(new Dictionary<string, string> { ["Merge:Hosts:0"] = "x" }))
            .Build();

        Assert.Equal(new[] { "x", "b", "c" }, config.Current.Hosts);
    }

    [Fact]
    public void Build_LaterSourceSetsPartOfSectionList_PatchesThatMemberOfThatElement()
    {
        using var config = Json("""{ "Merge": { "Endpoints": [{ "Address": "a", "Weight": 5 }, { "Address": "b" }] } }""")
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Merge:Endpoints:0:Address"] = "x" })
            .Build();

        Assert.Equal([("x", 5), ("b", 1)], config.Current.Endpoints.Select(static e => (e.Address, e.Weight)));
    }

    [Fact]
    public void Build_LaterFileStatesShorterArray_MergesIndexByIndexLikeConfigurationBinder()
    {
        using var config = Json("""{ "Merge": { "Endpoints": [{ "Address": "a", "Weight": 5 }, { "Address": "b" }] } }""")
            .AddJsonFile(_temp.Write("second.json", """{ "Merge": { "Endpoints": [{ "Address": "x" }] } }"""))
            .Build();

        Assert.Equal([("x", 5), ("b", 1)], config.Current.Endpoints.Select(static e => (e.Address, e.Weight)));
    }

    [Fact]
    public void Build_ListMergeReplace_LaterFileStatesShorterArray_ReplacesWholeList()
    {
        using var config = Json("""{ "Merge": { "Replaced": [{ "Address": "a", "Weight": 5 }, { "Address": "b" }] } }""")
            .AddJsonFile(_temp.Write("second.json", """{ "Merge": { "Replaced": [{ "Address": "x" }] } }"""))
            .Build();

        var only = Assert.Single(config.Current.Replaced);
        Assert.Equal(("x", 1), (only.Address, only.Weight));
    }

    [Fact]
    public void Build_ListMergeReplace_EnvironmentSetsOneField_PatchesTheFileList()
    {
        using var config = Json("""{ "Merge": { "Replaced": [{ "Address": "a", "Weight": 5 }, { "Address": "b" }] } }""")
            .AddSource(TestSources.Environment(new Dictionary<string, string> { ["Merge:Replaced:1:Weight"] = "7", ["Merge:Replaced:2:Address"] = "c" }))
            .Build();

        Assert.Equal([("a", 5), ("b", 7), ("c", 1)], config.Current.Replaced.Select(static e => (e.Address, e.Weight)));
    }

    [Fact]
    public void Build_LaterSourceDoesNotTouchList_EarlierListSurvives()
    {
        using var config = Json("""{ "Merge": { "Hosts": ["a", "b", "c"] } }""")
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Merge:Port"] = "1" })
            .Build();

        Assert.Equal(new[] { "a", "b", "c" }, config.Current.Hosts);
    }

    [Fact]
    public void Build_BoundListWithNonEmptyDefault_ReplacesDefault()
    {
        using var config = Json("""{ "Merge": { "Fallbacks": ["a", "b"], "Zones": ["z1"] } }""").Build();

        Assert.Equal(new[] { "a", "b" }, config.Current.Fallbacks);
        Assert.Equal(new[] { "z1" }, config.Current.Zones);
    }

    [Fact]
    public void Build_LaterFileHasEmptyArray_ReplacesEarlierListWithEmpty()
    {
        var first = _temp.Write("appsettings.json", """{ "Merge": { "Hosts": ["a", "b"], "Fallbacks": ["f1"] } }""");
        var second = _temp.Write("appsettings.Production.json", """{ "Merge": { "Hosts": [], "Fallbacks": [] } }""");

        using var config = VeltrixConfiguration.CreateBuilder<MergeConfig>().AddJsonFile(first).AddJsonFile(second).Build();

        Assert.Empty(config.Current.Hosts);
        Assert.Empty(config.Current.Fallbacks);
    }

    [Fact]
    public void Build_OnlyFileHasEmptyArray_ReplacesNonEmptyDefaultWithEmpty()
    {
        using var config = Json("""{ "Merge": { "Zones": [] } }""").Build();

        Assert.Empty(config.Current.Zones);
    }

    [Fact]
    public void Build_DictionaryInTwoSources_MergesEntryByEntry()
    {
        using var config = Json("""{ "Merge": { "Limits": { "a": 1, "b": 2 } } }""")
            .AddSource(TestSources.Environment(new Dictionary<string, string> { ["Merge:Limits:B"] = "3", ["Merge:Limits:c"] = "4" }))
            .Build();
        var limits = config.Current.Limits;

        Assert.Equal(3, limits.Count);
        Assert.Equal(1, limits["a"]);
        Assert.Equal(3, limits["b"]);
        Assert.Equal(4, limits["C"]);
    }

    [Fact]
    public void Build_BoundDictionaryWithDefaultEntries_ReplacesDefaults()
    {
        using var config = Json("""{ "Merge": { "Quotas": { "gold": 100 } } }""").Build();

        var entry = Assert.Single(config.Current.Quotas);
        Assert.Equal(("gold", 100), (entry.Key, entry.Value));
    }

    [Fact]
    public void Build_SectionInTwoSources_MergesKeyByKey()
    {
        using var config = Json("""{ "Merge": { "Bounds": { "Min": 5, "Max": 50 } } }""")
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Merge:Bounds:Max"] = "60" })
            .Build();

        Assert.Equal(new BoundsRecord { Min = 5, Max = 60 }, config.Current.Bounds);
    }
}
