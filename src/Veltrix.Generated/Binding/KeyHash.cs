using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Veltrix;

/// <summary>
/// The hash of a configuration key that generated key tables are built on. The generator places each key with it at
/// compile time and <see cref="KeyTable"/> finds it again at run time, so this one file is compiled into both.
/// </summary>
/// <remarks>
/// <para>
/// Keys compare ordinally ignoring case, so keys that compare equal must hash equal. ASCII characters are folded by
/// setting bit 5 (<c>'A'</c> and <c>'a'</c> both give <c>'a'</c>; other ASCII characters may fold onto each other,
/// which only makes a collision that the final comparison sorts out). A character outside ASCII counts as zero:
/// its case forms differ in arbitrary bits, and none of them equals an ASCII character ignoring case.
/// </para>
/// <para>
/// Eight characters are mixed per step, read as two 64-bit values; the two multiplications do not depend on the
/// running hash, so a step costs one multiplication of latency. A key whose length is not a multiple of eight mixes
/// its last eight characters once more (overlapping the previous step); a shorter key is mixed character by character.
/// </para>
/// </remarks>
internal static class KeyHash
{
    private const ulong Prime1 = 0x9E3779B185EBCA87;
    private const ulong Prime2 = 0xC2B2AE3D27D4EB4F;
    private const ulong Prime3 = 0x165667B19E3779F9;
    private const ulong AsciiMask = 0xFF80FF80FF80FF80;
    private const ulong FoldBits = 0x0020002000200020;

    /// <summary>The hash of <paramref name="key"/> under <paramref name="seed"/>.</summary>
    /// <param name="key">The key.</param>
    /// <param name="seed">A seed the generator chose for the table, to spread its keys.</param>
    /// <returns>The hash.</returns>
    // Optimized from its first call (512 is MethodImplOptions.AggressiveOptimization, which netstandard2.0, where the
    // generator compiles this file too, does not name): a lookup by string is rarely hot enough to tier up quickly.
    [MethodImpl((MethodImplOptions)512)]
    public static ulong Of(ReadOnlySpan<char> key, uint seed)
    {
        var hash = (((ulong)seed << 32) | (uint)key.Length) * Prime3;
        var i = 0;
        for (; key.Length - i >= 8; i += 8)
        {
            hash = Mix(hash, Block(key, i), Block(key, i + 4));
        }

        if (i < key.Length)
        {
            if (key.Length >= 8)
            {
                hash = Mix(hash, Block(key, key.Length - 8), Block(key, key.Length - 4));
            }
            else
            {
                ulong low = 0, high = 0;
                for (var j = 0; j < key.Length; j++)
                {
                    var folded = Fold(key[j]);
                    if (j < 4)
                    {
                        low |= folded << (16 * j);
                    }
                    else
                    {
                        high |= folded << (16 * (j - 4));
                    }
                }

                hash = Mix(hash, low, high);
            }
        }

        return hash ^ (hash >> 31);
    }

    /// <summary>The bucket of <paramref name="hash"/> in a table of 2^<paramref name="bits"/> buckets.</summary>
    /// <param name="hash">The key's hash.</param>
    /// <param name="bits">The base-2 logarithm of the bucket count, 1 to 30.</param>
    /// <returns>The bucket index.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Bucket(ulong hash, int bits) => (int)((hash * Prime1) >> (64 - bits));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong hash, ulong first, ulong second)
        => (hash ^ (first * Prime1) ^ RotateLeft(second * Prime2, 31)) * Prime3;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong RotateLeft(ulong value, int offset) => (value << offset) | (value >> (64 - offset));

    /// <summary>Characters <paramref name="index"/> to <paramref name="index"/> + 3, folded, the first in the low 16 bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Block(ReadOnlySpan<char> key, int index)
    {
        if (BitConverter.IsLittleEndian)
        {
            var value = MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(key.Slice(index, 4)));
            if ((value & AsciiMask) == 0)
            {
                return value | FoldBits;
            }
        }

        return Fold(key[index]) | (Fold(key[index + 1]) << 16) | (Fold(key[index + 2]) << 32) | (Fold(key[index + 3]) << 48);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Fold(char c) => c < 0x80 ? (ulong)(c | 0x20) : 0;
}
