using System;
using System.Collections.Generic;

namespace Veltrix;

/// <summary>Collects the key paths a generated diff found changed, in schema order.</summary>
public sealed class ChangeSetBuilder
{
    private readonly List<string> _keys = [];

    /// <summary>How many changed key paths were added.</summary>
    public int Count => _keys.Count;

    /// <summary>Adds a changed key path.</summary>
    /// <param name="keyPath">The full key path.</param>
    public void Add(string keyPath)
    {
        ArgumentNullException.ThrowIfNull(keyPath);
        _keys.Add(keyPath);
    }

    /// <summary>
    /// Adds <paramref name="path"/>:<paramref name="key"/> when <paramref name="before"/> and <paramref name="after"/>
    /// differ under <see cref="EqualityComparer{T}.Default"/>; the key path is built only then.
    /// </summary>
    /// <typeparam name="T">The value's declared type, whose default comparer decides.</typeparam>
    /// <param name="before">The value in the previous snapshot.</param>
    /// <param name="after">The value in the next snapshot.</param>
    /// <param name="path">The key path of the section holding the value.</param>
    /// <param name="key">The value's key within the section.</param>
    public void AddIfChanged<T>(T before, T after, string path, string key)
    {
        if (!EqualityComparer<T>.Default.Equals(before, after))
        {
            Add(GeneratedKeyPath.Combine(path, key));
        }
    }

    /// <summary>Returns the changed key paths collected so far.</summary>
    public IReadOnlyList<string> ToList() => _keys.ToArray();
}
