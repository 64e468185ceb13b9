using Veltrix.Tests.Binding;

namespace Veltrix.Tests.Review;

/// <summary>LiveConfig.GetOrigin resolves list indices as binding does, so it never names a value that was replaced.</summary>
public sealed class OriginTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void GetOrigin_LaterSourceReplacedList_ElementsPastItsEndAreUnknown()
    {
        var first = _temp.Write("appsettings.json", """{ "Merge": { "Replaced": [{ "Address": "a" }, { "Address": "b" }, { "Address": "c" }] } }""");
        using var config = VeltrixConfiguration.CreateBuilder<MergeConfig>()
            .AddJsonFile(first)
            .AddJsonFile(_temp.Write("appsettings.Production.json", """{ "Merge": { "Replaced": [{ "Address": "x" }] } }"""))
            .Build();

        Assert.Equal("x", Assert.Single(config.Current.Replaced).Address);
        Assert.Contains("appsettings.Production.json", config.GetOrigin("Merge:Replaced:0:Address").Source, StringComparison.Ordinal);
        Assert.False(config.GetOrigin("Merge:Replaced:2:Address").IsKnown);
    }

    [Fact]
    public void GetOrigin_EnvironmentPatchedElement_NamesVariableForItAndFileForTheRest()
    {
        var json = _temp.Write("appsettings.json", """{ "Merge": { "Hosts": ["a", "b", "c"] } }""");
        using var config = VeltrixConfiguration.CreateBuilder<MergeConfig>()
            .AddJsonFile(json)
            .AddSource(TestSources.Environment(new Dictionary<string, string> { ["Merge:Hosts:0"] = "x" }))
            .Build();

        Assert.Equal(["x", "b", "c"], config.Current.Hosts);
        Assert.Contains("Merge__Hosts__0", config.GetOrigin("Merge:Hosts:0").Source, StringComparison.Ordinal);
        Assert.Equal(json, config.GetOrigin("Merge:Hosts:2").Source);
    }

    [Fact]
    public void GetOrigin_SparseIndices_ResolvesTheBoundPosition()
    {
        var json = _temp.Write("appsettings.json", """
            {
              "Merge": {
                "Endpoints": { "3": { "Address": "a" }, "7": { "Address": "b", "Weight": 2 } }
              }
            }
            """);
        using var config = VeltrixConfiguration.CreateBuilder<MergeConfig>().AddJsonFile(json).Build();

        Assert.Equal("b", config.Current.Endpoints[1].Address);
        Assert.Equal(new ConfigOrigin(json, 3, 78), config.GetOrigin("merge:endpoints:1:weight"));
        Assert.False(config.GetOrigin("Merge:Endpoints:7:Weight").IsKnown);
        Assert.False(config.GetOrigin("Merge:Endpoints:x").IsKnown);
    }
}
