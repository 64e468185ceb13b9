using System.Runtime.CompilerServices;

namespace Veltrix.Benchmarks.Lookup;

/// <summary>
/// The alternative to the generated length/character switch: a minimal perfect hash over the keys, folded to
/// ASCII lower case, searched for a seed at set-up (the generator would do this at compile time and emit the
/// seed and table as literals). Built here only to measure the two strategies side by side.
/// </summary>
public sealed class PerfectHashLookup
{
    private readonly string[] _keys;
    private readonly int[] _slots;
    private readonly uint _seed;
    private readonly int _mask;

    /// <summary>Builds the table, trying seeds until no two keys share a slot.</summary>
    /// <param name="keys">The distinct keys (case-insensitively).</param>
    public PerfectHashLookup(IReadOnlyList<string> keys)
    {
        _keys = [.. keys];
        var size = 1;
        while (size < keys.Count * 2)
        {
            size <<= 1;
        }

        _mask = size - 1;
        _slots = new int[size];
        for (uint seed = 1; seed < 1_000_000; seed++)
        {
            Array.Fill(_slots, -1);
            var collision = false;
            for (var i = 0; i < _keys.Length && !collision; i++)
            {
                var slot = (int)(Hash(_keys[i], seed) & (uint)_mask);
                collision = _slots[slot] >= 0;
                _slots[slot] = i;
            }

            if (!collision)
            {
                _seed = seed;
                return;
            }
        }

        throw new InvalidOperationException("No collision-free seed found.");
    }

    /// <summary>The index of <paramref name="key"/> in the key list, or -1.</summary>
    public int IndexOf(ReadOnlySpan<char> key)
    {
        var index = _slots[(int)(Hash(key, _seed) & (uint)_mask)];
        return index >= 0 && key.Equals(_keys[index], StringComparison.OrdinalIgnoreCase) ? index : -1;
    }

    // FNV-1a over characters with ASCII letters folded, so that keys differing only in case share a slot; the final
    // mix spreads high bits into the low ones the mask keeps (FNV's low bits depend only on the inputs' low bits).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(ReadOnlySpan<char> key, uint seed)
    {
        var hash = 2166136261u ^ seed;
        foreach (var c in key)
        {
            hash = (hash ^ (uint)(c | 0x20)) * 16777619u;
        }

        hash ^= hash >> 16;
        hash *= 0x7FEB352Du;
        return hash ^ (hash >> 15);
    }
}
