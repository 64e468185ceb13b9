using System;
using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;

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
/// A lookup hashes the path once and compares it with one or two candidates, ordinally ignoring case: its cost does
/// not grow with the number of keys, and it allocates nothing.
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
            if (length == key.Length && key.Equals(_keys.AsSpan(start, length), StringComparison.OrdinalIgnoreCase))
            {
                return ordinal;
            }

            bucket = (bucket + 1) & mask;
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
}
