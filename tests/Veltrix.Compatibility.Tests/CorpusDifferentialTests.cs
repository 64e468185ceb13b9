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
    /// Deliberate, documented differences: <c>(corpus, key path pattern, reason)</c>. Empty: on the corpus, every
    /// difference is a bug until one is decided and documented in docs and in BinderDifferencesTests.
    /// </summary>
    private static readonly CorpusExemption[] Exemptions = [];

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
