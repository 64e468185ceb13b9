using Veltrix.Tests.Binding;

namespace Veltrix.Tests.Review;

/// <summary>README: "List indices are compacted … errors still name the keys as the source wrote them."</summary>
public sealed class ListElementValidationTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Build_RuleFailsInElementWithSparseIndex_NamesKeyAsWritten()
    {
        var builder = VeltrixConfiguration.CreateBuilder<NestedValidationConfig>()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Guarded:Primary:Address"] = "p",
                ["Guarded:Pool:3:Address"] = "a",
                ["Guarded:Pool:7:Address"] = "b",
                ["Guarded:Pool:7:Weight"] = "500",
            });

        var ex = Assert.Throws<ConfigException>(() => builder.Build());

        var error = Assert.Single(ex.Errors);
        Assert.Equal("Guarded:Pool:7:Weight", error.KeyPath);
        Assert.Equal("Range", error.Rule);
    }

    [Fact]
    public void Build_RuleFailsInLaterSourceElement_LocatesItInThatSource()
    {
        var json = _temp.Write("appsettings.json", """
            {
              "Guarded": {
                "Primary": { "Address": "p" },
                "Pool": [
                  { "Address": "a", "Weight": 5 },
                  { "Address": "b" }
                ]
              }
            }
            """);
        var builder = VeltrixConfiguration.CreateBuilder<NestedValidationConfig>()
            .AddJsonFile(json)
            .AddSource(TestSources.Environment(new Dictionary<string, string>
            {
                ["Guarded:Pool:1:Address"] = "c",
                ["Guarded:Pool:1:Weight"] = "500",
            }));

        var ex = Assert.Throws<ConfigException>(() => builder.Build());

        var error = Assert.Single(ex.Errors);
        Assert.Equal("Guarded:Pool:1:Weight", error.KeyPath);
        Assert.Equal(new ConfigOrigin("environment variable VLXTEST_Guarded__Pool__1__Weight"), error.Origin);
    }
}
