using Xunit;

namespace Veltrix.Tests.Binding;

public sealed class ValidationTests : IDisposable
{
    // Every member valid, one per line, so that each value has its own line and column.
    private static readonly (string Key, string Raw)[] ValidMembers =
    [
        ("Name", "\"svc\""),
        ("Port", "8080"),
        ("Ratio", "1.0"),
        ("Timeout", "\"00:00:30\""),
        ("Slug", "\"abc\""),
        ("Code", "\"ab\""),
        ("Nick", "\"x\""),
        ("Mid", "\"abc\""),
        ("Tint", "\"red\""),
        ("Shade", "\"Red\""),
        ("User", "\"guest\""),
        ("Hosts", "[\"h1\"]"),
        ("Few", "[1]"),
        ("Tags", "[\"a\"]"),
        ("Codes", "[\"c1\"]"),
        ("Probability", "0.5"),
        ("Label", "\"abc\""),
        ("Retries", "3"),
        ("Level", "5"),
    ];

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Build_EveryRuleSatisfied_Binds()
    {
        var (_, path) = Write();

        using var config = VeltrixConfiguration.CreateBuilder<ValidatedConfig>().AddJsonFile(path).Build();

        Assert.Equal("svc", config.Current.Name);
        Assert.Equal(8080, config.Current.Port);
        Assert.Equal(Color.Red, config.Current.Shade);
    }

    [Theory]
    [InlineData("Port", "1")]
    [InlineData("Port", "65535")]
    [InlineData("Ratio", "0.5")]
    [InlineData("Ratio", "1.5")]
    [InlineData("Timeout", "\"00:00:01\"")]
    [InlineData("Timeout", "\"01:00:00\"")]
    [InlineData("Slug", "\"xyz\"")]
    [InlineData("Code", "\"abcdefgh\"")]
    [InlineData("Nick", "\"abcde\"")]
    [InlineData("Mid", "\"ab\"")]
    [InlineData("Mid", "\"abcd\"")]
    [InlineData("Tint", "\"green\"")]
    [InlineData("Shade", "\"green\"")]
    [InlineData("User", "\"operator\"")]
    [InlineData("Hosts", "[\"a\", \"b\"]")]
    [InlineData("Few", "[1, 2]")]
    [InlineData("Few", "[]")]
    [InlineData("Tags", "[\"a\", \"b\", \"c\"]")]
    [InlineData("Codes", "[\"a\", \"b\"]")]
    [InlineData("Probability", "0.999")]
    [InlineData("Label", "\"ab\"")]
    [InlineData("Label", "\"abcde\"")]
    [InlineData("Retries", "10")]
    [InlineData("Level", "null")]
    [InlineData("Level", "1")]
    public void Build_ValueAtRuleBoundary_Passes(string member, string raw)
    {
        var (_, path) = Write((member, raw));

        using var config = VeltrixConfiguration.CreateBuilder<ValidatedConfig>().AddJsonFile(path).Build();

        Assert.Equal(1, config.Generation);
    }

