using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Veltrix.Analyzers.Rules;

namespace Veltrix.Analyzers.Settings;

/// <summary>
/// The <see cref="RuleThresholds"/> of each syntax tree of one compilation, read from <c>.editorconfig</c> once per
/// tree rather than once per section: most trees share the defaults, and the options lookup is not free.
/// </summary>
internal sealed class ThresholdCache
{
    private readonly AnalyzerConfigOptionsProvider _provider;
    private readonly ConcurrentDictionary<SyntaxTree, RuleThresholds> _byTree = new();

    /// <summary>Creates a cache over <paramref name="provider"/>.</summary>
    /// <param name="provider">The compilation's options provider.</param>
    public ThresholdCache(AnalyzerConfigOptionsProvider provider) => _provider = provider;

    /// <summary>The thresholds that apply to <paramref name="tree"/>.</summary>
    /// <param name="tree">A syntax tree of the compilation.</param>
    /// <returns>The thresholds.</returns>
    public RuleThresholds Get(SyntaxTree tree)
    {
        if (_byTree.TryGetValue(tree, out var thresholds))
        {
            return thresholds;
        }

        thresholds = RuleThresholds.From(_provider.GetOptions(tree));
        return _byTree.GetOrAdd(tree, thresholds);
    }
}
