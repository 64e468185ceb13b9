using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Veltrix.Generators.Models;
using Veltrix.Generators.Tests.Infrastructure;
using Xunit;

namespace Veltrix.Generators.Tests;

/// <summary>
/// The edit matrix: one driver runs over a compilation, then over an edited one, and the tracked steps show what
/// the generator redid. Unrelated edits redo nothing; editing schema A redoes A only; a comment or whitespace edit
/// re-emits nothing; an edit that changes only diagnostics re-emits no source; an edit to a section type in another
/// file does regenerate the root that uses it.
/// </summary>
public sealed class IncrementalTests
{
    private const string SchemaA = """
        using System;
        using Veltrix;

        namespace Demo;

        [VeltrixConfig("A")]
        public sealed partial class AConfig
        {
            public int Port { get; init; } = 8080;
            public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(5);
        }
        """;

    private const string SchemaB = """
        using Veltrix;

        namespace Demo;

        [VeltrixConfig("B")]
        public sealed partial class BConfig
        {
            public string Name { get; init; } = "b";
            public BSection Section { get; init; } = new();
        }

        public sealed partial class BSection
        {
            public int Size { get; init; } = 1;
        }
        """;

    private const string Helper = """
        namespace Demo;

        public static class Helper
        {
            public static int Twice(int value) => value * 2;
        }
        """;

    private static ImmutableArray<string> AllSteps => GeneratorRunner.TrackingNamesOfConfigGenerator;

    [Fact]
    public void UnrelatedEdit_NewFileWithUnrelatedClass_EverythingCached()
    {
        var before = GeneratorRunner.CreateCompilation(SchemaA, SchemaB);
        var after = before.AddSyntaxTrees(GeneratorRunner.ParseSource(Helper, "Helper.cs"));

        var (first, second) = RunTwice(before, after);

        AssertNotRedone(first, second);
    }

    [Fact]
    public void UnrelatedEdit_MethodBodyInOtherFile_EverythingCached()
    {
        var before = GeneratorRunner.CreateCompilation(SchemaA, SchemaB, Helper);
        var after = ReplaceFile(before, "Test2.cs", Helper.Replace("value * 2", "value + value", StringComparison.Ordinal));

        var (first, second) = RunTwice(before, after);

        AssertNotRedone(first, second);
    }

    [Fact]
    public void UnrelatedEdit_MethodBodyAfterSchemaInSameFile_EverythingCached()
    {
        var before = GeneratorRunner.CreateCompilation(SchemaA + "\n" + HelperClassOnly("value * 2"), SchemaB);
        var after = ReplaceFile(before, "Test0.cs", SchemaA + "\n" + HelperClassOnly("value + value"));

        var (first, second) = RunTwice(before, after);

        AssertNotRedone(first, second);
    }

    [Fact]
    public void SchemaEdit_MemberAddedToA_OnlyARegenerated()
    {
        var before = GeneratorRunner.CreateCompilation(SchemaA, SchemaB);
        var after = ReplaceFile(
            before,
            "Test0.cs",
            SchemaA.Replace("    public int Port", "    public string Host { get; init; } = \"localhost\";\n    public int Port", StringComparison.Ordinal));

        var (first, second) = RunTwice(before, after);

        Assert.Equal(IncrementalStepRunReason.Modified, SpecReason(second, "AConfig"));
        Assert.True(SpecReason(second, "BConfig") is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"BConfig spec was {SpecReason(second, "BConfig")}");
        // A's two outputs of its spec: the source and the documents (JSON Schema, key reference); none of B's.
        Assert.Equal(
            2,
            IncrementalAssertions.SourceOutputReasons(second.RunResult, TrackingNames.Specs).Count(static r => r is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New));
        Assert.Contains("Host", FileFor(second, "AConfig"), StringComparison.Ordinal);
        Assert.Equal(FileFor(first, "BConfig"), FileFor(second, "BConfig"));
        second.AssertOutputCompilesCleanly();
    }

    [Fact]
    public void TriviaEdit_CommentAtEndOfSchemaBody_SpecsNotRedone()
    {
        var before = GeneratorRunner.CreateCompilation(SchemaA.Replace("TimeSpan.FromSeconds(5);\n", "TimeSpan.FromSeconds(5);\n    // end\n", StringComparison.Ordinal), SchemaB);
        var after = ReplaceFile(before, "Test0.cs", SchemaA.Replace("TimeSpan.FromSeconds(5);\n", "TimeSpan.FromSeconds(5);\n\n    // the end of the members\n", StringComparison.Ordinal));

        var (first, second) = RunTwice(before, after);

        AssertSpecsNotRedone(first, second);
    }

