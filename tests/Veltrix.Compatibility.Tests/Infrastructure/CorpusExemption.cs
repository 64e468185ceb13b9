using System.Text.RegularExpressions;

namespace Veltrix.Compatibility.Tests.Infrastructure;

/// <summary>
/// A deliberate, documented difference between Veltrix and ConfigurationBinder on a corpus: the findings of
/// <paramref name="Corpus"/> whose key path matches <paramref name="KeyPathPattern"/> (a regular expression over
/// the whole path, case-insensitive) are expected, for <paramref name="Reason"/>.
/// </summary>
/// <param name="Corpus">The corpus folder (<c>Ocelot</c>), or <c>*</c> for every corpus.</param>
/// <param name="KeyPathPattern">A regular expression matched against the whole key path.</param>
/// <param name="Reason">Why Veltrix binds differently, and where that is documented.</param>
public sealed record CorpusExemption(string Corpus, string KeyPathPattern, string Reason, string? VeltrixErrorContains = null)
{
    /// <summary>Whether the exemption covers <paramref name="finding"/>.</summary>
    public bool Covers(CorpusFinding finding)
        => (Corpus == "*" || string.Equals(Corpus, finding.Stack.Corpus, StringComparison.OrdinalIgnoreCase))
            && Regex.IsMatch(finding.Path, "^(?:" + KeyPathPattern + ")$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))
            && (VeltrixErrorContains is null || finding.Veltrix.Contains(VeltrixErrorContains, StringComparison.Ordinal));
}
