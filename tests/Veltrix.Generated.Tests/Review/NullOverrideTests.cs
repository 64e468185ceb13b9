using Veltrix.Tests.Binding;

namespace Veltrix.Tests.Review;

/// <summary>README: "A JSON null clears what earlier sources set; keys a later source sets beneath it win."</summary>
public sealed class NullOverrideTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private LiveConfig<MergeConfig> Build(string first, string second)
        => VeltrixConfiguration.CreateBuilder<MergeConfig>()
            .AddJsonFile(_temp.Write("appsettings.json", first))
            .AddJsonFile(_temp.Write("appsettings.Production.json", second))
            .Build();

    [Fact]
    public void Build_LaterFileNullOverEarlierDictionary_ClearsEntries()
    {
        using var config = Build("""{ "Merge": { "Limits": { "a": 1, "b": 2 } } }""", """{ "Merge": { "Limits": null } }""");

        Assert.Empty(config.Current.Limits);
        Assert.Equal(ConfigOrigin.Unknown, config.GetOrigin("Merge:Limits:a"));
    }

    [Fact]
    public void Build_LaterFileNullOverEarlierSection_BindsSectionDefaults()
    {
        using var config = Build("""{ "Merge": { "Bounds": { "Min": 5, "Max": 50 } } }""", """{ "Merge": { "Bounds": null } }""");

        Assert.Equal(new BoundsRecord(), config.Current.Bounds);
    }

    [Fact]
    public void Build_LaterFileNullOverEarlierSectionList_ClearsList()
    {
        using var config = Build("""{ "Merge": { "Endpoints": [{ "Address": "a" }] } }""", """{ "Merge": { "Endpoints": null } }""");

        Assert.Empty(config.Current.Endpoints);
    }

    [Fact]
    public void Build_NullThenLaterKeysBeneath_LaterKeysWinOverNull()
    {
        using var config = VeltrixConfiguration.CreateBuilder<MergeConfig>()
            .AddJsonFile(_temp.Write("a.json", """{ "Merge": { "Limits": { "a": 1 }, "Bounds": { "Min": 5 } } }"""))
            .AddJsonFile(_temp.Write("b.json", """{ "Merge": { "Limits": null, "Bounds": null } }"""))
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Merge:Limits:c"] = "3", ["Merge:Bounds:Max"] = "7" })
            .Build();

        Assert.Equal(new Dictionary<string, int> { ["c"] = 3 }, config.Current.Limits);
        Assert.Equal(new BoundsRecord { Max = 7 }, config.Current.Bounds);
    }

    [Fact]
    public void Reload_LaterFileSetsNullOverDictionary_ReportsRemovedEntries()
    {
        var second = _temp.Write("appsettings.Production.json", "{}");
        using var config = VeltrixConfiguration.CreateBuilder<MergeConfig>()
            .AddJsonFile(_temp.Write("appsettings.json", """{ "Merge": { "Limits": { "a": 1 } } }"""))
            .AddJsonFile(second)
            .Build();
        IReadOnlyList<string>? changed = null;
        config.Changed += (_, e) => changed = e.ChangedKeys;

        _temp.Write("appsettings.Production.json", """{ "Merge": { "Limits": null } }""");

        Assert.Equal(ReloadResult.Changed, config.Reload());
        Assert.Equal(["Merge:Limits:a"], changed);
    }
}
