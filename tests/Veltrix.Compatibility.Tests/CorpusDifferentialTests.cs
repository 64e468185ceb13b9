using Veltrix.Compatibility.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Veltrix.Compatibility.Tests;

/// <summary>
/// Binds the options classes of real projects from the files those projects ship, with ConfigurationBinder (as
/// the projects do) and with Veltrix, under the files alone and under environment-variable and command-line
/// overrides, and requires the same object graph key path by key path. Annotating an existing options class must
/// change no value (docs: DESIGN.md, "Principles").
/// </summary>
public sealed class CorpusDifferentialTests(ITestOutputHelper output)
{
    /// <summary>
    /// Deliberate, documented differences: <c>(corpus, key path pattern, reason)</c>, each also pinned in
    /// BinderDifferencesTests and listed in README's "Moving from ConfigurationBinder". Every other difference is a bug.
    /// </summary>
    private static readonly CorpusExemption[] Exemptions =
    [
        new(
            "Yarp",
            "ReverseProxy",
            "A value that does not parse inside a dictionary: ConfigurationBinder silently drops the whole cluster because "
                + "HttpRequest:Version '2' is not a System.Version (YARP reads its own configuration and accepts it); Veltrix "
                + "reports the value with file and line instead of losing the cluster. BinderDifferencesTests (3).",
            VeltrixErrorContains: "'ReverseProxy:Clusters:allClusterProps:HttpRequest:Version': The value '2' is not a valid Version."),
    ];

    /// <summary>Every stack of the corpus, by name.</summary>
    public static TheoryData<string> Stacks => [.. CorpusCatalog.Stacks.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Stacks))]
    public void Stack_EveryScenario_BindsAsConfigurationBinder(string stack)
    {
        var corpusStack = CorpusCatalog.Stacks[stack];
        var (findings, scenarios) = CorpusComparison.Run(corpusStack, CorpusCatalog.ScenariosFor(corpusStack.Corpus));
        var unexpected = findings.Where(f => !Array.Exists(Exemptions, e => e.Covers(f))).ToList();

        output.WriteLine($"{corpusStack}: {scenarios.Count} scenarios ({string.Join(", ", scenarios)}), {corpusStack.Roots.Count} options classes, {unexpected.Count} findings");
        foreach (var finding in unexpected)
        {
            output.WriteLine(finding.ToString());
        }

        Assert.True(
            unexpected.Count == 0,
            $"{unexpected.Count} findings ({unexpected.Count(static f => f.Kind == FindingKind.ValidFileRejected)} valid file rejected):"
                + Environment.NewLine + string.Join(Environment.NewLine, unexpected));
    }

    [Fact]
    public void Exemptions_EachNamesCorpusPatternAndReason()
    {
        foreach (var exemption in Exemptions)
        {
            Assert.False(string.IsNullOrWhiteSpace(exemption.Reason), exemption.KeyPathPattern);
            Assert.True(exemption.Corpus == "*" || CorpusCatalog.Stacks.Values.Any(s => s.Corpus == exemption.Corpus), exemption.Corpus);
        }
    }

    [Fact]
    public void Catalog_EveryStackFile_IsInTheCorpus()
    {
        foreach (var stack in CorpusCatalog.Stacks.Values)
        {
            Assert.NotEmpty(stack.Files);
            Assert.All(stack.FullPaths, static path => Assert.True(File.Exists(path), path));
        }
    }
}