    [Fact]
    public void TriviaEdit_CommentAndBlankLinesBetweenMembers_SpecsNotRedone()
    {
        var before = GeneratorRunner.CreateCompilation(SchemaA, SchemaB);
        var after = ReplaceFile(
            before,
            "Test0.cs",
            SchemaA.Replace("    public TimeSpan Timeout", "\n    // How long a call may take.\n\n    public   TimeSpan   Timeout", StringComparison.Ordinal));

        var (first, second) = RunTwice(before, after);

        AssertSpecsNotRedone(first, second);
    }

    [Fact]
    public void DiagnosticOnlyEdit_UnsupportedMemberTypeChanged_SourceNotReemitted()
    {
        // Both types are unsupported (VLX0002) and equally long, so only the diagnostic's message changes.
        const string Template = """
            using System;
            using Veltrix;

            namespace Demo;

            [VeltrixConfig("A")]
            public sealed partial class AConfig
            {
                public int Port { get; init; } = 8080;
                public TYPE Extra { get; init; }
            }
            """;
        var before = GeneratorRunner.CreateCompilation(Template.Replace("TYPE", "object?", StringComparison.Ordinal), SchemaB);
        var after = ReplaceFile(before, "Test0.cs", Template.Replace("TYPE", "Action?", StringComparison.Ordinal));

        var (first, second) = RunTwice(before, after);

        var diagnosticBefore = Assert.Single(first.GeneratorDiagnostics);
        var diagnosticAfter = Assert.Single(second.GeneratorDiagnostics);
        Assert.Equal("VLX0002", diagnosticAfter.Id);
        Assert.NotEqual(diagnosticBefore.GetMessage(), diagnosticAfter.GetMessage());
        Assert.Contains(
            IncrementalAssertions.Outputs(second.RunResult, TrackingNames.Diagnostics),
            static o => o.Reason == IncrementalStepRunReason.Modified);
        AssertSpecsNotRedone(first, second);
    }

    [Fact]
    public void SectionEdit_SectionTypeInOtherFileChanged_RootRegenerated()
    {
        const string Section = """
            namespace Demo;

            public sealed partial class SharedSection
            {
                public int Size { get; init; } = 1;
            }
            """;
        const string Root = """
            using Veltrix;

            namespace Demo;

            [VeltrixConfig("Root")]
            public sealed partial class RootConfig
            {
                public SharedSection Shared { get; init; } = new();
            }
            """;
        var before = GeneratorRunner.CreateCompilation(Root, Section);
        var after = ReplaceFile(before, "Test1.cs", Section.Replace("    public int Size", "    public int Limit { get; init; } = 2;\n    public int Size", StringComparison.Ordinal));

        var (first, second) = RunTwice(before, after);

        Assert.Equal(IncrementalStepRunReason.Modified, SpecReason(second, "RootConfig"));
        Assert.DoesNotContain("Limit", FileFor(first, "RootConfig"), StringComparison.Ordinal);
        Assert.Contains("Limit", FileFor(second, "RootConfig"), StringComparison.Ordinal);
        second.AssertOutputCompilesCleanly();
    }

    [Fact]
    public void ConstantEdit_ConstantInOtherFileUsedAsDefault_RootRegenerated()
    {
        // The root's own file is unchanged: a step keyed on its syntax alone would keep the old default.
        const string Defaults = """
            namespace Demo;

            public static class Defaults
            {
                public const int Port = 8080;
            }
            """;
        const string Root = """
            using Veltrix;

            namespace Demo;

            [VeltrixConfig("Root")]
            public sealed partial class RootConfig
            {
                public int Port { get; init; } = Defaults.Port;
            }
            """;
        var before = GeneratorRunner.CreateCompilation(Root, Defaults);
        var after = ReplaceFile(before, "Test1.cs", Defaults.Replace("8080", "9090", StringComparison.Ordinal));

        var (first, second) = RunTwice(before, after);

        Assert.Equal(IncrementalStepRunReason.Modified, SpecReason(second, "RootConfig"));
        Assert.Equal("8080", Assert.Single(SpecFor(first, "RootConfig").Keys).DefaultValueText);
        Assert.Equal("9090", Assert.Single(SpecFor(second, "RootConfig").Keys).DefaultValueText);
    }

