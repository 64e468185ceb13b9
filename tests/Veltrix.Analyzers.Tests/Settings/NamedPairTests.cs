using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Veltrix.Analyzers.Diagnostics;
using Veltrix.Analyzers.Rules;
using Veltrix.Analyzers.Settings;
using Veltrix.Analyzers.Tests.ConfigFiles;
using Veltrix.Analyzers.Tests.Infrastructure;
using Veltrix.CodeFixes.Settings;
using static Veltrix.Analyzers.Tests.Settings.SettingsVerifier;

namespace Veltrix.Analyzers.Tests.Settings;

/// <summary>VLX2003 on a minimum above its maximum paired by name only, and the fix that declares the relation.</summary>
public sealed class NamedPairTests
{
    [Fact]
    public Task MinAboveMax_NoRelationDeclared_ReportsVlx2003AndFixAddsAtMost()
        => DeclareAsync(
            """
            public sealed class WorkerOptions
            {
                [ThreadCount] public int MinThreads { get; init; } = {|VLX2003:64|};
                [ThreadCount] public int MaxThreads { get; init; } = 8;
            }
            """,
            """
            public sealed class WorkerOptions
            {
                [ThreadCount, AtMost(nameof(MaxThreads))] public int MinThreads { get; init; } = {|VLX2003:64|};
                [ThreadCount] public int MaxThreads { get; init; } = 8;
            }
            """);

    [Fact]
    public Task SuffixPairOfDurationsAndRecordParameters_Reported()
        => DeclareAsync(
            """
            public sealed class ClientOptions
            {
                [Timeout] public TimeSpan BackoffMin { get; init; } = {|VLX2003:TimeSpan.FromSeconds(10)|};
                [Timeout] public TimeSpan BackoffMax { get; init; } = TimeSpan.FromSeconds(2);
            }

            public sealed record PoolOptions([PoolSize] int MinimumSize = {|VLX2003:50|}, [PoolSize] int MaximumSize = 10);
            """,
            """
            public sealed class ClientOptions
            {
                [Timeout, AtMost(nameof(BackoffMax))] public TimeSpan BackoffMin { get; init; } = {|VLX2003:TimeSpan.FromSeconds(10)|};
                [Timeout] public TimeSpan BackoffMax { get; init; } = TimeSpan.FromSeconds(2);
            }

            public sealed record PoolOptions([PoolSize, AtMost(nameof(MaximumSize))] int MinimumSize = {|VLX2003:50|}, [PoolSize] int MaximumSize = 10);
            """);

    [Fact]
    public Task MinAboveMax_NoAttributeOnEitherInASection_ReportedAndFixAddsAtMost()
        => DeclareAsync(
            """
            public sealed class WorkerOptions
            {
                [PoolSize] public int Connections { get; init; } = 16;
                public int MinThreads { get; init; } = {|VLX2003:64|};
                public int MaxThreads { get; init; } = 8;
            }

            public sealed record RetryOptions([RetryCount] int Retries = 3, int MinWorkers = {|VLX2003:10|}, int MaxWorkers = 2)
            {
                public TimeSpan BackoffMin { get; init; } = {|VLX2003:TimeSpan.FromSeconds(5)|};
                public TimeSpan BackoffMax { get; init; } = TimeSpan.FromSeconds(1);
            }
            """,
            """
            public sealed class WorkerOptions
            {
                [PoolSize] public int Connections { get; init; } = 16;
                [AtMost(nameof(MaxThreads))]
                public int MinThreads { get; init; } = {|VLX2003:64|};
                public int MaxThreads { get; init; } = 8;
            }

            public sealed record RetryOptions([RetryCount] int Retries = 3, [AtMost(nameof(MaxWorkers))] int MinWorkers = {|VLX2003:10|}, int MaxWorkers = 2)
            {
                [AtMost(nameof(BackoffMax))]
                public TimeSpan BackoffMin { get; init; } = {|VLX2003:TimeSpan.FromSeconds(5)|};
                public TimeSpan BackoffMax { get; init; } = TimeSpan.FromSeconds(1);
            }
            """);

    [Fact]
    public Task UnattributedPair_OutsideAnySection_ReportsNothing()
        => AnalyzeAsync("""
            public sealed class Range
            {
                public int MinValue { get; init; } = 64;
                public int MaxValue { get; init; } = 8;
            }
            """);

    [Fact]
    public Task MinAboveMax_RoleOnOneSideOnly_Reported()
        => AnalyzeAsync("""
            public sealed class WorkerOptions
            {
                [ThreadCount] public int MinThreads { get; init; } = {|VLX2003:64|};
                [AtLeast(nameof(MinWorkers))] public int MaxThreads { get; init; } = 8;
                [ThreadCount] public int MinWorkers { get; init; } = 1;
            }
            """);

    [Fact]
    public Task RelationAlreadyDeclared_ReportsOnlyTheDeclaredRelation()
        => AnalyzeAsync("""
            public sealed class WorkerOptions
            {
                [ThreadCount, AtMost(nameof(MaxThreads))] public int MinThreads { get; init; } = {|VLX2003:64|};
                [ThreadCount] public int MaxThreads { get; init; } = 8;
            }

            public sealed class OtherOptions
            {
                [ThreadCount] public int MinThreads { get; init; } = 64;
                [ThreadCount, AtLeast(nameof(MinThreads))] public int MaxThreads { get; init; } = {|VLX2003:8|};
            }
            """);

