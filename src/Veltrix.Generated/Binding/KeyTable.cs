using System;
using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Veltrix;

/// <summary>
/// The fixed keys of a generated lookup, stored as data: every key path of a section and of the sections nested in
/// it, each with an ordinal that the generated code turns into a value. Generated <c>TryGetValue</c> methods use it.
/// </summary>
/// <remarks>
/// The keys are concatenated in one string, the ordinal <c>i</c> spanning characters <c>offsets[i]</c> to
/// <c>offsets[i + 1]</c>. The buckets form an open-addressing table placed at compile time with
/// <see cref="KeyHash"/>: a bucket holds an ordinal plus one, or zero when empty, and a key that collides sits in
/// the next free bucket. At most half the buckets are used, so a search ends at an empty one within a few steps.
/// A lookup hashes the path once and compares it with one or two candidates with <see cref="Matches"/>: its cost
/// does not grow with the number of keys, and it allocates nothing.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly ref struct KeyTable
{
    private readonly string _keys;
    private readonly ReadOnlySpan<int> _offsets;
    private readonly ReadOnlySpan<ushort> _buckets;
    private readonly uint _seed;

    /// <summary>Wraps the data the generator wrote for one lookup.</summary>
    /// <param name="keys">Every key, concatenated.</param>
    /// <param name="offsets">Where each key starts in <paramref name="keys"/>, and last the length of <paramref name="keys"/>.</param>
    /// <param name="buckets">The hash table: a power of two of buckets, each an ordinal plus one or zero.</param>
    /// <param name="seed">The seed the buckets were placed with.</param>
    public KeyTable(string keys, ReadOnlySpan<int> offsets, ReadOnlySpan<ushort> buckets, uint seed)
    {
        _keys = keys;
        _offsets = offsets;
        _buckets = buckets;
        _seed = seed;
    }

    /// <summary>The ordinal of <paramref name="key"/>, ordinally ignoring case; -1 when the table does not hold it.</summary>
    /// <param name="key">A key path relative to the table's section.</param>
    /// <returns>The key's ordinal, or -1.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Find(ReadOnlySpan<char> key)
    {
        var mask = _buckets.Length - 1;
        var bucket = KeyHash.Bucket(KeyHash.Of(key, _seed), BitOperations.Log2((uint)_buckets.Length));
        while (true)
        {
            var ordinal = _buckets[bucket] - 1;
            if (ordinal < 0)
            {
                return -1;
            }

            var start = _offsets[ordinal];
            var length = _offsets[ordinal + 1] - start;
            if (length == key.Length && Matches(key, _keys.AsSpan(start, length)))
            {
                return ordinal;
            }

            bucket = (bucket + 1) & mask;
        }
    }

    /// <summary>
    /// Whether <paramref name="key"/> equals <paramref name="known"/> ordinally ignoring case, exactly as
    /// <see cref="StringComparison.OrdinalIgnoreCase"/> decides: the one comparison generated lookups make.
    /// </summary>
    /// <remarks>
    /// Keys are almost always ASCII, so four characters are compared per step, folded to upper case in one 64-bit
    /// register; the last step overlaps the one before it when the length is not a multiple of four. A step that meets
    /// a character outside ASCII hands the whole comparison to <see cref="StringComparison.OrdinalIgnoreCase"/>, which
    /// folds those characters by its own table.
    /// </remarks>
    /// <param name="key">The key looked up.</param>
    /// <param name="known">A key the table holds.</param>
    /// <returns>Whether the two are the same key.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Matches(ReadOnlySpan<char> key, ReadOnlySpan<char> known)
    {
        if (key.Length != known.Length)
        {
            return false;
        }

        if (key.Length < 4)
        {
            return key.Equals(known, StringComparison.OrdinalIgnoreCase);
        }

        ref var left = ref MemoryMarshal.GetReference(key);
        ref var right = ref MemoryMarshal.GetReference(known);
        var last = key.Length - 4;
        for (var i = 0; ; i += 4)
        {
            if (i > last)
            {
                i = last;
            }

            var x = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref left, i)));
            var y = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref right, i)));
            if (x != y)
            {
                if (((x | y) & NonAsciiBits) != 0)
                {
                    return key.Equals(known, StringComparison.OrdinalIgnoreCase);
                }

                if (ToUpperAscii(x) != ToUpperAscii(y))
                {
                    return false;
                }
            }

            if (i == last)
            {
                return true;
            }
        }
    }

    /// <summary>
    /// The collection key that <paramref name="path"/> continues below (<c>Servers</c> for <c>Servers:0:Host</c>), and
    /// what follows it; -1 when the path starts with none.
    /// </summary>
    /// <param name="path">A key path relative to the table's section.</param>
    /// <param name="collections">How many collection keys the table holds: they have the ordinals below this.</param>
    /// <param name="rest">What follows the collection key and its <c>:</c>, when one is found.</param>
    /// <returns>The collection key's ordinal, or -1.</returns>
    public int FindCollection(ReadOnlySpan<char> path, int collections, out ReadOnlySpan<char> rest)
    {
        for (var colon = path.IndexOf(':'); colon > 0;)
        {
            var ordinal = Find(path[..colon]);
            if ((uint)ordinal < (uint)collections)
            {
                rest = path[(colon + 1)..];
                return ordinal;
            }

            var next = path[(colon + 1)..].IndexOf(':');
            colon = next < 0 ? -1 : colon + 1 + next;
        }

        rest = default;
        return -1;
    }

    /// <summary>Any bit of four UTF-16 characters in a 64-bit value that is set only outside ASCII.</summary>
    private const ulong NonAsciiBits = 0xFF80_FF80_FF80_FF80;

    /// <summary>
    /// Four ASCII characters with <c>a</c>–<c>z</c> turned upper case: for each character, bit 7 of
    /// <c>c + 0x1F</c> says <c>c &gt;= 'a'</c> and bit 7 of <c>c + 5</c> says <c>c &gt; 'z'</c>; where exactly one holds,
    /// bit 5 is flipped. No sum carries into the next character because every character is below 0x80.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong ToUpperAscii(ulong value)
    {
        var fromA = value + 0x0080_0080_0080_0080 - 0x0061_0061_0061_0061;
        var pastZ = value + 0x0080_0080_0080_0080 - 0x007B_007B_007B_007B;
        return value ^ (((fromA ^ pastZ) & 0x0080_0080_0080_0080) >> 2);
    }
}
