using System;
using System.Collections.Generic;

namespace Veltrix.Generators.Emitting;

/// <summary>
/// Places the keys of one generated lookup in the open-addressing table that the runtime's <c>KeyTable</c> searches:
/// the smallest power of two of buckets at least twice the key count, with the seed (of a few tried) that leaves
/// the fewest keys away from their first bucket.
/// </summary>
internal sealed class KeyTablePlan
{
    private const uint SeedsTried = 16;

    private KeyTablePlan(ushort[] buckets, uint seed)
    {
        Buckets = buckets;
        Seed = seed;
    }

    /// <summary>Each bucket's ordinal plus one, or zero when empty.</summary>
    public IReadOnlyList<ushort> Buckets { get; }

    /// <summary>The seed the keys were hashed with.</summary>
    public uint Seed { get; }

    /// <summary>Plans the table of <paramref name="keys"/>, whose index is their ordinal.</summary>
    /// <param name="keys">Distinct keys (ordinally ignoring case).</param>
    /// <exception cref="InvalidOperationException">A table of 65,535 keys or more, which the buckets cannot number.</exception>
    public static KeyTablePlan For(IReadOnlyList<string> keys)
    {
        if (keys.Count >= ushort.MaxValue)
        {
            throw new InvalidOperationException($"One lookup holds {keys.Count} keys; a key table holds at most {ushort.MaxValue - 1}. Split the schema's sections into collections or separate schemas.");
        }

        var bits = 1;
        while ((1 << bits) < keys.Count * 2)
        {
            bits++;
        }

        ushort[]? best = null;
        uint bestSeed = 0;
        var bestDisplaced = int.MaxValue;
        for (uint seed = 0; seed < SeedsTried && bestDisplaced > 0; seed++)
        {
            var buckets = new ushort[1 << bits];
            var displaced = 0;
            for (var ordinal = 0; ordinal < keys.Count; ordinal++)
            {
                var bucket = KeyHash.Bucket(KeyHash.Of(keys[ordinal].AsSpan(), seed), bits);
                while (buckets[bucket] != 0)
                {
                    bucket = (bucket + 1) & (buckets.Length - 1);
                    displaced++;
                }

                buckets[bucket] = (ushort)(ordinal + 1);
            }

            if (displaced < bestDisplaced)
            {
                (best, bestSeed, bestDisplaced) = (buckets, seed, displaced);
            }
        }

        return new KeyTablePlan(best!, bestSeed);
    }
}
