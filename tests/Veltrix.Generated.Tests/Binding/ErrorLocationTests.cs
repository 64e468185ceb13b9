namespace Veltrix.Tests.Binding;

/// <summary>
/// Every kind of error points at what explains it: a value at the value, a section's problem at the section's
/// opening brace or bracket, and a key no file has a section for at no line at all.
/// </summary>
public sealed class ErrorLocationTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void MissingRequired_SectionInFile_PointsAtTheSectionsOpeningBrace()
    {
        const string json = "{\n  \"Valid\": {\n    \"Port\": 8080,\n    \"Ratio\": 1\n  }\n}\n";
        var path = _temp.Write("appsettings.json", json);

        var error = SingleError(VeltrixConfiguration.CreateBuilder<ValidatedConfig>().AddJsonFile(path));

        Assert.Equal(("Valid:Name", "Required"), (error.KeyPath, error.Rule));
        Assert.Equal(new ConfigOrigin(path, 2, 12), error.Origin);
        Assert.Equal(JsonPosition.After(path, json, "\"Valid\": "), error.Origin);
    }

    [Fact]
    public void MissingRequired_SectionInTwoFiles_PointsAtTheLastFileThatOpensIt()
    {
        var first = _temp.Write("base.json", "{ \"Valid\": { \"Port\": 1 } }\n");
        const string json = "{\n  \"Other\": 1,\n  \"Valid\": {\n    \"Ratio\": 1\n  }\n}\n";
        var second = _temp.Write("overlay.json", json);

        var error = SingleError(VeltrixConfiguration.CreateBuilder<ValidatedConfig>().AddJsonFile(first).AddJsonFile(second));

        Assert.Equal(JsonPosition.After(second, json, "\"Valid\": "), error.Origin);
    }

    [Fact]
    public void MissingRequired_NoSourceHasTheSection_HasNoLocation()
    {
        var path = _temp.Write("appsettings.json", "{\n  \"Other\": {\n    \"Port\": 8080\n  }\n}\n");

        var error = SingleError(VeltrixConfiguration.CreateBuilder<ValidatedConfig>().AddJsonFile(path));

        Assert.Equal(("Valid:Name", "Required"), (error.KeyPath, error.Rule));
        Assert.Equal(ConfigOrigin.Unknown, error.Origin);
        Assert.StartsWith("'Valid:Name': ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void MissingRequired_SectionOnlyFromVariables_HasNoLocation()
    {
        var error = SingleError(VeltrixConfiguration.CreateBuilder<ValidatedConfig>()
            .AddSource(TestSources.Environment(new Dictionary<string, string> { ["Valid:Port"] = "9090" })));

        Assert.Equal(("Valid:Name", "Required"), (error.KeyPath, error.Rule));
        Assert.Equal(ConfigOrigin.Unknown, error.Origin);
    }

    [Fact]
    public void TypeError_PointsAtTheValue()
    {
        const string json = "{\n  \"Valid\": {\n    \"Name\": \"svc\",\n    \"Port\": \"abc\"\n  }\n}\n";
        var path = _temp.Write("appsettings.json", json);

        var error = SingleError(VeltrixConfiguration.CreateBuilder<ValidatedConfig>().AddJsonFile(path));

        Assert.Equal(("Valid:Port", "Type"), (error.KeyPath, error.Rule));
        Assert.Equal(new ConfigOrigin(path, 4, 13), error.Origin);
    }

    [Fact]
    public void ValidationError_OfAValue_PointsAtTheValue()
    {
        const string json = "{\n  \"Valid\": {\n    \"Name\": \"svc\",\n    \"Port\": 70000\n  }\n}\n";
        var path = _temp.Write("appsettings.json", json);

        var error = SingleError(VeltrixConfiguration.CreateBuilder<ValidatedConfig>().AddJsonFile(path));

        Assert.Equal(("Valid:Port", "Range"), (error.KeyPath, error.Rule));
        Assert.Equal(JsonPosition.After(path, json, "\"Port\": "), error.Origin);
    }

    [Fact]
    public void ValidationError_OfAList_PointsAtItsOpeningBracket()
    {
        const string json = "{\n  \"Valid\": {\n    \"Name\": \"svc\",\n    \"Few\": [1, 2, 3]\n  }\n}\n";
        var path = _temp.Write("appsettings.json", json);

        var error = SingleError(VeltrixConfiguration.CreateBuilder<ValidatedConfig>().AddJsonFile(path));

        Assert.Equal(("Valid:Few", "MaxLength"), (error.KeyPath, error.Rule));
        Assert.Equal(JsonPosition.After(path, json, "\"Few\": "), error.Origin);
    }

    [Fact]
    public void UnknownKey_InStrictSource_PointsAtTheUnknownKeysValue()
    {
        const string json = "{\n  \"Valid\": {\n    \"Name\": \"svc\",\n    \"Prot\": 9090\n  }\n}\n";
        var path = _temp.Write("appsettings.json", json);

        var error = SingleError(VeltrixConfiguration.CreateBuilder<ValidatedConfig>().AddJsonFile(path, JsonFileOptions.Strict));

        Assert.Equal(("Valid:Prot", "UnknownKey"), (error.KeyPath, error.Rule));
        Assert.Equal(JsonPosition.After(path, json, "\"Prot\": "), error.Origin);
    }

    [Fact]
    public void DuplicateKey_PointsAtTheSecondOccurrence()
    {
        const string json = "{\n  \"Valid\": {\n    \"Name\": \"svc\",\n    \"Port\": 1,\n    \"port\": 2\n  }\n}\n";
        var path = _temp.Write("appsettings.json", json);

        var error = SingleError(VeltrixConfiguration.CreateBuilder<ValidatedConfig>().AddJsonFile(path));

        Assert.Equal("DuplicateKey", error.Rule);
        Assert.Equal(5, error.Origin.Line);
        Assert.Contains($"{path}:4:", error.Message, StringComparison.Ordinal);
    }

    private static ConfigError SingleError(VeltrixConfigurationBuilder<ValidatedConfig> builder)
        => Assert.Single(Assert.Throws<ConfigException>(() => builder.Build()).Errors);
}
