using System.Collections;

namespace Veltrix.Tests.Hostile;

/// <summary>
/// Strict sources: a key the schema does not have is an error naming the key it most likely meant; lenient sources
/// ignore it. Environment and command line check every key; a JSON file checks only keys under the schema's section.
/// </summary>
public sealed class StrictKeysTests : IDisposable
{
    private readonly Binding.TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("Hostile__Prot", "Hostile:Port")]         // transposed letters
    [InlineData("Hostile__Nme", "Hostile:Name")]          // a missing letter
    [InlineData("hostile__inner__hots", "Hostile:Inner:Host")]
    [InlineData("Hostile__Time", "Hostile:Timeout")]      // a prefix of the key
    [InlineData("Hostil__Port", "Hostile:Port")]          // a typo in the section
    public void Environment_StrictUnknownKey_ReportedWithDidYouMean(string variable, string suggestion)
    {
        var ex = Assert.Throws<ConfigException>(() => Build(b => b.AddSource(Environment(true, ("APP_" + variable, "1")))));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(("UnknownKey", variable.Replace("__", ":", StringComparison.Ordinal)), (error.Rule, error.KeyPath));
        Assert.Contains($"did you mean '{suggestion}'?", error.Message, StringComparison.Ordinal);
        Assert.Equal("environment variable APP_" + variable, error.Origin.Source);
    }

    [Fact]
    public void Environment_StrictKeyFarFromAnyKey_ReportedWithoutSuggestion()
    {
        var ex = Assert.Throws<ConfigException>(() => Build(b => b.AddSource(Environment(true, ("APP_Logging__LogLevel", "Debug")))));

        var error = Assert.Single(ex.Errors);
        Assert.Equal("UnknownKey", error.Rule);
        Assert.DoesNotContain("did you mean", error.Message, StringComparison.Ordinal);
        Assert.Contains("Check the spelling", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Environment_LenientUnknownKeys_AreIgnored()
    {
        var config = Build(b => b.AddSource(Environment(false, ("APP_Hostile__Prot", "1"), ("APP_Logging__LogLevel", "Debug"), ("APP_Hostile__Port", "7"))));

        Assert.Equal(7, config.Port);
    }

    [Fact]
    public void Environment_StrictCollectionsAndSections_AreKnown()
    {
        var config = Build(b => b.AddSource(Environment(true,
            ("APP_Hostile__Weights__anything", "3"), ("APP_Hostile__Hosts__0", "h"), ("APP_Hostile__Inner__Limit", "5"))));

        Assert.Equal((3, "h", 5L), (config.Weights["ANYTHING"], config.Hosts[0], config.Inner.Limit));
    }

    [Fact]
    public void Environment_StrictWithoutPrefix_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new EnvironmentVariablesSource(null, strict: true));
        Assert.Throws<ArgumentException>(() => VeltrixConfiguration.CreateBuilder<HostileConfig>().AddEnvironmentVariables("", strict: true));
    }

    [Fact]
    public void CommandLine_StrictUnknownKeyAndMapping_ReportedWithArgumentNumbers()
    {
        var mappings = new Dictionary<string, string> { ["-p"] = "Hostile:Prt" };
        var ex = Assert.Throws<ConfigException>(() => Build(b => b.AddCommandLine(["positional", "--Hostile:Enabeld=true", "-p", "80"], mappings, strict: true)));

        Assert.Equal(
            [("Hostile:Enabeld", "command-line argument 2", "Hostile:Enabled"), ("Hostile:Prt", "command-line argument 3", "Hostile:Port")],
            ex.Errors.Select(e => (e.KeyPath, e.Origin.Source, Suggested(e.Message))));
    }

    [Fact]
    public void CommandLine_Lenient_IgnoresUnknownKeys()
        => Assert.Equal(81, Build(b => b.AddCommandLine(["--Hostile:Enabeld=true", "--Hostile:Port=81"])).Port);

    [Fact]
    public void Json_StrictUnknownKeyUnderTheSection_ReportedWithPosition()
    {
        var path = _temp.Write("appsettings.json", """
            {
              "Logging": { "LogLevel": "Debug" },
              "Hostile": {
                "Inner": { "Limt": 5 },
                "Weights": { "any": 1 },
                "Hosts": [],
                "Password": null
              }
            }
            """);

        var ex = Assert.Throws<ConfigException>(() => Build(b => b.AddJsonFile(path, new JsonFileOptions { RejectUnknownKeys = true })));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(("UnknownKey", "Hostile:Inner:Limt", new ConfigOrigin(path, 4, 24)), (error.Rule, error.KeyPath, error.Origin));
        Assert.Equal("Hostile:Inner:Limit", Suggested(error.Message));
    }

    [Fact]
    public void Json_StrictEmptySectionAndNullSection_AreKnown()
    {
        Build(b => b.AddJsonFile(_temp.Write("a.json", """{"Hostile": {}}"""), JsonFileOptions.Strict));
        Build(b => b.AddJsonFile(_temp.Write("b.json", """{"Hostile": {"Inner": null, "Weights": {}}}"""), JsonFileOptions.Strict));
    }

    [Fact]
    public void Json_DefaultOptions_IgnoreUnknownKeys()
        => Assert.Equal(8080, Build(b => b.AddJsonFile(_temp.Write("a.json", """{"Hostile": {"Prot": 1}}"""))).Port);

    private static string? Suggested(string message)
    {
        const string Marker = "did you mean '";
        var start = message.IndexOf(Marker, StringComparison.Ordinal);
        return start < 0 ? null : message[(start + Marker.Length)..message.IndexOf('\'', start + Marker.Length)];
    }

    private static EnvironmentVariablesSource Environment(bool strict, params (string Name, string Value)[] variables)
    {
        var table = new Hashtable { ["PATH"] = "/usr/bin", ["HOME"] = "/root" };
        foreach (var (name, value) in variables)
        {
            table[name] = value;
        }

        return new EnvironmentVariablesSource("APP_", strict, () => table);
    }

    private static HostileConfig Build(Func<VeltrixConfigurationBuilder<HostileConfig>, VeltrixConfigurationBuilder<HostileConfig>> add)
    {
        using var config = add(VeltrixConfiguration.CreateBuilder<HostileConfig>()).Build();
        return config.Current;
    }
}
