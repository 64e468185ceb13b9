using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Veltrix.Analyzers.Options;

/// <summary>
/// A list of name patterns read from <c>.editorconfig</c> (<c>veltrix.&lt;rule&gt;.&lt;option&gt; = *Timeout*, *Cache*.*Size*</c>):
/// separated by commas or semicolons, matching ignores case. A pattern without a dot matches a member's name; a pattern
/// with a dot matches <c>&lt;ContainingType&gt;.&lt;Member&gt;</c>, so that <c>*Cache*.*Size*</c> finds
/// <c>CacheConfig.MaxSize</c>. For member names (<see cref="Matches"/>) <c>*</c> matches a run of whole words of the
/// PascalCase, camelCase or snake_case name, so <c>*Ttl*</c> finds <c>CacheTtl</c> and <c>ttl_seconds</c> but not
/// <c>FailSafeThrottleDuration</c>; for type-name lists (<see cref="MatchesName"/>) it matches any run of characters.
/// An empty value matches nothing.
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
        Words? member = null, qualified = null;
        foreach (var pattern in _patterns)
        {
            var subject = pattern.IndexOf('.') >= 0
                ? qualified ??= Words.Split(typeName + "." + memberName)
                : member ??= Words.Split(memberName);
            if (Glob(pattern, 0, subject.Text, 0, subject.Boundaries))
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
            if (Glob(pattern, 0, typeName, 0, null))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The patterns, for documentation and tests.</summary>
    public IReadOnlyList<string> Patterns => _patterns;

    /// <summary>
    /// Matches <paramref name="pattern"/> from <paramref name="p"/> against <paramref name="text"/> from
    /// <paramref name="t"/>. With <paramref name="boundaries"/>, a <c>*</c> may only start and end at a word boundary,
    /// so the literal parts of the pattern match whole words.
    /// </summary>
    private static bool Glob(string pattern, int p, string text, int t, bool[]? boundaries)
    {
        while (p < pattern.Length)
        {
            if (pattern[p] == '*')
            {
                if (boundaries is not null && !boundaries[t])
                {
                    return false;
                }

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
                    if ((boundaries is null || boundaries[i]) && Glob(pattern, p, text, i, boundaries))
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

    /// <summary>
    /// A name with its word separators (<c>_</c>, <c>-</c>) removed and the positions where a word starts or ends:
    /// a lower-case letter or digit followed by an upper-case one (<c>cache|Ttl</c>), the last capital of an acronym
    /// followed by a lower-case letter (<c>HTTP|Timeout</c>), a change between letters and digits, a separator, and
    /// either side of a dot.
    /// </summary>
    private sealed class Words
    {
        private Words(string text, bool[] boundaries)
        {
            Text = text;
            Boundaries = boundaries;
        }

        public string Text { get; }

        /// <summary>One entry per position of <see cref="Text"/>, plus its end; true where a word starts or ends.</summary>
        public bool[] Boundaries { get; }

        public static Words Split(string name)
        {
            var text = new System.Text.StringBuilder(name.Length);
            var boundaries = new List<bool>(name.Length + 1) { true };
            for (var i = 0; i < name.Length; i++)
            {
                var c = name[i];
                if (c is '_' or '-')
                {
                    boundaries[boundaries.Count - 1] = true;
                    continue;
                }

                if (text.Length > 0 && i > 0 && StartsWord(name, i))
                {
                    boundaries[boundaries.Count - 1] = true;
                }

                text.Append(c);
                boundaries.Add(c == '.' || (i + 1 < name.Length && name[i + 1] == '.'));
            }

            boundaries[boundaries.Count - 1] = true;
            return new Words(text.ToString(), [.. boundaries]);
        }

        private static bool StartsWord(string name, int i)
        {
            var previous = name[i - 1];
            var current = name[i];
            if (previous == '.' || current == '.')
            {
                return true;
            }

            if (char.IsUpper(current))
            {
                // "cacheTtl", "Retry2Count", and the last capital of "HTTPTimeout" before its lower-case rest.
                return char.IsLower(previous) || char.IsDigit(previous)
                    || (char.IsUpper(previous) && i + 1 < name.Length && char.IsLower(name[i + 1]));
            }

            return char.IsDigit(current) != char.IsDigit(previous) && char.IsLetterOrDigit(previous);
        }
    }
}
