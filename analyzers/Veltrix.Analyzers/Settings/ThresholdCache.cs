using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Veltrix.Analyzers.Rules;

namespace Veltrix.Analyzers.Settings;

/// <summary>
/// The <see cref="RuleThresholds"/> of each syntax tree of one compilation, read from <c>.editorconfig</c> once per
/// distinct set of options rather than once per section or per tree: the provider hands every tree that the same
/// <c>.editorconfig</c> sections apply to the same options object (most trees share one), and parsing them is not free.
/// </summary>
internal sealed class ThresholdCache
{
    private readonly AnalyzerConfigOptionsProvider _provider;

    // Keyed by the options object itself: the options are immutable, so one object always reads the same thresholds.
    private readonly ConditionalWeakTable<AnalyzerConfigOptions, RuleThresholds> _byOptions = new();

    /// <summary>Creates a cache over <paramref name="provider"/>.</summary>
    /// <param name="provider">The compilation's options provider.</param>
    public ThresholdCache(AnalyzerConfigOptionsProvider provider) => _provider = provider;

    /// <summary>The thresholds that apply to <paramref name="tree"/>.</summary>
    /// <param name="tree">A syntax tree of the compilation.</param>
    /// <returns>The thresholds.</returns>
    public RuleThresholds Get(SyntaxTree tree)
        => _byOptions.GetValue(_provider.GetOptions(tree), static options => RuleThresholds.From(options));
}
