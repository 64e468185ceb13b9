using System;
using System.Collections.Generic;

namespace Veltrix;

// The one "did you mean" of every message that has one: enum values and unknown keys at run time, and unknown keys in
// configuration files at build time (linked into analyzers/Veltrix.Analyzers), so that the build and the running
// service name the same candidate for the same typo.

/// <summary>
/// Finds the known name that a misspelt one most likely meant, ignoring case. A candidate is close when it is within a
/// third of the name's length in edits (at least one, at most three), counted as optimal string alignment:
/// insertions, deletions, substitutions and swaps of two neighbours. The likeliest wins: equal, then one edit, then a
/// name the written one begins (<c>Time</c> for <c>Timeout</c>, at least three letters), then two edits, then three;
/// the first candidate among equals.
/// </summary>
/// <example>
/// <c>MaxEntires</c> → <c>MaxEntries</c> (a swap), <c>Tll</c> → <c>Ttl</c>, <c>Time</c> → <c>Timeout</c>; <c>Db</c>
/// suggests nothing for <c>Ip</c> (two edits in two letters is another word).
/// </example>
internal static class NameSuggestion
{
    // Scores, lower is likelier: 0 and 1 are edits, a beginning scores between one and two edits, then edits + 1.
    private const int PrefixScore = 2;
    private const int MinPrefixLength = 3;
    private const int MaxEdits = 3;
    private const int NoMatch = int.MaxValue;

    /// <summary>The candidate <paramref name="name"/> most likely meant, or null when none is close.</summary>
    /// <param name="name">The name as written.</param>
    /// <param name="candidates">The known names.</param>
    /// <returns>The suggestion, or null.</returns>
    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestScore = NoMatch;
        foreach (var candidate in candidates)
        {
            var score = Score(name.AsSpan(), candidate.AsSpan(), allowPrefix: true);
            if (score < bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>
    /// The key path <paramref name="keyPath"/> most likely meant: of the candidates with as many segments, the one whose
    /// segments are each equal or close by the rule of <see cref="Closest"/> (only the last may be a beginning), with the
    /// lowest total score. A <c>*</c> segment (any collection element) matches every segment, and the suggestion keeps
    /// the segment as written there: <c>App:Wieghts:eu</c> → <c>App:Weights:eu</c> for <c>App:Weights:*</c>.
    /// </summary>
    /// <param name="keyPath">The key path as written, segments separated by <c>:</c>.</param>
    /// <param name="candidates">The known key paths.</param>
    /// <returns>The suggestion, or null.</returns>
    public static string? ClosestPath(ReadOnlySpan<char> keyPath, IEnumerable<string> candidates)
    {
        var segments = keyPath.ToString().Split(':');
        string? best = null;
        var bestScore = NoMatch;
        foreach (var candidate in candidates)
        {
            var score = PathScore(segments, candidate);
            if (score < bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }

        return best is null ? null : Fill(best, segments);
    }

    /// <summary>
    /// The optimal-string-alignment distance between <paramref name="a"/> and <paramref name="b"/>, ignoring case, or
    /// <paramref name="limit"/> + 1 as soon as it is known to exceed <paramref name="limit"/>.
    /// </summary>
    /// <param name="a">One name.</param>
    /// <param name="b">The other.</param>
    /// <param name="limit">The largest distance of interest.</param>
    /// <returns>The distance, capped at <paramref name="limit"/> + 1.</returns>
    internal static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        // Three rows of the dynamic-programming table: two back (for swaps), one back, and this one.
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
            var rowMin = i;
            var ai = char.ToUpperInvariant(a[i - 1]);
            for (var j = 1; j <= b.Length; j++)
            {
                var bj = char.ToUpperInvariant(b[j - 1]);
                var cost = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (ai == bj ? 0 : 1));
                if (i > 1 && j > 1 && ai == char.ToUpperInvariant(b[j - 2]) && char.ToUpperInvariant(a[i - 2]) == bj)
                {
                    cost = Math.Min(cost, previous2[j - 2] + 1);
                }

                current[j] = cost;
                rowMin = Math.Min(rowMin, cost);
            }

            // Every later row is at least this row's minimum: past the limit, nothing closer can follow.
            if (rowMin > limit)
            {
                return limit + 1;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return Math.Min(previous[b.Length], limit + 1);
    }

    /// <summary>How many edits a name of <paramref name="length"/> characters may be from what it meant: a third, one to three.</summary>
    /// <param name="length">The name's length.</param>
    /// <returns>The edit limit.</returns>
    internal static int EditLimit(int length) => Math.Max(1, Math.Min(MaxEdits, length / 3));

    // How likely candidate is what name meant (lower is likelier), or NoMatch.
    private static int Score(ReadOnlySpan<char> name, ReadOnlySpan<char> candidate, bool allowPrefix)
    {
        var limit = EditLimit(name.Length);
        var distance = Distance(name, candidate, limit);
        if (distance <= 1)
        {
            return distance;
        }

        // A name cut short ("Time" for "Timeout") is likelier than two edits, and is not one the edit limit admits.
        if (allowPrefix && name.Length >= MinPrefixLength && candidate.Length > name.Length
            && candidate.StartsWith(name, StringComparison.OrdinalIgnoreCase))
        {
            return PrefixScore;
        }

        return distance <= limit ? distance + 1 : NoMatch;
    }

    // The sum of the segments' scores when every segment of candidate is close to the written one, or NoMatch.
    private static int PathScore(string[] segments, string candidate)
    {
        var total = 0;
        var start = 0;
        for (var i = 0; i < segments.Length; i++)
        {
            if (start > candidate.Length)
            {
                // The candidate has fewer segments.
                return NoMatch;
            }

            var end = candidate.IndexOf(':', start);
            end = end < 0 ? candidate.Length : end;
            var pattern = candidate.AsSpan(start, end - start);
            if (pattern.Length != 1 || pattern[0] != '*')
            {
                var score = Score(segments[i].AsSpan(), pattern, allowPrefix: i == segments.Length - 1);
                if (score == NoMatch)
                {
                    return NoMatch;
                }

                total += score;
            }

            start = end + 1;
        }

        // Past the end exactly when the candidate has no more segments.
        return start == candidate.Length + 1 ? total : NoMatch;
    }

    // The candidate with each "*" segment replaced by the segment written there.
    private static string Fill(string candidate, string[] segments)
    {
        if (candidate.IndexOf('*') < 0)
        {
            return candidate;
        }

        var parts = candidate.Split(':');
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i] == "*")
            {
                parts[i] = segments[i];
            }
        }

        return string.Join(":", parts);
    }
}
