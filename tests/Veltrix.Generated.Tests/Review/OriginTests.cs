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
        using var config = VeltrixConfiguration.CreateBuilder<MergeConfig>()
            .AddJsonFile(_temp.Write("appsettings.json", """{ "Merge": { "Hosts": ["a", "b", "c"] } }"""))
            .AddSource(TestSources.Environment(new Dictionary<string, string> { ["Merge:Hosts:0"] = "x" }))
            .Build();

        Assert.Equal(["x"], config.Current.Hosts);
        Assert.Contains("Merge__Hosts__0", config.GetOrigin("Merge:Hosts:0").Source, StringComparison.Ordinal);
        Assert.False(config.GetOrigin("Merge:Hosts:2").IsKnown);
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
