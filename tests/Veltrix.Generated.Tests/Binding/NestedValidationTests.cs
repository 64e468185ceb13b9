using Xunit;

namespace Veltrix.Tests.Binding;

public sealed class NestedValidationTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Build_EveryNestedRuleSatisfied_Binds()
    {
        var (_, path) = Write(Document());

        using var config = VeltrixConfiguration.CreateBuilder<NestedValidationConfig>().AddJsonFile(path).Build();

        Assert.Equal(2, config.Current.Pool.Count);
        Assert.Equal(50, config.Current.ByName["EDGE"].Weight);
    }

    [Fact]
    public void Build_NestedSectionValueBreaksRule_ReportsFullKeyPathAndPosition()
    {
        var (json, path) = Write(Document(primaryWeight: "0"));

        var error = AssertSingleError(path);

        Assert.Equal(("Guarded:Primary:Weight", "Range"), (error.KeyPath, error.Rule));
        Assert.Equal(JsonPosition.After(path, json, "\"Weight\": ", "0"), error.Origin);
    }

    [Fact]
    public void Build_ListElementValueBreaksRule_ReportsElementKeyPathAndPosition()
    {
        var (json, path) = Write(Document(secondWeight: "500"));

        var error = AssertSingleError(path);

        Assert.Equal(("Guarded:Pool:1:Weight", "Range"), (error.KeyPath, error.Rule));
        Assert.Equal(JsonPosition.After(path, json, "\"Weight\": ", "500"), error.Origin);
    }

    [Fact]
    public void Build_DictionaryEntryValueBreaksRule_ReportsEntryKeyPathAndPosition()
    {
        var (json, path) = Write(Document(edgeWeight: "-3"));

        var error = AssertSingleError(path);

        Assert.Equal(("Guarded:ByName:edge:Weight", "Range"), (error.KeyPath, error.Rule));
        Assert.Equal(JsonPosition.After(path, json, "\"Weight\": ", "-3"), error.Origin);
    }

    [Fact]
    public void Build_ListElementMissesRequiredKey_ReportsElementKeyPath()
    {
        var (_, path) = Write(Document(firstAddress: null));

        var error = AssertSingleError(path);

        Assert.Equal(("Guarded:Pool:0:Address", "Required"), (error.KeyPath, error.Rule));
    }

    [Fact]
    public void Build_ProblemsInSeveralElements_ReportsEach()
    {
        var (_, path) = Write(Document(primaryWeight: "0", secondWeight: "500", edgeWeight: "-3", firstAddress: null));

        var ex = Assert.Throws<ConfigException>(() => VeltrixConfiguration.CreateBuilder<NestedValidationConfig>().AddJsonFile(path).Build());

        Assert.Equal(
            new[] { "Guarded:ByName:edge:Weight", "Guarded:Pool:0:Address", "Guarded:Pool:1:Weight", "Guarded:Primary:Weight" },
            ex.Errors.Select(e => e.KeyPath).Order(StringComparer.Ordinal));
    }

    private static ConfigError AssertSingleError(string path)
    {
        var ex = Assert.Throws<ConfigException>(() => VeltrixConfiguration.CreateBuilder<NestedValidationConfig>().AddJsonFile(path).Build());
        return Assert.Single(ex.Errors);
    }

    private (string Json, string Path) Write(string json) => (json, _temp.Write("guarded.json", json));

    // Each value that a test breaks is the only one of its text in the document, so its position can be found.
    private static string Document(
        string primaryWeight = "10",
        string secondWeight = "20",
        string edgeWeight = "50",
        string? firstAddress = "\"a1\"")
    {
        var first = firstAddress is null ? "{ \"Weight\": 30 }" : $"{{ \"Address\": {firstAddress}, \"Weight\": 30 }}";
        return $$"""
            {
              "Guarded": {
                "Primary": {
                  "Address": "p",
                  "Weight": {{primaryWeight}}
                },
                "Pool": [
                  {{first}},
                  {
                    "Address": "a2",
                    "Weight": {{secondWeight}}
                  }
                ],
                "ByName": {
                  "edge": {
                    "Address": "e",
                    "Weight": {{edgeWeight}}
                  }
                }
              }
            }
            """;
    }
}
