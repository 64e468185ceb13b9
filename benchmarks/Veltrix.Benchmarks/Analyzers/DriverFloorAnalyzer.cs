using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Veltrix.Benchmarks.Analyzers;

/// <summary>
/// An analyzer that does nothing: a compilation-start action and an empty syntax action on class declarations, set up
/// the way the Veltrix analyzers are (concurrent, generated code skipped). What a run with it costs over the compiler
/// alone is the analyzer driver's own floor: the compilation events, the semantic models and the syntax walk that any
/// syntax analyzer causes, and that every real build and IDE pays for the SDK's analyzers anyway.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
[SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1036", Justification = "Instantiated by the benchmark in process; no compiler loads it.")]
[SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1041", Justification = "Instantiated by the benchmark in process; no compiler loads it.")]
public sealed class DriverFloorAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    /// <remarks>
    /// The driver skips an analyzer whose every diagnostic is disabled, and one with no diagnostic at all counts as such:
    /// the floor declares one of the Veltrix rules (borrowed, so that the benchmark declares no rule of its own) and never
    /// reports it.
    /// </remarks>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        [Veltrix.Analyzers.Diagnostics.DiagnosticDescriptors.CacheSizeNotPositive];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start => start.RegisterSyntaxNodeAction(static _ => { }, SyntaxKind.ClassDeclaration));
    }
}
