using System.Collections;
using CsCheck;
using Veltrix.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Veltrix.Tests.Hostile;

/// <summary>
/// R20: generated configurations (edge values included) written as JSON, environment variables and arguments load
/// and bind back to the original; rewriting one document without changing its meaning (key order, whitespace,
/// comments and trailing commas, a split over two files) gives the same snapshot. Cases: 2,000 by default,
/// <c>VELTRIX_HOSTILE_CASES</c> raises them; a failure prints CsCheck's seed (<c>CsCheck_Seed</c> replays it).
/// </summary>
public sealed class RoundTripTests(ITestOutputHelper output) : IDisposable
{
    private readonly Binding.TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Differences_OneValueChanged_AreFound()
    {
        // The comparison the properties below rely on must see a change in any member, secrets included.
        var a = new HostileConfig { Password = "x", Weights = new() { ["k"] = 1 }, Hosts = ["a"] };
        Assert.Empty(SnapshotComparer.Differences(a, new HostileConfig { Password = "x", Weights = new() { ["K"] = 1 }, Hosts = ["a"] }));
        Assert.Equal(["Hostile:Password"], SnapshotComparer.Differences(a, new HostileConfig { Password = "y", Weights = new() { ["k"] = 1 }, Hosts = ["a"] }));
        Assert.NotEmpty(SnapshotComparer.Differences(a, new HostileConfig { Password = "x", Weights = new() { ["k"] = 2 }, Hosts = ["a"] }));
        Assert.NotEmpty(SnapshotComparer.Differences(a, new HostileConfig { Password = "x", Weights = new() { ["k"] = 1 }, Hosts = ["a", "b"] }));
    }

    [Fact]
    public void SerializeLoadBind_GeneratedConfigs_EqualTheOriginalThroughJsonEnvironmentAndCommandLine()
    {
        var cases = HostileGens.Cases(2_000);
        var ran = 0;
        HostileGens.Config.Select(Gen.Bool).Sample(
            (original, omitEmptyList) =>
            {
                var path = _temp.Write("roundtrip.json", HostileForms.Indent(HostileForms.ToJson(original, omitEmptyList: omitEmptyList)));
                AssertSame(original, Load(b => b.AddJsonFile(path)), "JSON");

                var variables = new Hashtable(HostileForms.ToEnvironment(original, "RT_"));
                AssertSame(original, Load(b => b.AddSource(new EnvironmentVariablesSource("RT_", strict: true, () => variables))), "environment");
                AssertSame(original, Load(b => b.AddCommandLine(HostileForms.ToArguments(original), strict: true)), "command line");
                ran++;
            },
            seed: Environment.GetEnvironmentVariable("CsCheck_Seed"),
            iter: cases,
            threads: 1,
            print: static t => HostileForms.Indent(HostileForms.ToJson(t.Item1)));

        ReliabilityFigures.Report(output, "R20", $"round trip serialize -> load -> bind equal to the original: {ran} generated configs x 3 sources (JSON, environment, command line) = {ran * 3} loads, 0 differences");
        Assert.Equal(cases, ran);
    }

    [Fact]
    public void Rewrites_KeyOrderWhitespaceCommentsAndSplit_GiveTheSameSnapshot()
    {
        var cases = HostileGens.Cases(2_000) / 2;
        var ran = 0;
        HostileGens.Config.Select(Gen.Int[0, int.MaxValue]).Sample(
            (original, seed) =>
            {
                var random = new Random(seed);
                var canonical = Load(b => b.AddJsonFile(_temp.Write("canonical.json", HostileForms.Indent(HostileForms.ToJson(original)))));
                AssertSame(original, canonical, "canonical");

                var order = Enumerable.Range(0, HostileForms.Pairs(original).Count).ToArray();
                random.Shuffle(order);
                AssertSame(canonical, Load(b => b.AddJsonFile(_temp.Write("shuffled.json", HostileForms.Minify(HostileForms.ToJson(original, order))))), "reordered and minified");
                AssertSame(canonical, Load(b => b.AddJsonFile(_temp.Write("commented.json", HostileForms.WithCommentsAndTrailingCommas(HostileForms.ToJson(original, order))))), "comments and trailing commas");

                // Each key goes to one of two files; the list goes whole to one of them, since a later list replaces.
                var inFirst = Enumerable.Range(0, order.Length).ToDictionary(i => HostileForms.Pairs(original)[i].Key, _ => random.Next(2) == 0);
                var listInFirst = random.Next(2) == 0;
                var first = _temp.Write("first.json", HostileForms.Indent(HostileForms.ToJson(original, include: k => inFirst[k], includeList: listInFirst)));
                var second = _temp.Write("second.json", HostileForms.Indent(HostileForms.ToJson(original, include: k => !inFirst[k], includeList: !listInFirst)));
                AssertSame(canonical, Load(b => b.AddJsonFile(first).AddJsonFile(second)), "split over two files");
                ran++;
            },
            seed: Environment.GetEnvironmentVariable("CsCheck_Seed"),
            iter: cases,
            threads: 1,
            print: static t => HostileForms.Indent(HostileForms.ToJson(t.Item1)));

        ReliabilityFigures.Report(output, "R20", $"metamorphic: {ran} generated configs x 4 rewrites (key order + minified, comments + trailing commas, split over two files) gave identical snapshots: 0 differences");
        Assert.Equal(cases, ran);
    }

    private static void AssertSame(HostileConfig expected, HostileConfig actual, string form)
    {
        var differences = SnapshotComparer.Differences(expected, actual);
        Assert.True(differences.Count == 0, $"{form}: {string.Join(", ", differences)} differ");
    }

    private static HostileConfig Load(Func<VeltrixConfigurationBuilder<HostileConfig>, VeltrixConfigurationBuilder<HostileConfig>> add)
    {
        using var config = add(VeltrixConfiguration.CreateBuilder<HostileConfig>()).Build();
        return config.Current;
    }
}
