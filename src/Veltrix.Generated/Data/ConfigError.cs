using System.Text;

namespace Veltrix;

/// <summary>One problem found while loading, binding or validating configuration.</summary>
/// <param name="KeyPath">The key path the problem is about (<c>Server:Cache:MaxEntries</c>), or empty for a whole source.</param>
/// <param name="Message">What is wrong and what is expected. Never contains the value of a secret.</param>
/// <param name="Origin">Where the offending value came from, when known.</param>
/// <param name="Rule">
/// The rule that failed: <c>Range</c>, <c>Required</c>, <c>Type</c>, <c>Syntax</c>, <c>DuplicateKey</c>, …;
/// stable, so that tools can group problems.
/// </param>
public sealed record ConfigError(string KeyPath, string Message, ConfigOrigin Origin, string Rule)
{
    /// <summary>Formats the problem as <c>origin: key: message [rule]</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (Origin.IsKnown)
        {
            text.Append(Origin.ToString()).Append(": ");
        }

        if (KeyPath.Length > 0)
        {
            text.Append('\'').Append(KeyPath).Append("': ");
        }

        return text.Append(Message).Append(" [").Append(Rule).Append(']').ToString();
    }
}
