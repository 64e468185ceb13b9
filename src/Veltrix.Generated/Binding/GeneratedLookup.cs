using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Veltrix;

/// <summary>Allocation-free look-ups that generated <c>TryGetValue</c> methods share.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class GeneratedLookup
{
    /// <summary>
    /// Finds a dictionary entry by a key span, ordinally ignoring case, without allocating when the dictionary is a
    /// <see cref="Dictionary{TKey, TValue}"/> or <see cref="FrozenDictionary{TKey, TValue}"/> created with
    /// <see cref="StringComparer.OrdinalIgnoreCase"/> (as generated binders create them).
    /// </summary>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="dictionary">The dictionary; null finds nothing.</param>
    /// <param name="key">The entry key.</param>
    /// <param name="value">The value, when found.</param>
    /// <returns>Whether the entry exists.</returns>
    public static bool TryGetEntry<TValue>(IReadOnlyDictionary<string, TValue>? dictionary, ReadOnlySpan<char> key, out TValue value)
    {
        switch (dictionary)
        {
            case null:
                value = default!;
                return false;
            case Dictionary<string, TValue> mutable when ReferenceEquals(mutable.Comparer, StringComparer.OrdinalIgnoreCase)
                && mutable.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup):
                return lookup.TryGetValue(key, out value!);
            case FrozenDictionary<string, TValue> frozen when ReferenceEquals(frozen.Comparer, StringComparer.OrdinalIgnoreCase)
                && frozen.TryGetAlternateLookup<ReadOnlySpan<char>>(out var frozenLookup):
                return frozenLookup.TryGetValue(key, out value!);
        }

        // Any other dictionary (a user's default with another comparer): keys are case-insensitive, so compare each.
        foreach (var entry in GeneratedEntries.Of(dictionary))
        {
            if (key.Equals(entry.Key, StringComparison.OrdinalIgnoreCase))
            {
                value = entry.Value;
                return true;
            }
        }

        value = default!;
        return false;
    }

    /// <summary>
    /// Splits the path below a list key into the element index and what follows it: <c>3:Url</c> gives 3 and
    /// <c>Url</c>. The index is a non-negative decimal integer without sign or leading zeros, as list keys are written.
    /// </summary>
    /// <param name="path">The path below the list key.</param>
    /// <param name="count">The number of elements; an index at or past it is not found.</param>
    /// <param name="index">The index, when found.</param>
    /// <param name="rest">What follows the index and its <c>:</c>; empty when nothing does.</param>
    /// <returns>Whether the path starts with the index of an existing element (and does not end in <c>:</c>).</returns>
    public static bool TryGetIndex(ReadOnlySpan<char> path, int count, out int index, out ReadOnlySpan<char> rest)
    {
        var colon = path.IndexOf(':');
        var head = colon < 0 ? path : path[..colon];
        rest = colon < 0 ? default : path[(colon + 1)..];
        index = 0;
        if (head.IsEmpty || (head.Length > 1 && head[0] == '0') || (colon >= 0 && rest.IsEmpty))
        {
            return false;
        }

        foreach (var c in head)
        {
            var digit = c - '0';
            if ((uint)digit > 9 || index > (int.MaxValue - digit) / 10)
            {
                return false;
            }

            index = (index * 10) + digit;
        }

        return index < count;
    }

    /// <summary>The answer of a generated lookup that finds nothing: <paramref name="value"/> is cleared.</summary>
    /// <param name="value">Set to <see langword="default"/>.</param>
    /// <returns><see langword="false"/>.</returns>
    public static bool NotFound(out ConfigValue value)
    {
        value = default;
        return false;
    }
}
