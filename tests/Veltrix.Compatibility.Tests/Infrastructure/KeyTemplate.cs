using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace Veltrix.Compatibility.Tests.Infrastructure;

/// <summary>
/// Resolves the placeholders of an override key against the stack's files, innermost first:
/// <c>{count:Path}</c> is the number of children under <c>Path</c> (the index just past the end of a list) and
/// <c>{first:Path}</c> the key of its first child (the first route of a map keyed by id). Paths use <c>:</c>;
/// an environment variable key writes <c>__</c> between its own segments.
/// </summary>
public static partial class KeyTemplate
{
    /// <summary>The key with every placeholder resolved, or null when a <c>{first:…}</c> path has no child.</summary>
    /// <param name="template">The key, possibly with placeholders.</param>
    /// <param name="files">The stack's files as ConfigurationBuilder reads them.</param>
    public static string? Resolve(string template, IConfiguration files)
    {
        var key = template;
        while (Placeholder().Match(key) is { Success: true } match)
        {
            var children = files.GetSection(match.Groups["path"].Value).GetChildren().ToList();
            string value;
            if (match.Groups["kind"].Value == "count")
            {
                value = children.Count.ToString(CultureInfo.InvariantCulture);
            }
            else if (children.Count == 0)
            {
                return null;
            }
            else
            {
                value = children[0].Key;
            }

            key = string.Concat(key.AsSpan(0, match.Index), value, key.AsSpan(match.Index + match.Length));
        }

        return key;
    }

    [GeneratedRegex(@"\{(?<kind>count|first):(?<path>[^{}]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
