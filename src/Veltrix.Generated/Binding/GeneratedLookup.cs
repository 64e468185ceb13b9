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

    /// <summary>
    /// Characters <paramref name="index"/> to <paramref name="index"/> + 3 of <paramref name="span"/> as one 64-bit value,
    /// the first character in the low 16 bits, for generated key comparisons against constants computed at compile time.
    /// </summary>
    /// <param name="span">The key path being looked up.</param>
    /// <param name="index">The first of the four characters.</param>
    /// <returns>The four characters.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The span has fewer than four characters from <paramref name="index"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Read4(ReadOnlySpan<char> span, int index)
    {
        if ((uint)index > (uint)(span.Length - 4) || span.Length < 4)
        {
            ThrowOutOfRange(index);
        }

        if (BitConverter.IsLittleEndian)
        {
            return Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref MemoryMarshal.GetReference(span), index)));
        }

        // Big-endian: assemble the same layout, so that the generated constants hold on every platform.
        return span[index] | ((ulong)span[index + 1] << 16) | ((ulong)span[index + 2] << 32) | ((ulong)span[index + 3] << 48);
    }

    /// <summary>
    /// The slow half of a generated ASCII key comparison: whether <paramref name="span"/>, which failed the ASCII test,
    /// holds a character outside ASCII and equals <paramref name="key"/> under <see cref="StringComparison.OrdinalIgnoreCase"/>.
    /// </summary>
    /// <param name="span">The candidate, of the key's length.</param>
    /// <param name="key">The key, all ASCII.</param>
    /// <returns>Whether they are equal ignoring case.</returns>
    /// <remarks>
    /// An all-ASCII span that failed the ASCII test is not equal, so only spans with other characters are compared;
    /// the comparison then decides exactly as a lookup with <see cref="StringComparison.OrdinalIgnoreCase"/> would.
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static bool EqualsIgnoreCaseNonAscii(ReadOnlySpan<char> span, string key)
        => !Ascii.IsValid(span) && span.Equals(key, StringComparison.OrdinalIgnoreCase);

    [DoesNotReturn]
    private static void ThrowOutOfRange(int index)
        => throw new ArgumentOutOfRangeException(nameof(index), index, "Four characters must exist from the index.");
}