    [Theory]
    [InlineData("Port", "70000", "Range")]
    [InlineData("Port", "0", "Range")]
    [InlineData("Ratio", "2.5", "Range")]
    [InlineData("Ratio", "0.25", "Range")]
    [InlineData("Timeout", "\"02:00:00\"", "Range")]
    [InlineData("Slug", "\"ABC\"", "RegularExpression")]
    [InlineData("Slug", "\"abc1\"", "RegularExpression")]
    [InlineData("Code", "\"a\"", "MinLength")]
    [InlineData("Nick", "\"toolong\"", "MaxLength")]
    [InlineData("Mid", "\"a\"", "Length")]
    [InlineData("Mid", "\"abcde\"", "Length")]
    [InlineData("Tint", "\"blue\"", "AllowedValues")]
    [InlineData("Shade", "\"Blue\"", "AllowedValues")]
    [InlineData("User", "\"root\"", "DeniedValues")]
    [InlineData("User", "\"admin\"", "DeniedValues")]
    [InlineData("Name", "\"\"", "Required")]
    [InlineData("Name", "\"   \"", "Required")]
    [InlineData("Probability", "0", "Range")]
    [InlineData("Probability", "1", "Range")]
    [InlineData("Label", "\"a\"", "StringLength")]
    [InlineData("Label", "\"abcdef\"", "StringLength")]
    [InlineData("Retries", "11", "Range")]
    [InlineData("Level", "0", "Range")]
    public void Build_ScalarBreaksRule_ReportsKeyRuleAndExactPosition(string member, string raw, string rule)
    {
        var (json, path) = Write((member, raw));

        var ex = Assert.Throws<ConfigException>(() => VeltrixConfiguration.CreateBuilder<ValidatedConfig>().AddJsonFile(path).Build());

        var error = Assert.Single(ex.Errors);
        Assert.Equal(("Valid:" + member, rule), (error.KeyPath, error.Rule));
        Assert.Equal(JsonPosition.After(path, json, $"\"{member}\": "), error.Origin);
        Assert.Contains(error.Origin.ToString(), ex.Message, StringComparison.Ordinal);
        Assert.Contains("'Valid:" + member + "'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("[" + rule + "]", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hosts", "[]", "MinLength")]
    [InlineData("Few", "[1, 2, 3]", "MaxLength")]
    [InlineData("Tags", "[]", "Length")]
    [InlineData("Tags", "[\"a\", \"b\", \"c\", \"d\"]", "Length")]
    [InlineData("Codes", "[\"a\", \"b\", \"c\"]", "MaxLength")]
    public void Build_CollectionBreaksRule_ReportsKeyRuleAndLine(string member, string raw, string rule)
    {
        var (json, path) = Write((member, raw));

        var ex = Assert.Throws<ConfigException>(() => VeltrixConfiguration.CreateBuilder<ValidatedConfig>().AddJsonFile(path).Build());

        var error = Assert.Single(ex.Errors);
        Assert.Equal(("Valid:" + member, rule), (error.KeyPath, error.Rule));
        Assert.Equal(path, error.Origin.Source);
        Assert.Equal(JsonPosition.LineOf(json, $"\"{member}\": "), error.Origin.Line);
    }

