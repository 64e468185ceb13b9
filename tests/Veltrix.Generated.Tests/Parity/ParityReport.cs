using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Veltrix.Tests.Parity;

/// <summary>The disagreements found for one schema, grouped so that one cause reads as one line.</summary>
internal sealed partial class ParityReport(string schema, int seed)
{
    // VELTRIX_PARITY_DETAILS shows more examples, one per kind of disagreement.
    private static readonly int DetailedCases =
        int.TryParse(Environment.GetEnvironmentVariable("VELTRIX_PARITY_DETAILS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var details) ? details : 3;

    private readonly List<Disagreement> _disagreements = [];

    /// <summary>How many comparisons ran.</summary>
    public int Comparisons { get; private set; }

    /// <summary>Every disagreement found.</summary>
    public IReadOnlyList<Disagreement> Disagreements => _disagreements;

    /// <summary>Records the result of one comparison.</summary>
    public void Record(string caseName, string sources, string? difference, string? document, IReadOnlyList<KeyValuePair<string, string>>? variables)
    {
        Comparisons++;
        if (difference is not null)
        {
            _disagreements.Add(new Disagreement(caseName, sources, difference, document, variables));
        }
    }

    /// <summary>A message naming the seed, each kind of disagreement with its count, and the first cases in full.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{schema}: {_disagreements.Count} of {Comparisons} comparisons disagree with ConfigurationBinder. ")
            .Append(CultureInfo.InvariantCulture, $"Replay with VELTRIX_PARITY_SEED={seed}.").AppendLine();
        foreach (var group in _disagreements.GroupBy(static d => Category(d.Difference)).OrderByDescending(static g => g.Count()))
        {
            text.Append(CultureInfo.InvariantCulture, $"  {group.Count(),5} x {group.Key}").AppendLine();
        }

        foreach (var disagreement in _disagreements.GroupBy(static d => Category(d.Difference)).Select(static g => g.First()).Take(DetailedCases))
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"--- {disagreement.CaseName}, {disagreement.Sources}: {disagreement.Difference}").AppendLine();
            if (disagreement.Document is not null)
            {
                text.AppendLine(disagreement.Document);
            }

            if (disagreement.Variables is not null)
            {
                foreach (var (name, value) in disagreement.Variables)
                {
                    text.Append(name).Append('=').AppendLine(value);
                }
            }
        }

        return text.ToString();
    }

    // "Parity:Collections:Ports:3: ConfigurationBinder 5, Veltrix 6" → "parity:collections:ports:#: value";
    // a rejection keeps its message with the quoted values taken out.
    private static string Category(string difference)
    {
        if (difference.StartsWith("Veltrix rejects", StringComparison.Ordinal) || difference.StartsWith("ConfigurationBinder rejects", StringComparison.Ordinal))
        {
            var firstSentence = difference.IndexOf('.', StringComparison.Ordinal);
            var key = KeyInMessage().Match(difference);
            var path = key.Success ? Index().Replace(key.Groups[1].Value, "#").ToLowerInvariant() : string.Empty;
            var reason = key.Success ? difference[(key.Index + key.Length)..] : difference[(firstSentence + 1)..];
            reason = Quoted().Replace(reason, "'…'");
            var newLine = reason.IndexOfAny(['\r', '\n']);
            return difference[..firstSentence] + " at " + path + reason[..(newLine < 0 ? reason.Length : newLine)];
        }

        var colon = difference.IndexOf(": ", StringComparison.Ordinal);
        var valuePath = colon < 0 ? difference : difference[..colon];
        var kind = difference.Contains("elements", StringComparison.Ordinal) ? "element count" : difference.Contains("keys [", StringComparison.Ordinal) ? "dictionary keys" : "value";
        return Index().Replace(valuePath, "#").ToLowerInvariant() + " (" + kind + ")";
    }

    [GeneratedRegex(@"'[^']*'")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"(?:: '| at ')([^']+)'")]
    private static partial Regex KeyInMessage();

    [GeneratedRegex(@"(?<=:)\d+(?=:|$)")]
    private static partial Regex Index();
}
