using System;
using System.Collections.Generic;
using System.Globalization;

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

    /// <summary>
    /// The C# condition that <paramref name="span"/>, whose length the caller has checked is at least
    /// <paramref name="key"/>'s, starts with <paramref name="key"/> ordinally ignoring case; null when the key has a
    /// character outside ASCII (the caller then compares with <c>OrdinalIgnoreCase</c>).
    /// </summary>
    /// <remarks>
    /// Four characters are compared at a time as one 64-bit value read from the span (<c>GeneratedLookup.Read4</c>):
    /// OR-ing 0x20 into the positions where the key has a letter folds both cases of that letter, and only them, to
    /// the key's lower case; every other position must be equal. The last read overlaps the one before it when the
    /// length is not a multiple of four; keys shorter than four characters compare character by character. For a
    /// span of ASCII characters this is exactly <c>OrdinalIgnoreCase</c>. A span holding a character outside ASCII
    /// fails the fast test and is decided by <c>GeneratedLookup.EqualsIgnoreCaseNonAscii</c>, which compares with
    /// <c>OrdinalIgnoreCase</c> itself, so no key the framework's comparison would match is ever missed.
    /// </remarks>
    public static string? AsciiStartsWith(string span, string key, string slowSpan)
    {
        foreach (var c in key)
        {
            if (c >= 0x80)
            {
                return null;
            }
        }

        var tests = new List<string>();
        if (key.Length < 4)
        {
            for (var i = 0; i < key.Length; i++)
            {
                var index = i.ToString(CultureInfo.InvariantCulture);
                tests.Add(IsLetter(key[i])
                    ? $"({span}[{index}] | 0x20) == {CSharp.Literal(Fold(key[i]))}"
                    : $"{span}[{index}] == {CSharp.Literal(key[i])}");
            }
        }
        else
        {
            for (var start = 0; start < key.Length; start += 4)
            {
                var at = Math.Min(start, key.Length - 4);
                ulong fold = 0, expected = 0;
                for (var i = 0; i < 4; i++)
                {
                    var c = key[at + i];
                    var mask = IsLetter(c) ? 0x20UL : 0UL;
                    fold |= mask << (16 * i);
                    expected |= (c | mask) << (16 * i);
                }

                var read = $"global::Veltrix.GeneratedLookup.Read4({span}, {at.ToString(CultureInfo.InvariantCulture)})";
                tests.Add(fold == 0 ? $"{read} == {Hex(expected)}" : $"({read} | {Hex(fold)}) == {Hex(expected)}");
            }
        }

        return $"({string.Join(" && ", tests)}) || global::Veltrix.GeneratedLookup.EqualsIgnoreCaseNonAscii({slowSpan}, {CSharp.Literal(key)})";
    }

    private static bool IsLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private static string Hex(ulong value) => "0x" + value.ToString("X16", CultureInfo.InvariantCulture) + "UL";

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