    [Fact]
    public void Build_RangeFails_MessageNamesBounds()
    {
        var (_, path) = Write(("Port", "70000"));

        var ex = Assert.Throws<ConfigException>(() => VeltrixConfiguration.CreateBuilder<ValidatedConfig>().AddJsonFile(path).Build());

        var message = Assert.Single(ex.Errors).Message;
        Assert.Contains("70000", message, StringComparison.Ordinal);
        Assert.Contains("65535", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_RuleWithCustomErrorMessage_UsesThatMessage()
    {
        var (_, path) = Write(("Retries", "11"));

        var ex = Assert.Throws<ConfigException>(() => VeltrixConfiguration.CreateBuilder<ValidatedConfig>().AddJsonFile(path).Build());

        Assert.Contains("Retries must be 1-10 (Retries).", Assert.Single(ex.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_RequiredKeyMissing_ReportsRequiredAtKeyPath()
    {
        var (_, path) = Write(("Name", null));

        var ex = Assert.Throws<ConfigException>(() => VeltrixConfiguration.CreateBuilder<ValidatedConfig>().AddJsonFile(path).Build());

        var error = Assert.Single(ex.Errors);
        Assert.Equal(("Valid:Name", "Required"), (error.KeyPath, error.Rule));
    }

    [Fact]
    public void Build_NoSourceAtAll_ReportsRequiredKey()
    {
        var ex = Assert.Throws<ConfigException>(() => VeltrixConfiguration.CreateBuilder<ValidatedConfig>().Build());

        var error = Assert.Single(ex.Errors);
        Assert.Equal(("Valid:Name", "Required"), (error.KeyPath, error.Rule));
    }

    [Fact]
    public void Build_EveryRequiredKindMissing_ReportsEachInOneException()
    {
        var ex = Assert.Throws<ConfigException>(() => VeltrixConfiguration.CreateBuilder<RequiredConfig>()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Req:Optional"] = "1" })
            .Build());

        Assert.Equal(
            new[] { ("Req:Name", "Required"), ("Req:Region", "Required"), ("Req:Workers", "Required") },
            ex.Errors.Select(e => (e.KeyPath, e.Rule)).OrderBy(e => e.KeyPath, StringComparer.Ordinal));
    }

    [Fact]
    public void Build_EveryRequiredKeyPresent_Binds()
    {
        using var config = VeltrixConfiguration.CreateBuilder<RequiredConfig>()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Req:Name"] = "n", ["Req:Workers"] = "0", ["Req:Region"] = "eu" })
            .Build();

        Assert.Equal(("n", 0, "eu", 5), (config.Current.Name, config.Current.Workers, config.Current.Region, config.Current.Optional));
    }

    [Fact]
    public void Build_SeveralProblems_OneExceptionListsEvery()
    {
        var (json, path) = Write(("Name", null), ("Port", "70000"), ("Slug", "\"ABC\""), ("Timeout", "\"soon\""), ("Hosts", "[]"));

        var ex = Assert.Throws<ConfigException>(() => VeltrixConfiguration.CreateBuilder<ValidatedConfig>().AddJsonFile(path).Build());

        Assert.Equal(
            new[]
            {
                ("Valid:Hosts", "MinLength"),
                ("Valid:Name", "Required"),
                ("Valid:Port", "Range"),
                ("Valid:Slug", "RegularExpression"),
                ("Valid:Timeout", "Type"),
            },
            ex.Errors.Select(e => (e.KeyPath, e.Rule)).OrderBy(e => e.KeyPath, StringComparer.Ordinal));
        Assert.Contains("(5 problems)", ex.Message, StringComparison.Ordinal);
        foreach (var member in new[] { "Port", "Slug", "Timeout" })
        {
            var origin = JsonPosition.After(path, json, $"\"{member}\": ");
            Assert.Equal(origin, ex.Errors.Single(e => e.KeyPath == "Valid:" + member).Origin);
            Assert.Contains(origin + ": 'Valid:" + member + "'", ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Build_ValueOfWrongType_ReportsKeyFileLineColumnAndTargetType()
    {
        var (json, path) = Write(("Port", "\"abc\""));

        var ex = Assert.Throws<ConfigException>(() => VeltrixConfiguration.CreateBuilder<ValidatedConfig>().AddJsonFile(path).Build());

        var error = Assert.Single(ex.Errors);
        var origin = JsonPosition.After(path, json, "\"Port\": ");
        Assert.Equal(("Valid:Port", "Type"), (error.KeyPath, error.Rule));
        Assert.Equal(origin, error.Origin);
        Assert.Contains("Int32", error.Message, StringComparison.Ordinal);
        Assert.Contains($"{path}:{origin.Line}:{origin.Column}: 'Valid:Port':", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_TimeSpanOfWrongTypeFromEnvironment_NamesVariableAndTargetType()
    {
        var ex = Assert.Throws<ConfigException>(() => VeltrixConfiguration.CreateBuilder<ValidatedConfig>()
            .AddSource(TestSources.Environment(new Dictionary<string, string> { ["Valid:Name"] = "svc", ["Valid:Timeout"] = "soon" }))
            .Build());

        var error = Assert.Single(ex.Errors);
        Assert.Equal(("Valid:Timeout", "Type"), (error.KeyPath, error.Rule));
        Assert.Equal("environment variable VLXTEST_Valid__Timeout", error.Origin.Source);
        Assert.Contains("TimeSpan", error.Message, StringComparison.Ordinal);
        Assert.Contains("'soon'", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Writes the valid document with some members replaced (or removed, when the raw value is null).</summary>
    private (string Json, string Path) Write(params (string Key, string? Raw)[] overrides)
    {
        var lines = new List<string>();
        foreach (var (key, raw) in ValidMembers)
        {
            var value = raw;
            foreach (var (overrideKey, overrideRaw) in overrides)
            {
                if (overrideKey == key)
                {
                    value = overrideRaw;
                }
            }

            if (value is not null)
            {
                lines.Add($"    \"{key}\": {value}");
            }
        }

        var json = "{\n  \"Valid\": {\n" + string.Join(",\n", lines) + "\n  }\n}\n";
        return (json, _temp.Write("valid.json", json));
    }
}