    private static string HelperClassOnly(string body) => $$"""
        public static class Helper
        {
            public static int Twice(int value) => {{body}};
        }
        """;

    private static (GenerationResult First, GenerationResult Second) RunTwice(CSharpCompilation before, CSharpCompilation after)
    {
        var driver = GeneratorRunner.CreateDriver();
        var first = GeneratorRunner.RunOnce(ref driver, before);
        var second = GeneratorRunner.RunOnce(ref driver, after);
        Assert.NotEmpty(first.GeneratedSources);
        return (first, second);
    }

    private static CSharpCompilation ReplaceFile(CSharpCompilation compilation, string path, string newText)
    {
        var old = compilation.SyntaxTrees.Single(t => t.FilePath == path);
        return compilation.ReplaceSyntaxTree(old, GeneratorRunner.ParseSource(newText, path));
    }

    /// <summary>Every tracked step and every source output reused, and the generated files identical.</summary>
    private static void AssertNotRedone(GenerationResult first, GenerationResult second)
    {
        IncrementalAssertions.AssertCachedRun(first.RunResult, second.RunResult, AllSteps, "an unrelated edit");
        AssertSameFiles(first, second);
    }

    /// <summary>The specs and sections compare equal to the previous run's, so no file is emitted again.</summary>
    private static void AssertSpecsNotRedone(GenerationResult first, GenerationResult second)
    {
        foreach (var step in new[] { TrackingNames.Specs, TrackingNames.Sections })
        {
            var previous = IncrementalAssertions.Outputs(first.RunResult, step);
            var redone = IncrementalAssertions.Outputs(second.RunResult, step)
                .Select((o, i) => (o.Value, o.Reason, Previous: i < previous.Length ? previous[i].Value : null))
                .Where(static o => o.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
                .Select(static o => $"{o.Reason}: {Describe(o.Value)}; first difference: {ObjectGraphAssertions.FindDifference(o.Previous, o.Value)}")
                .ToList();
            Assert.True(redone.Count == 0, $"Step {step} redid:\n  {string.Join("\n  ", redone)}");
        }

        var reemitted = SourceOutputReasons(second).Where(static r => r is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged)).ToList();
        Assert.True(reemitted.Count == 0, $"Source outputs re-emitted: {string.Join(", ", reemitted)}");
        AssertSameFiles(first, second);
    }

    private static void AssertSameFiles(GenerationResult first, GenerationResult second)
    {
        Assert.Equal(first.GeneratedSources.Select(static s => s.HintName), second.GeneratedSources.Select(static s => s.HintName));
        foreach (var source in first.GeneratedSources)
        {
            Assert.Equal(first.GetSource(source.HintName), second.GetSource(source.HintName));
        }
    }

    private static IEnumerable<IncrementalStepRunReason> SourceOutputReasons(GenerationResult run)
        => IncrementalAssertions.SourceOutputReasons(run.RunResult, TrackingNames.Specs)
            .Concat(IncrementalAssertions.SourceOutputReasons(run.RunResult, TrackingNames.Sections));

    private static IncrementalStepRunReason SpecReason(GenerationResult run, string rootName)
    {
        var outputs = IncrementalAssertions.Outputs(run.RunResult, TrackingNames.Specs)
            .Where(o => o.Value is ConfigSpec spec && spec.Root.Name == rootName)
            .ToList();
        return Assert.Single(outputs).Reason;
    }

    private static string FileFor(GenerationResult run, string rootName) => run.GetSource(SpecFor(run, rootName).HintName);

    private static ConfigSpec SpecFor(GenerationResult run, string rootName)
        => IncrementalAssertions.Outputs(run.RunResult, TrackingNames.Specs)
            .Select(static o => o.Value)
            .OfType<ConfigSpec>()
            .Single(s => s.Root.Name == rootName);

    private static string Describe(object value) => value switch
    {
        ConfigSpec spec => $"spec {spec.Root.Name}",
        SectionSpec section => $"section {section.Name}",
        _ => value.ToString() ?? "?",
    };
}
