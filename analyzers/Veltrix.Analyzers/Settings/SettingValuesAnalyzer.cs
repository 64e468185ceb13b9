using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Veltrix.Analyzers.ConfigSchema;
using Veltrix.Analyzers.Diagnostics;
using Veltrix.Analyzers.Rules;
using Veltrix.Analyzers.Symbols;

namespace Veltrix.Analyzers.Settings;

/// <summary>
/// Applies the cache (<c>VLX1xxx</c>) and concurrency/timeout (<c>VLX2xxx</c>) rules of <see cref="SettingRules"/>
/// to the values members are given in C#: property initializers, primary/record and public constructor parameter
/// defaults, and <c>[DefaultValue]</c> arguments. Every type with a member carrying a role attribute
/// (<c>[CacheSize]</c>, <c>[Timeout]</c>, …) or a relation (<c>[AtMost]</c>, <c>[AtLeast]</c>) is checked as one
/// section — which covers every section reachable from a <c>[VeltrixConfig]</c> root, since only those members
/// carry anything a rule reads.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SettingValuesAnalyzer : DiagnosticAnalyzer
{
    /// <summary>
    /// The diagnostic property holding the value a code fix writes, in the member's unit (invariant integer text): in
    /// place of the value the diagnostic is reported on, or, reported on a member with no value written, as its initializer.
    /// </summary>
    public const string SuggestedValueProperty = "SuggestedValue";

    /// <summary>The diagnostic property holding the member's <see cref="SettingKind"/> (<c>Integer</c>, <c>TimeSpan</c>, <c>Milliseconds</c>).</summary>
    public const string UnitProperty = "Unit";

    /// <summary>
    /// The diagnostic property naming the member a code fix puts in an <c>[AtMost]</c> on the reported member (VLX2003
    /// for a minimum above its maximum paired by name, with no relation declared).
    /// </summary>
    public const string AtMostProperty = "AtMost";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
    [
        DiagnosticDescriptors.CacheSizeNotPositive,
        DiagnosticDescriptors.CacheSizeAboveCeiling,
        DiagnosticDescriptors.CacheTtlNotPositive,
        DiagnosticDescriptors.CacheTtlBelowFloor,
        DiagnosticDescriptors.CacheUnbounded,
        DiagnosticDescriptors.SlidingExpirationExceedsAbsolute,
        DiagnosticDescriptors.ConcurrencyNotPositive,
        DiagnosticDescriptors.ConcurrencyAboveCeiling,
        DiagnosticDescriptors.RelationViolated,
        DiagnosticDescriptors.UnboundedQueueBeforeBoundedPool,
        DiagnosticDescriptors.TimeoutInfiniteOrZero,
        DiagnosticDescriptors.RetriesExceedOverallTimeout,
    ];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            if (VeltrixSymbols.TryCreate(start.Compilation) is not { } veltrix)
            {
                return;
            }

            var symbols = new SettingSymbols(veltrix, start.Compilation);
            var thresholds = new ThresholdCache(start.Options.AnalyzerConfigOptionsProvider);
            // Asked only when a rule is broken: whether the section is reached through a [Secret] member.
            var model = SchemaModel.For(start.Compilation, veltrix);
            start.RegisterSyntaxNodeAction(
                node => SectionAnalysis.Analyze(node, symbols, thresholds, model),
                SyntaxKind.ClassDeclaration,
                SyntaxKind.StructDeclaration,
                SyntaxKind.RecordDeclaration,
                SyntaxKind.RecordStructDeclaration);
        });
    }
}
