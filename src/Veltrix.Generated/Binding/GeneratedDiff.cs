using System.Collections.Generic;
using System.ComponentModel;

namespace Veltrix;

/// <summary>
/// Comparisons of collections of plain values that generated <c>Diff</c> and <c>Same</c> methods share: elements
/// compare with <see cref="EqualityComparer{T}.Default"/> (so NaN equals NaN, and nothing is boxed), dictionary keys
/// ordinally ignoring case.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class GeneratedDiff
{
    /// <summary>Whether two lists (either may be null) hold equal elements in the same order; allocates nothing.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="x">One list.</param>
    /// <param name="y">The other list.</param>
    /// <returns>Whether they are the same.</returns>
    public static bool SameList<T>(IReadOnlyList<T>? x, IReadOnlyList<T>? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null || x.Count != y.Count)
        {
            return false;
        }

        for (var i = 0; i < x.Count; i++)
        {
            if (!EqualityComparer<T>.Default.Equals(x[i], y[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Adds <c>path:i</c> for every index whose element differs, was added or was removed, or <paramref name="path"/>
    /// itself when either list is null.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="before">The list in the previous snapshot.</param>
    /// <param name="after">The list in the next snapshot.</param>
    /// <param name="path">The list's key path.</param>
    /// <param name="changes">Where changed key paths go.</param>
    public static void DiffList<T>(IReadOnlyList<T>? before, IReadOnlyList<T>? after, string path, ChangeSetBuilder changes)
    {
        if (before is null || after is null)
        {
            changes.Add(path);
            return;
        }

        var common = before.Count < after.Count ? before.Count : after.Count;
        for (var i = 0; i < common; i++)
        {
            if (!EqualityComparer<T>.Default.Equals(before[i], after[i]))
            {
                changes.Add(GeneratedKeyPath.Combine(path, i));
            }
        }

        // Added or removed elements.
        for (var i = common; i < before.Count || i < after.Count; i++)
        {
            changes.Add(GeneratedKeyPath.Combine(path, i));
        }
    }

    /// <summary>
    /// Whether two dictionaries (either may be null) hold equal values under the same keys, ordinally ignoring case even
    /// when one was built with another comparer; allocates nothing for ordinary and frozen dictionaries.
    /// </summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="x">One dictionary.</param>
    /// <param name="y">The other dictionary.</param>
    /// <returns>Whether they are the same.</returns>
    public static bool SameDictionary<T>(IReadOnlyDictionary<string, T>? x, IReadOnlyDictionary<string, T>? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null || x.Count != y.Count)
        {
            return false;
        }

        foreach (var entry in GeneratedEntries.Of(x))
        {
            if (!GeneratedLookup.TryGetEntry(y, entry.Key, out var other) || !EqualityComparer<T>.Default.Equals(entry.Value, other))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Adds <c>path:name</c> for every entry that changed, was added or was removed (the previous snapshot's entries
    /// first, in their order, then the added ones), or <paramref name="path"/> itself when either dictionary is null.
    /// </summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="before">The dictionary in the previous snapshot.</param>
    /// <param name="after">The dictionary in the next snapshot.</param>
    /// <param name="path">The dictionary's key path.</param>
    /// <param name="changes">Where changed key paths go.</param>
    public static void DiffDictionary<T>(IReadOnlyDictionary<string, T>? before, IReadOnlyDictionary<string, T>? after, string path, ChangeSetBuilder changes)
    {
        if (before is null || after is null)
        {
            changes.Add(path);
            return;
        }

        foreach (var entry in GeneratedEntries.Of(before))
        {
            if (!GeneratedLookup.TryGetEntry(after, entry.Key, out var other) || !EqualityComparer<T>.Default.Equals(entry.Value, other))
            {
                changes.Add(GeneratedKeyPath.Combine(path, entry.Key));
            }
        }

        foreach (var entry in GeneratedEntries.Of(after))
        {
            if (!GeneratedLookup.TryGetEntry(before, entry.Key, out _))
            {
                changes.Add(GeneratedKeyPath.Combine(path, entry.Key));
            }
        }
    }
}
