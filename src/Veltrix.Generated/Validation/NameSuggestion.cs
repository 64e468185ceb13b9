using System;
using System.Collections.Generic;

namespace Veltrix;

// Linked into analyzers/Veltrix.Analyzers beside ValidationMessages: a "did you mean" must name the same candidate at
// build time and at run time.

/// <summary>Finds the known name closest to a misspelt one, case-insensitively (edit distance with transpositions).</summary>
internal static class NameSuggestion
{
    /// <summary>The candidate nearest to <paramref name="name"/>, if it is close enough to be what was meant.</summary>
    /// <param name="name">The name as written.</param>
    /// <param name="candidates">The known names.</param>
    /// <returns>The suggestion, or null.</returns>
    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        // A third of the name, at least one edit and at most three: "MaxEntires" → "MaxEntries", "Tll" → "Ttl".
        var limit = Math.Max(1, Math.Min(3, name.Length / 3));
        var upper = name.ToUpperInvariant();
        foreach (var candidate in candidates)
        {
            var distance = Distance(upper, candidate.ToUpperInvariant());
            if (distance <= limit && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
