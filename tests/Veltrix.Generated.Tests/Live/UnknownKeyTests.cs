using System.Collections;
using Veltrix.Tests.Binding;
using Veltrix.Tests.Hostile;
using Veltrix.Tests.Sources;

namespace Veltrix.Tests.Live;

/// <summary>
/// Unknown keys by default: a key under the schema's section that the schema lacks is ignored, as
/// Microsoft.Extensions.Configuration ignores it, and reported once with where it was set and what it likely meant.
/// </summary>
public sealed class UnknownKeyTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void JsonTypoUnderTheSection_IsIgnoredAndReportedWithPositionAndSuggestion()
    {
        var path = _temp.Write("appsettings.json", """
            {
              "Logging": { "LogLevel": "Debug" },
              "Hostile": {
                "Prot": 9090
              }
            }
            """);

        using var config = Builder().AddJsonFile(path).Build();

        Assert.Equal(8080, config.Current.Port);
        var unknown = Assert.Single(config.UnknownKeys);
        Assert.Equal(("UnknownKey", "Hostile:Prot", new ConfigOrigin(path, 4, 13)), (unknown.Rule, unknown.KeyPath, unknown.Origin));
        Assert.Equal("The key is not in the schema of section 'Hostile'; did you mean 'Hostile:Port'? Its value is ignored.", unknown.Message);
    }

    [Fact]
    public void UnknownSection_IsReportedOnceWhereItOpens()
    {
        var path = _temp.Write("appsettings.json", """
            {
              "Hostile": {
                "Innr": { "Limit": 5, "Host": "h" }
              }
            }
            """);

        using var config = Builder().AddJsonFile(path).Build();

        var unknown = Assert.Single(config.UnknownKeys);
        Assert.Equal(("Hostile:Innr", 3, "Hostile:Inner"), (unknown.KeyPath, unknown.Origin.Line, Suggested(unknown.Message)));
    }

    [Fact]
    public void CollectionEntriesAndEmptyOrNullSections_AreKnown()
    {
        var path = _temp.Write("appsettings.json", """
            {"Hostile": {"Weights": {"any": 1, "other": 2}, "Hosts": ["a", "b"], "Inner": null, "Password": null}}
            """);

        using var config = Builder().AddJsonFile(path).Build();

        Assert.Empty(config.UnknownKeys);
    }

    [Fact]
    public void UnknownFieldOfAListElement_IsReportedWithItsIndex_ButNotInAListALaterSourceReplaced()
    {
        var first = _temp.Write("a.json", """{"Merge": {"Replaced": [{"Adress": "x"}], "Endpoints": [{"Address": "a"}, {"Address": "b", "Weigth": 3}]}}""");
        var second = _temp.Write("b.json", """{"Merge": {"Replaced": [{"Address": "y"}]}}""");

        using var config = VeltrixConfiguration.CreateBuilder<MergeConfig>().AddJsonFile(first).AddJsonFile(second).Build();

        var unknown = Assert.Single(config.UnknownKeys);
        Assert.Equal("Merge:Endpoints:1:Weigth", unknown.KeyPath);
    }

    [Fact]
    public void CommandLine_TypoInTheSectionAndSectionKeyWithoutItsSection_AreReported_OtherArgumentsAreNot()
    {
        using var config = Builder().AddCommandLine(["--Hostile:Prot=9090", "--Port=9090", "--urls=http://*:80", "--environment=Production"]).Build();

        Assert.Equal(
            [("Hostile:Prot", "command-line argument 1", "Hostile:Port"), ("Port", "command-line argument 2", "Hostile:Port")],
            config.UnknownKeys.Select(e => (e.KeyPath, e.Origin.Source, Suggested(e.Message))));
        Assert.StartsWith("The key is outside section 'Hostile'; did you mean 'Hostile:Port'?", config.UnknownKeys[1].Message, StringComparison.Ordinal);
        Assert.Equal(8080, config.Current.Port);
    }

    [Fact]
    public void PrefixedEnvironment_NamesTheVariable_AndTheProcessVariablesAreLeftAlone()
    {
        var table = new Hashtable { ["PATH"] = "/usr/bin", ["HOME"] = "/root", ["APP_Hostile__Prot"] = "9", ["APP_Port"] = "9" };

        using var config = Builder().AddSource(new EnvironmentVariablesSource("APP_", strict: false, () => table)).Build();

        Assert.Equal(
            [("Port", "environment variable APP_Port"), ("Hostile:Prot", "environment variable APP_Hostile__Prot")],
            config.UnknownKeys.Select(e => (e.KeyPath, e.Origin.Source)).OrderBy(e => e.KeyPath.Length));
    }

    [Fact]
    public void RootSchema_ReportsOnlyLikelyMisspellings_AndNeverTheProcessEnvironment()
    {
        var path = _temp.Write("appsettings.json", """{"Prot": 1, "Logging": {"LogLevel": "Debug"}, "AllowedHosts": "*"}""");
        var table = new Hashtable { ["PORT"] = "2", ["PORTS"] = "3", ["HOME"] = "/root" };

        using var config = VeltrixConfiguration.CreateBuilder<RootSectionConfig>()
            .AddJsonFile(path)
            .AddSource(new EnvironmentVariablesSource(null, strict: false, () => table))
            .Build();

        Assert.Equal(2, config.Current.Port);
        var unknown = Assert.Single(config.UnknownKeys);
        Assert.Equal(("Prot", path, "Port"), (unknown.KeyPath, unknown.Origin.Source, Suggested(unknown.Message)));
    }

    [Fact]
    public void Message_NeverQuotesTheValue()
    {
        using var config = Builder().AddInMemoryCollection([new("Hostile:Passwrd", "s3cr3t-value")]).Build();

        var unknown = Assert.Single(config.UnknownKeys);
        Assert.DoesNotContain("s3cr3t", unknown.ToString(), StringComparison.Ordinal);
        Assert.Equal("Hostile:Password", Suggested(unknown.Message));
    }

    [Fact]
    public void Ignore_ReportsNothing()
    {
        using var config = Builder().WithUnknownKeys(UnknownKeyHandling.Ignore).AddCommandLine(["--Hostile:Prot=1"]).Build();

        Assert.Empty(config.UnknownKeys);
    }

    [Fact]
    public void Reject_FailsTheLoad_AndAReloadKeepsTheLastGoodSnapshot()
    {
        var path = _temp.Write("appsettings.json", """{"Hostile": {"Port": 1}}""");
        var ex = Assert.Throws<ConfigException>(() => Builder().WithUnknownKeys(UnknownKeyHandling.Reject).AddCommandLine(["--Hostile:Prot=1"]).Build());
        var error = Assert.Single(ex.Errors);
        Assert.Equal(("UnknownKey", "Hostile:Prot"), (error.Rule, error.KeyPath));
        Assert.Contains("Unknown keys are errors (UnknownKeyHandling.Reject).", error.Message, StringComparison.Ordinal);

        using var config = Builder().WithUnknownKeys(UnknownKeyHandling.Reject).AddJsonFile(path).Build();
        File.WriteAllText(path, """{"Hostile": {"Port": 2, "Prot": 3}}""");

        Assert.Equal(ReloadResult.Failed, config.Reload());
        Assert.Equal((1, "Hostile:Prot"), (config.Current.Port, config.LastError!.Errors[0].KeyPath));
    }

    [Fact]
    public void StrictSource_ReportsItsUnknownKeyOnce_AsAnError()
    {
        var ex = Assert.Throws<ConfigException>(() => Builder().AddCommandLine(["--Hostile:Prot=1"], strict: true).Build());

        Assert.Single(ex.Errors);
    }

    [Fact]
    public void WithUnknownKeys_UndefinedValue_IsRefused()
        => Assert.Throws<ArgumentOutOfRangeException>(() => Builder().WithUnknownKeys((UnknownKeyHandling)7));

    [Fact]
    public void Reload_RaisesTheEventWhenTheKeysChange_OnlyThen()
    {
        var path = _temp.Write("appsettings.json", """{"Hostile": {"Port": 1}}""");
        using var config = Builder().AddJsonFile(path).Build();
        var events = new List<ConfigUnknownKeysEventArgs>();
        config.UnknownKeysChanged += (_, e) => events.Add(e);

        // A typo saved: the values are the same, so nothing changed, yet the typo is news.
        File.WriteAllText(path, """{"Hostile": {"Port": 1, "Prot": 2}}""");
        Assert.Equal(ReloadResult.Unchanged, config.Reload());

        // The same typo again, now beside a real change: no second report.
        File.WriteAllText(path, """{"Hostile": {"Port": 3, "Prot": 2}}""");
        Assert.Equal(ReloadResult.Changed, config.Reload());

        // Fixed.
        File.WriteAllText(path, """{"Hostile": {"Port": 2}}""");
        config.Reload();

        Assert.Equal(2, events.Count);
        Assert.Equal(("Hostile:Prot", 1L), (Assert.Single(events[0].Added).KeyPath, events[0].Generation));
        Assert.Equal((0, 0, 3L), (events[1].UnknownKeys.Count, events[1].Added.Count, events[1].Generation));
        Assert.Empty(config.UnknownKeys);
    }

    private static VeltrixConfigurationBuilder<HostileConfig> Builder() => VeltrixConfiguration.CreateBuilder<HostileConfig>();

    private static string? Suggested(string message)
    {
        const string Marker = "did you mean '";
        var start = message.IndexOf(Marker, StringComparison.Ordinal);
        return start < 0 ? null : message[(start + Marker.Length)..message.IndexOf('\'', start + Marker.Length)];
    }
}
