using Veltrix.Tests.Binding;

namespace Veltrix.Tests.Review;

/// <summary>How a later source's single value or empty value at a list key meets an earlier source's list.</summary>
public sealed class ListOverrideTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private VeltrixConfigurationBuilder<MergeConfig> JsonThenEnvironment(string json, string key, string value)
        => VeltrixConfiguration.CreateBuilder<MergeConfig>()
            .AddJsonFile(_temp.Write("appsettings.json", json))
            .AddSource(TestSources.Environment(new Dictionary<string, string> { [key] = value }));

    [Fact]
    public void Build_EnvironmentSingleValueOverJsonList_KeepsTheListLikeConfigurationBinder()
    {
        // ConfigurationBinder binds a list from its elements and ignores a value at the list's own key; an app it
        // starts must start under Veltrix too.
        using var config = JsonThenEnvironment("""{ "Merge": { "Hosts": ["a", "b"] } }""", "Merge:Hosts", "x,y").Build();

        Assert.Equal(["a", "b"], config.Current.Hosts);
    }

    [Fact]
    public void Build_SingleValueWhereListBelongs_NoElements_ReportsTypeError()
    {
        var builder = JsonThenEnvironment("""{ "Merge": { "Port": 1 } }""", "Merge:Hosts", "x,y");

        var ex = Assert.Throws<ConfigException>(() => builder.Build());

        var error = Assert.Single(ex.Errors);
        Assert.Equal("Merge:Hosts", error.KeyPath);
        Assert.Contains("found a single value", error.Message, StringComparison.Ordinal);
        Assert.Equal("Type", error.Rule);
    }

    [Fact]
    public void Build_JsonListOverEarlierSingleValue_BindsTheList()
    {
        using var config = VeltrixConfiguration.CreateBuilder<MergeConfig>()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Merge:Hosts"] = "x" })
            .AddJsonFile(_temp.Write("appsettings.json", """{ "Merge": { "Hosts": ["a", "b"] } }"""))
            .Build();

        Assert.Equal(["a", "b"], config.Current.Hosts);
    }

    [Fact]
    public void Build_EnvironmentEmptyValueOverJsonList_KeepsTheList()
    {
        using var config = JsonThenEnvironment("""{ "Merge": { "Hosts": ["a", "b"], "Zones": ["z"] } }""", "Merge:Hosts", string.Empty).Build();

        Assert.Equal(["a", "b"], config.Current.Hosts);
        Assert.Equal(["z"], config.Current.Zones);
    }
}
