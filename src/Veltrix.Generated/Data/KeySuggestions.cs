using System;

namespace Veltrix;

/// <summary>Finds the schema key an unknown key most likely meant, for a "did you mean" in the error.</summary>
internal static class KeySuggestions
{
    // Two edits catch a typo, a swapped pair or a missing letter without suggesting unrelated keys.
    private const int MaxDistance = 2;

    /// <summary>
    /// The schema key one edit (Damerau–Levenshtein, optimal string alignment, ignoring case) from
    /// <paramref name="key"/>; else one whose last segment starts with the key's last segment under the same parent;
    /// else one within <see cref="MaxDistance"/> edits; null when none is close. Collection segments (<c>*</c>) take the key's own segment.
    /// </summary>
    public static string? Suggest(ConfigSchema schema, ReadOnlySpan<char> key)
    {
        var segments = key.ToString().Split(':');
        string? best = null;
        var bestDistance = MaxDistance + 1;
        string? byPrefix = null;
        foreach (var info in schema.Keys)
        {
            var pattern = info.Path.Split(':');
            if (pattern.Length != segments.Length)
            {
                continue;
            }

            for (var i = 0; i < pattern.Length; i++)
            {
                if (pattern[i] == "*")
                {
                    pattern[i] = segments[i];
                }
            }

            var candidate = string.Join(':', pattern);
            var distance = Distance(candidate, key);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }

            var last = segments[^1];
            if (byPrefix is null && last.Length >= 3 && pattern[^1].StartsWith(last, StringComparison.OrdinalIgnoreCase)
                && candidate.AsSpan(0, candidate.Length - pattern[^1].Length).Equals(key[..(key.Length - last.Length)], StringComparison.OrdinalIgnoreCase))
            {
                byPrefix = candidate;
            }
        }

        // One edit is almost surely a typo; a key cut short ("Time" for "Timeout") is likelier than two edits.
        return bestDistance <= 1 ? best : byPrefix ?? best;
    }

    /// <summary>The optimal-string-alignment distance, ignoring case, capped just above <see cref="MaxDistance"/>.</summary>
    internal static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (Math.Abs(a.Length - b.Length) > MaxDistance)
        {
            return MaxDistance + 1;
        }

        // Three rows of the dynamic-programming table: two back (for transpositions), one back, and this one.
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var same = char.ToUpperInvariant(a[i - 1]) == char.ToUpperInvariant(b[j - 1]);
                var cost = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (same ? 0 : 1));
                if (i > 1 && j > 1
                    && char.ToUpperInvariant(a[i - 1]) == char.ToUpperInvariant(b[j - 2])
                    && char.ToUpperInvariant(a[i - 2]) == char.ToUpperInvariant(b[j - 1]))
                {
                    cost = Math.Min(cost, previous2[j - 2] + 1);
                }

                current[j] = cost;
                rowMin = Math.Min(rowMin, cost);
            }

            if (rowMin > MaxDistance)
            {
                return MaxDistance + 1;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return Math.Min(previous[b.Length], MaxDistance + 1);
    }
}