    [Fact]
    public Task ValuesFineOrNoPair_ReportNothing()
        => AnalyzeAsync("""
            public sealed class WorkerOptions
            {
                [ThreadCount] public int MinThreads { get; init; } = 8;
                [ThreadCount] public int MaxThreads { get; init; } = 8;
                [PoolSize] public int MinConnections { get; init; } = 64;
                [PoolSize] public int Connections { get; init; } = 8;
                [ThreadCount] public int Mint { get; init; } = 64;
                [ThreadCount] public int Maxt { get; init; } = 8;
            }
            """);

    [Fact]
    public Task PairOfDifferentRolesOrKinds_ReportsNothing()
        => AnalyzeAsync("""
            public sealed class WorkerOptions
            {
                [ThreadCount] public int MinWorkers { get; init; } = 64;
                [PoolSize] public int MaxWorkers { get; init; } = 8;
                [RetryCount] public int MinDelay { get; init; } = 5;
                [Timeout] public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(1);
            }
            """);

    [Fact]
    public Task MinAboveMax_VeltrixNotReferenced_ReportsNothing()
    {
        var test = new CSharpAnalyzerTest<SettingValuesAnalyzer, DefaultVerifier>
        {
            TestCode = """
                public sealed class WorkerOptions
                {
                    public int MinThreads { get; init; } = 64;
                    public int MaxThreads { get; init; } = 8;
                }
                """,
        }.WithVeltrix(referenceVeltrix: false);
        return test.RunAsync();
    }

    [Fact]
    public Task MinAboveMax_GeneratedCode_ReportsNothing()
        => AnalyzeAsync("""
            [System.CodeDom.Compiler.GeneratedCode("tool", "1")]
            public sealed class WorkerOptions
            {
                [ThreadCount] public int MinThreads { get; init; } = 64;
                [ThreadCount] public int MaxThreads { get; init; } = 8;
            }
            """);

    [Fact]
    public async Task MinAboveMax_InAppsettings_ReportedAtTheMinimumsToken()
    {
        var test = ConfigFileTest.Create(
            """
            using Veltrix;

            [VeltrixConfig("Workers")]
            public sealed partial class WorkerConfig
            {
                [ThreadCount] public int MinThreads { get; init; } = 2;
                public int MaxThreads { get; init; } = 16;
            }
            """,
            ("/appsettings.json", """{ "Workers": { "MinThreads": 64, "MaxThreads": 8 } }"""));
        test.ExpectedDiagnostics.Add(ConfigFileTest.At(DiagnosticDescriptors.RelationViolated, "/appsettings.json", 1, 30, 2)
            .WithArguments("MinThreads", "64", "at most", "MaxThreads", "8", "; no relation is declared, so nothing rejects it: fix the values and add [AtMost(nameof(MaxThreads))]"));

        await test.RunAsync();
    }

    [Theory]
    [InlineData("MinThreads", "MaxThreads")]
    [InlineData("MinimumSize", "MaximumSize")]
    [InlineData("BackoffMin", "BackoffMax")]
    [InlineData("Backoff2Minimum", "Backoff2Maximum")]
    [InlineData("Min", null)]
    [InlineData("Mint", null)]
    [InlineData("Admin", null)]
    [InlineData("HTTPMin", null)]
    [InlineData("Threads", null)]
    public void MaximumNameOf_PairsBySpelling(string name, string? expected)
        => Assert.Equal(expected, SettingRules.MaximumNameOf(name));

    [Fact]
    public async Task FixAll_PairsInSeveralDocuments_DeclaredInDocumentProjectAndSolution()
    {
        // The testing library applies Fix All at document, project and solution scope and compares each result.
        var test = new CSharpCodeFixTest<SettingValuesAnalyzer, RelationCodeFix, DefaultVerifier>
        {
            // The declared relations then offer the value fix (SettingFixTests); this test stops at the declaration.
            CodeActionEquivalenceKey = RelationCodeFix.DeclareKey,
        }.WithVeltrix();
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        for (var document = 0; document < 2; document++)
        {
            test.TestState.Sources.Add(($"/0/Options{document}.cs", Usings + $$"""
                public sealed class A{{document}} { [PoolSize] public int MinSize { get; init; } = {|VLX2003:9|}; [PoolSize] public int MaxSize { get; init; } = 1; }
                public sealed class B{{document}} { [Timeout] public TimeSpan DelayMin { get; init; } = {|VLX2003:TimeSpan.FromSeconds(9)|}; [Timeout] public TimeSpan DelayMax { get; init; } = TimeSpan.FromSeconds(1); }
                """));
            test.FixedState.Sources.Add(($"/0/Options{document}.cs", Usings + $$"""
                public sealed class A{{document}} { [PoolSize, AtMost(nameof(MaxSize))] public int MinSize { get; init; } = {|VLX2003:9|}; [PoolSize] public int MaxSize { get; init; } = 1; }
                public sealed class B{{document}} { [Timeout, AtMost(nameof(DelayMax))] public TimeSpan DelayMin { get; init; } = {|VLX2003:TimeSpan.FromSeconds(9)|}; [Timeout] public TimeSpan DelayMax { get; init; } = TimeSpan.FromSeconds(1); }
                """));
        }

        await test.RunAsync();
    }

    private static Task DeclareAsync(string source, string fixedSource)
    {
        var test = new CSharpCodeFixTest<SettingValuesAnalyzer, RelationCodeFix, DefaultVerifier>
        {
            TestCode = Usings + source,
            FixedCode = Usings + fixedSource,

            // The relation, once declared, is still broken: the fixed code keeps VLX2003 as marked, and its fix (setting
            // the minimum to the maximum, SettingFixTests) is left out here to show the declaration alone.
            CodeActionEquivalenceKey = RelationCodeFix.DeclareKey,
        }.WithVeltrix();
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        return test.RunAsync();
    }
}
