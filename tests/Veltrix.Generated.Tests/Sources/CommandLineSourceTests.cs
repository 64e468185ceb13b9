using Microsoft.Extensions.Configuration;
using Xunit;
using static Veltrix.Tests.Sources.ConfigData;

namespace Veltrix.Tests.Sources;

public sealed class CommandLineSourceTests
{
    private static readonly Dictionary<string, string> Mappings = new()
    {
        ["-p"] = "Server:Port",
        ["--alias"] = "Server:Name",
    };

    [Fact]
    public void Load_EveryForm_SetsItsKey()
    {
        var builder = Load(new CommandLineSource(["--a=1", "--b", "2", "/c=3", "/d", "4", "e=5", "--Server:Port=80"]));

        AssertNoErrors(builder);
        Assert.Equal(
            new Dictionary<string, string?> { ["a"] = "1", ["b"] = "2", ["c"] = "3", ["d"] = "4", ["e"] = "5", ["Server:Port"] = "80" },
            Values(builder));
    }

    [Fact]
    public void Load_ArgumentWithoutPrefixOrEquals_IsIgnored()
    {
        var builder = Load(new CommandLineSource(["run", "", "--a=1", "positional"]));

        AssertNoErrors(builder);
        Assert.Equal(new Dictionary<string, string?> { ["a"] = "1" }, Values(builder));
    }

    [Fact]
    public void Load_Values_AreLiteral()
    {
        var builder = Load(new CommandLineSource(["--a=$HOME %PATH% ${x}", "--b=x=y", "--c=", "--d", "--e", "--f", " spaced "]));

        AssertNoErrors(builder);
        Assert.Equal(
            new Dictionary<string, string?> { ["a"] = "$HOME %PATH% ${x}", ["b"] = "x=y", ["c"] = "", ["d"] = "--e", ["f"] = " spaced " },
            Values(builder));
    }

    [Fact]
    public void Load_MappedSwitches_SetTheirKeys()
    {
        var builder = Load(new CommandLineSource(["-p", "8080", "--alias", "api"], Mappings));

        AssertNoErrors(builder);
        Assert.Equal(new Dictionary<string, string?> { ["Server:Port"] = "8080", ["Server:Name"] = "api" }, Values(builder));
    }

