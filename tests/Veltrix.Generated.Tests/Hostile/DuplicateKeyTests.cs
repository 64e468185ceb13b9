using System.Collections;
using System.Text.RegularExpressions;
using Veltrix.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Veltrix.Tests.Hostile;

/// <summary>
/// R22: a key given twice in one source, however it is spelled (same name, other case, nested object twice, a
/// colon path beside an object), is rejected with both occurrences named; nothing merges silently.
/// </summary>
public sealed class DuplicateKeyTests(ITestOutputHelper output) : IDisposable
{
    private readonly Binding.TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string, string> Documents => new()
    {
        { "same name", "\"a\": 1,\n  \"a\": 2" },
        { "other case", "\"a\": 1,\n  \"A\": 2" },
        { "object twice", "\"a\": { \"x\": 1 },\n  \"a\": { \"y\": 2 }" },
        { "colon path, then object", "\"a:b\": 1,\n  \"a\": { \"b\": 2 }" },
        { "object, then colon path", "\"a\": { \"b\": 1 },\n  \"A:B\": 2" },
        { "value, then colon path below it", "\"a\": 1,\n  \"a:b\": 2" },
        { "colon path twice in other case", "\"a:b\": 1,\n  \"A:b\": 2" },
        { "array, then object", "\"a\": [1],\n  \"a\": { \"0\": 2 }" },
        { "empty array twice", "\"a\": [],\n  \"a\": []" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Json_KeyGivenTwice_RejectedNamingBothPositions(string name, string members)
    {
        var path = _temp.Write("dup.json", "{\n  " + members + "\n}\n");

        var ex = Assert.Throws<ConfigException>(() => VeltrixConfiguration.CreateBuilder<HostileConfig>().AddJsonFile(path).Build());

        var error = Assert.Single(ex.Errors);
        Assert.Equal("DuplicateKey", error.Rule);
        var positions = Regex.Matches(error.Message, Regex.Escape(path) + @":(\d+):(\d+)").Select(static m => m.Groups[1].Value).ToList();
        Assert.True(positions is ["2", "3"], $"{name}: {error.Message}");
        Assert.Equal(3, error.Origin.Line);
    }

    [Fact]
    public void EnvironmentCommandLineAndMemory_KeyGivenTwiceInOtherCase_RejectedNamingBoth()
    {
        var environment = new Hashtable { ["APP_Hostile__Name"] = "a", ["app_HOSTILE__name"] = "b" };
        var cases = new (string Source, Func<VeltrixConfigurationBuilder<HostileConfig>, VeltrixConfigurationBuilder<HostileConfig>> Add, string First, string Second)[]
        {
            ("environment", b => b.AddSource(new EnvironmentVariablesSource("APP_", () => environment)), "environment variable APP_Hostile__Name", "environment variable app_HOSTILE__name"),
            ("command line", b => b.AddCommandLine(["--Hostile:Name=a", "/hostile:NAME", "b"]), "command-line argument 1", "command-line argument 2"),
            ("memory", b => b.AddInMemoryCollection([new("Hostile:Name", "a"), new("HOSTILE:NAME", "b")]), "in-memory 'Hostile:Name'", "in-memory 'HOSTILE:NAME'"),
        };

        foreach (var (source, add, first, second) in cases)
        {
            var ex = Assert.Throws<ConfigException>(() => add(VeltrixConfiguration.CreateBuilder<HostileConfig>()).Build());

            var error = Assert.Single(ex.Errors);
            Assert.Equal("DuplicateKey", error.Rule);
            Assert.True(error.Message.Contains(first, StringComparison.Ordinal) && error.Message.Contains(second, StringComparison.Ordinal), $"{source}: {error.Message}");
        }

        ReliabilityFigures.Report(output, "R22", $"duplicate and ambiguous keys: {Documents.Count} JSON spellings (same name, other case, object twice, colon path beside an object, …) and 3 other sources (environment case collision, command line, memory) all rejected naming both occurrences; silent merges 0");
    }
}
