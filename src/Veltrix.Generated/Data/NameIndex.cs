using System;

namespace Veltrix;

/// <summary>The names an <see cref="NameIndex"/> indexes, by position, kept by the index's owner.</summary>
internal interface INameList
{
    /// <summary>The name at <paramref name="position"/>.</summary>
    ReadOnlySpan<char> NameAt(int position);
}

/// <summary>
/// A hash index from names, compared ordinally ignoring case, to their positions in a list its owner keeps: the
/// children of a <see cref="ConfigNode"/>, the property names of an open JSON object. It keeps each name's position and
/// hash, eight bytes a slot, and reads a name from its owner only when the hashes match, so it allocates no string and
/// no entry per name.
/// </summary>
/// <remarks>
/// Names hash with <see cref="string.GetHashCode(ReadOnlySpan{char}, StringComparison)"/> under
/// <see cref="StringComparison.OrdinalIgnoreCase"/>, which is randomized per process, so a file of crafted names cannot
/// make lookups quadratic (the generated <see cref="KeyHash"/> is fixed at compile time and is for known keys only).
/// Open addressing with linear probing, at most three quarters full (a probe compares hashes, not names). A mutable struct: keep it in a field, never copy it.
/// </remarks>
internal struct NameIndex
{
    private const int MinimumSlots = 16;

    // The name's hash in the high half, its position plus one in the low half; zero marks an empty slot.
    private ulong[]? _slots;
    private int _count;

    /// <summary>Whether the index holds any name.</summary>
    public readonly bool IsEmpty => _count == 0;

    /// <summary>The position of <paramref name="name"/>, or -1.</summary>
    /// <param name="name">The name to find.</param>
    /// <param name="names">The owner's names.</param>
    public readonly int Find<TNames>(ReadOnlySpan<char> name, in TNames names)
        where TNames : INameList, allows ref struct
    {
        var slots = _slots;
        if (slots is null || _count == 0)
        {
            return -1;
        }

        var hash = Hash(name);
        var mask = slots.Length - 1;
        for (var i = (int)hash & mask; ; i = (i + 1) & mask)
        {
            var slot = slots[i];
            if (slot == 0)
            {
                return -1;
            }

            var position = (int)(uint)slot - 1;
            if ((uint)(slot >> 32) == hash && name.Equals(names.NameAt(position), StringComparison.OrdinalIgnoreCase))
            {
                return position;
            }
        }
    }

    /// <summary>Adds the name at <paramref name="position"/>, which the caller has checked is not yet indexed.</summary>
    /// <param name="position">The name's position in <paramref name="names"/>.</param>
    /// <param name="names">The owner's names.</param>
    public void Add<TNames>(int position, in TNames names)
        where TNames : INameList, allows ref struct
    {
        if (_slots is null || !Fits(_count + 1, _slots.Length))
        {
            Grow(names);
        }

        Place(_slots!, position, names.NameAt(position));
        _count++;
    }

    /// <summary>Indexes positions 0 to <paramref name="count"/> - 1 afresh, as after the owner removed names.</summary>
    /// <param name="count">How many names the owner now has.</param>
    /// <param name="names">The owner's names.</param>
    public void Rebuild<TNames>(int count, in TNames names)
        where TNames : INameList, allows ref struct
    {
        var size = MinimumSlots;
        while (!Fits(count, size))
        {
            size *= 2;
        }

        // Slots kept by Clear serve again when large enough: a parser indexes object after object at each depth.
        if (_slots is null || _slots.Length < size)
        {
            _slots = new ulong[size];
        }
        else
        {
            Array.Clear(_slots);
        }

        var slots = _slots;
        for (var position = 0; position < count; position++)
        {
            Place(slots, position, names.NameAt(position));
        }

        _count = count;
    }

    /// <summary>Forgets every name and keeps the slots for the next use.</summary>
    public void Clear()
    {
        if (_count > 0)
        {
            Array.Clear(_slots!);
            _count = 0;
        }
    }

    private void Grow<TNames>(in TNames names)
        where TNames : INameList, allows ref struct
    {
        var old = _slots;
        var slots = new ulong[old is null ? MinimumSlots : old.Length * 2];
        if (old is not null)
        {
            foreach (var slot in old)
            {
                if (slot != 0)
                {
                    Insert(slots, slot);
                }
            }
        }

        _slots = slots;
    }

    private static bool Fits(int count, int slots) => count <= slots - (slots / 4);

    private static void Place(ulong[] slots, int position, ReadOnlySpan<char> name)
        => Insert(slots, ((ulong)Hash(name) << 32) | (uint)(position + 1));

    private static void Insert(ulong[] slots, ulong slot)
    {
        var mask = slots.Length - 1;
        var i = (int)(slot >> 32) & mask;
        while (slots[i] != 0)
        {
            i = (i + 1) & mask;
        }

        slots[i] = slot;
    }

    private static uint Hash(ReadOnlySpan<char> name) => (uint)string.GetHashCode(name, StringComparison.OrdinalIgnoreCase);
}
