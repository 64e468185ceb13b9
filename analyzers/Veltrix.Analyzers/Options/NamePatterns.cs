using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Veltrix.Analyzers.Options;

/// <summary>
/// A list of name patterns read from <c>.editorconfig</c> (<c>veltrix.&lt;rule&gt;.&lt;option&gt; = *Timeout*, *Cache*.*Size*</c>):
/// separated by commas or semicolons, <c>*</c> matches any run of characters, matching ignores case. A pattern without
/// a dot matches a member's name; a pattern with a dot matches <c>&lt;ContainingType&gt;.&lt;Member&gt;</c>, so that
/// <c>*Cache*.*Size*</c> finds <c>CacheConfig.MaxSize</c>. An empty value matches nothing.
/// </summary>
internal sealed class NamePatterns
{
    private readonly ImmutableArray<string> _patterns;

    private NamePatterns(ImmutableArray<string> patterns) => _patterns = patterns;

    /// <summary>Reads the option, or parses <paramref name="defaultValue"/> when it is not set.</summary>
    /// <param name="options">The options of the file being analyzed.</param>
    /// <param name="ruleId">The rule's ID.</param>
    /// <param name="option">The option name.</param>
    /// <param name="defaultValue">The documented default list.</param>
    /// <returns>The patterns.</returns>
    public static NamePatterns Read(AnalyzerConfigOptions options, string ruleId, string option, string defaultValue)
        => Parse(options.TryGetValue(AnalyzerThresholds.Key(ruleId, option), out var text) ? text : defaultValue);

    /// <summary>Parses a pattern list.</summary>
    /// <param name="text">Patterns separated by commas or semicolons.</param>
    /// <returns>The patterns.</returns>
    public static NamePatterns Parse(string text)
    {
        var patterns = ImmutableArray.CreateBuilder<string>();
        foreach (var part in text.Split(',', ';'))
        {
            var pattern = part.Trim();
            if (pattern.Length > 0)
            {
                patterns.Add(pattern);
            }
        }

        return new NamePatterns(patterns.ToImmutable());
    }

    /// <summary>Whether a pattern matches <paramref name="memberName"/> (or, for a dotted pattern, the qualified name).</summary>
    /// <param name="typeName">The containing type's name.</param>
    /// <param name="memberName">The member's name.</param>
    /// <returns>True when a pattern matches.</returns>
    public bool Matches(string typeName, string memberName)
    {
        foreach (var pattern in _patterns)
        {
            var subject = pattern.IndexOf('.') >= 0 ? typeName + "." + memberName : memberName;
            if (Glob(pattern, 0, subject, 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="typeName"/> matches a pattern (for lists of type names).</summary>
    /// <param name="typeName">A type name.</param>
    /// <returns>True when a pattern matches.</returns>
    public bool MatchesName(string typeName)
    {
        foreach (var pattern in _patterns)
        {
            if (Glob(pattern, 0, typeName, 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The patterns, for documentation and tests.</summary>
    public IReadOnlyList<string> Patterns => _patterns;

    private static bool Glob(string pattern, int p, string text, int t)
    {
        while (p < pattern.Length)
        {
            if (pattern[p] == '*')
            {
                // Collapse runs of '*', then try every split point; names are short, so this stays cheap.
                while (p < pattern.Length && pattern[p] == '*')
                {
                    p++;
                }

                if (p == pattern.Length)
                {
                    return true;
                }

                for (var i = t; i <= text.Length; i++)
                {
                    if (Glob(pattern, p, text, i))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (t == text.Length || char.ToUpperInvariant(pattern[p]) != char.ToUpperInvariant(text[t]))
            {
                return false;
            }

            p++;
            t++;
        }

        return t == text.Length;
    }
}
