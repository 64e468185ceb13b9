using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.ComponentModel;

namespace Veltrix;

/// <summary>
/// Enumerates an <see cref="IReadOnlyDictionary{TKey, TValue}"/> without allocating when it is a
/// <see cref="FrozenDictionary{TKey, TValue}"/> or a <see cref="Dictionary{TKey, TValue}"/> (as generated binders
/// create them), so that generated diffs of unchanged snapshots allocate nothing.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class GeneratedEntries
{
    /// <summary>The entries of a dictionary, for <c>foreach</c>.</summary>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="dictionary">The dictionary.</param>
    /// <returns>An enumerable whose enumerator is a struct.</returns>
    public static Enumerable<TValue> Of<TValue>(IReadOnlyDictionary<string, TValue> dictionary)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        return new Enumerable<TValue>(dictionary);
    }

    /// <summary>The entries of a dictionary, for <c>foreach</c>.</summary>
    /// <typeparam name="TValue">The value type.</typeparam>
    public readonly struct Enumerable<TValue>
    {
        private readonly IReadOnlyDictionary<string, TValue> _dictionary;

        internal Enumerable(IReadOnlyDictionary<string, TValue> dictionary) => _dictionary = dictionary;

        /// <summary>Returns the enumerator.</summary>
        public Enumerator<TValue> GetEnumerator() => new(_dictionary);
    }

    /// <summary>Enumerates the entries of a frozen or ordinary dictionary through its struct enumerator, any other through its own.</summary>
    /// <typeparam name="TValue">The value type.</typeparam>
    public struct Enumerator<TValue>
    {
        private readonly byte _source;
        private FrozenDictionary<string, TValue>.Enumerator _frozen;
        private Dictionary<string, TValue>.Enumerator _mutable;
        private readonly IEnumerator<KeyValuePair<string, TValue>>? _other;

        internal Enumerator(IReadOnlyDictionary<string, TValue> dictionary)
        {
            switch (dictionary)
            {
                case FrozenDictionary<string, TValue> frozen:
                    _source = 1;
                    _frozen = frozen.GetEnumerator();
                    break;
                case Dictionary<string, TValue> mutable:
                    _source = 2;
                    _mutable = mutable.GetEnumerator();
                    break;
                default:
                    _other = dictionary.GetEnumerator();
                    break;
            }
        }

        /// <summary>The current entry.</summary>
        public readonly KeyValuePair<string, TValue> Current => _source switch
        {
            1 => _frozen.Current,
            2 => _mutable.Current,
            _ => _other!.Current,
        };

        /// <summary>Moves to the next entry.</summary>
        /// <returns>Whether there is one.</returns>
        public bool MoveNext() => _source switch
        {
            1 => _frozen.MoveNext(),
            2 => _mutable.MoveNext(),
            _ => _other!.MoveNext(),
        };
    }
}
