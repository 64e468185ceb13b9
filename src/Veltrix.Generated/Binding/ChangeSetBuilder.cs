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

    /// <summary>Returns the changed key paths collected so far.</summary>
    public IReadOnlyList<string> ToList() => _keys.ToArray();
}