    [Theory]
    [InlineData("-P=1")]
    [InlineData("--ALIAS=1")]
    [InlineData("/alias=1")]
    [InlineData("/Alias")]
    public void Load_MappedSwitchInAnotherSpelling_IsMapped(string argument)
    {
        var builder = Load(new CommandLineSource([argument, "1"], Mappings));

        AssertNoErrors(builder);
        Assert.Equal("1", Assert.Single(Values(builder)).Value);
        Assert.StartsWith("Server:", Assert.Single(Values(builder)).Key, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DoubleDashFormOfAShortMapping_IsAPlainKey()
    {
        // As in MEC: "-p" is mapped, "--p" is the key "p".
        var values = Values(Load(new CommandLineSource(["--p=1"], Mappings)));

        Assert.Equal(new Dictionary<string, string?> { ["p"] = "1" }, values);
    }

    [Fact]
    public void Load_UnmappedSingleDashSwitch_ReportsErrorWithoutTheValue()
    {
        var builder = Load(new CommandLineSource(["--a=1", "-x=hunter2"], Mappings));

        var error = SingleError(builder);
        Assert.Equal("Syntax", error.Rule);
        Assert.Equal(new ConfigOrigin("command-line argument 2"), error.Origin);
        Assert.Contains("'-x' is not in the switch mappings", error.Message, StringComparison.Ordinal);
        Assert.Contains("'--x'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnmappedSingleDashSwitchWithSeparateValue_ReportsErrorAndLeavesTheValueUnread()
    {
        var builder = Load(new CommandLineSource(["-x", "9", "--y=1"]));

        var error = SingleError(builder);
        Assert.Equal(new ConfigOrigin("command-line argument 1"), error.Origin);
        Assert.Equal(new Dictionary<string, string?> { ["y"] = "1" }, Values(builder));
    }

    [Theory]
    [InlineData("--b", "b")]
    [InlineData("/b", "b")]
    [InlineData("-p", "Server:Port")]
    public void Load_LastSwitchWithoutValue_ReportsHasNoValue(string last, string key)
    {
        var error = SingleError(Load(new CommandLineSource(["--a=1", last], Mappings)));

        Assert.Equal("Syntax", error.Rule);
        Assert.Equal(key, error.KeyPath);
        Assert.Contains("has no value", error.Message, StringComparison.Ordinal);
        Assert.Equal(new ConfigOrigin("command-line argument 2"), error.Origin);
    }

    [Fact]
    public void Load_Origin_IsTheArgumentHoldingTheKey()
    {
        var builder = Load(new CommandLineSource(["serve", "--a", "1", "--b=2", "-p", "3"], Mappings));

        Assert.Equal(new ConfigOrigin("command-line argument 2"), Node(builder, "a").Origin);
        Assert.Equal(new ConfigOrigin("command-line argument 4"), Node(builder, "b").Origin);
        Assert.Equal(new ConfigOrigin("command-line argument 5"), Node(builder, "Server:Port").Origin);
    }

    [Fact]
    public void Load_SameKeyTwice_IsReportedByTheBuilderWithBothArguments()
    {
        var error = SingleError(Load(new CommandLineSource(["--a=1", "x", "--A", "2"])));

        Assert.Equal("DuplicateKey", error.Rule);
        Assert.Contains("first at command-line argument 1, again at command-line argument 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EmptyKey_IsReportedByTheBuilder()
    {
        var error = SingleError(Load(new CommandLineSource(["--=1"])));

        Assert.Equal("Key", error.Rule);
    }

    [Fact]
    public void Name_IsCommandLine()
    {
        Assert.Equal("command line", new CommandLineSource([]).Name);
    }

    [Fact]
    public void Constructor_CopiesArgumentsAndMappings()
    {
        var args = new List<string> { "--a=1" };
        var mappings = new Dictionary<string, string> { ["-k"] = "K" };
        var source = new CommandLineSource(args, mappings);

        args[0] = "--a=2";
        mappings["-k"] = "Other";

        Assert.Equal("1", Values(Load(source))["a"]);
        Assert.Equal(["--a=1"], source.Args);
        Assert.Equal("K", source.SwitchMappings!["-K"]);
    }

    [Theory]
    [InlineData("k")]
    [InlineData("/k")]
    [InlineData("-")]
    [InlineData("--")]
    [InlineData("-k=v")]
    public void Constructor_InvalidMappingSwitch_Throws(string badSwitch)
    {
        var error = Assert.Throws<ArgumentException>(() => new CommandLineSource([], new Dictionary<string, string> { [badSwitch] = "Key" }));

        Assert.Equal("switchMappings", error.ParamName);
    }

    [Fact]
    public void Constructor_MappingsDifferingOnlyInCase_Throw()
    {
        var mappings = new Dictionary<string, string>(StringComparer.Ordinal) { ["-k"] = "A", ["-K"] = "B" };

        var error = Assert.Throws<ArgumentException>(() => new CommandLineSource([], mappings));

        Assert.Contains("mapped twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_MappingToEmptyKey_Throws()
    {
        Assert.Throws<ArgumentException>(() => new CommandLineSource([], new Dictionary<string, string> { ["-k"] = "" }));
    }

    [Fact]
    public void Constructor_NullArgument_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new CommandLineSource(null!));
        Assert.Throws<ArgumentException>(() => new CommandLineSource(["--a=1", null!]));
    }

    public static TheoryData<string[]> ValidArgumentLists => new()
    {
        { ["--a=1", "--b", "2", "/c=3", "/d", "4", "e=5"] },
        { ["run", "--Server:Port=80", "positional", "--Server:Hosts:0=x"] },
        { ["-p", "8080", "--alias", "api", "/Other=1"] },
        { ["-P=1", "/ALIAS", "two", "--p=3"] },
        { ["--a=", "--b=x=y", "--c", "--d"] },
        { ["---a=1", "--a:b=2"] },
    };

    [Theory]
    [MemberData(nameof(ValidArgumentLists))]
    public void Load_ValidArguments_MatchMicrosoftExtensionsConfiguration(string[] args)
    {
        var expected = new ConfigurationBuilder().AddCommandLine(args, Mappings).Build()
            .AsEnumerable()
            .Where(pair => pair.Value is not null)
            .ToDictionary(pair => pair.Key, pair => (string?)pair.Value, StringComparer.OrdinalIgnoreCase);

        var builder = Load(new CommandLineSource(args, Mappings));

        AssertNoErrors(builder);
        Assert.Equal(expected, Values(builder));
    }
}
