using System.Collections.Generic;

namespace Veltrix.Generators.Emitting;

/// <summary>
/// Plans the zero-allocation key dispatch of a generated <c>TryGetValue</c>: keys are grouped by length, and
/// within a group of several keys by the character at the one position that tells most of them apart, compared
/// case-insensitively by folding ASCII letters with <c>| 0x20</c>. A final ordinal case-insensitive comparison
/// confirms each candidate, so the plan only has to be a filter that never rejects a matching key.
/// </summary>
internal static class KeyDispatch
{
    /// <summary>Plans the dispatch of <paramref name="keys"/>; the groups come in increasing length.</summary>
    /// <param name="keys">Distinct keys (case-insensitively).</param>
    public static List<LengthGroup> Plan(IReadOnlyList<string> keys)
    {
        var byLength = new SortedDictionary<int, List<int>>();
        for (var i = 0; i < keys.Count; i++)
        {
            if (!byLength.TryGetValue(keys[i].Length, out var entries))
            {
                entries = [];
                byLength.Add(keys[i].Length, entries);
            }

            entries.Add(i);
        }

        var groups = new List<LengthGroup>(byLength.Count);
        foreach (var pair in byLength)
        {
            var position = pair.Value.Count > 1 ? BestPosition(keys, pair.Value, pair.Key) : -1;
            groups.Add(new LengthGroup(pair.Key, position, position < 0 ? [] : Cases(keys, pair.Value, position), pair.Value));
        }

        return groups;
    }

    /// <summary>
    /// The ASCII letter a character compares as once folded: <c>'A'</c> and <c>'a'</c> both give <c>'a'</c>. Other
    /// characters fold too (<c>'@'</c> gives <c>'`'</c>), which is harmless: a filter may let through keys that the
    /// final comparison then rejects, and no character outside ASCII equals an ASCII one ignoring case.
    /// </summary>
    public static char Fold(char c) => (char)(c | 0x20);

    /// <summary>The position whose folded characters split the group into the most cases; -1 when none splits it.</summary>
    private static int BestPosition(IReadOnlyList<string> keys, List<int> entries, int length)
    {
        var best = -1;
        var bestCount = 1;
        var seen = new HashSet<char>();
        for (var position = 0; position < length; position++)
        {
            seen.Clear();
            var ascii = true;
            foreach (var entry in entries)
            {
                var c = keys[entry][position];
                if (c >= 0x80)
                {
                    ascii = false;
                    break;
                }

                seen.Add(Fold(c));
            }

            if (ascii && seen.Count > bestCount)
            {
                best = position;
                bestCount = seen.Count;
            }
        }

        return best;
    }

    private static List<DispatchCase> Cases(IReadOnlyList<string> keys, List<int> entries, int position)
    {
        var byLabel = new SortedDictionary<char, List<int>>();
        foreach (var entry in entries)
        {
            var label = Fold(keys[entry][position]);
            if (!byLabel.TryGetValue(label, out var list))
            {
                list = [];
                byLabel.Add(label, list);
            }

            list.Add(entry);
        }

        var cases = new List<DispatchCase>(byLabel.Count);
        foreach (var pair in byLabel)
        {
            cases.Add(new DispatchCase(pair.Key, pair.Value));
        }

        return cases;
    }
}

/// <summary>The keys of one length: a switch on <see cref="Position"/> into <see cref="Cases"/>, or (position -1) a chain of comparisons.</summary>
internal sealed class LengthGroup(int length, int position, List<DispatchCase> cases, List<int> entries)
{
    public int Length { get; } = length;

    public int Position { get; } = position;

    public List<DispatchCase> Cases { get; } = cases;

    /// <summary>Indexes into the planned keys, in their original order.</summary>
    public List<int> Entries { get; } = entries;
}

/// <summary>The keys whose folded character at the group's position is <see cref="Label"/>.</summary>
internal sealed class DispatchCase(char label, List<int> entries)
{
    public char Label { get; } = label;

    public List<int> Entries { get; } = entries;
}
