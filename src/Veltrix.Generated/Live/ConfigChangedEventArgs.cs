using System;
using System.Collections.Generic;

namespace Veltrix;

/// <summary>Describes a published change: both snapshots and exactly the key paths that differ.</summary>
/// <typeparam name="T">The schema type.</typeparam>
public sealed class ConfigChangedEventArgs<T> : EventArgs
    where T : class
{
    /// <summary>Creates the event data.</summary>
    /// <param name="previous">The snapshot that was current before.</param>
    /// <param name="current">The snapshot now current.</param>
    /// <param name="changedKeys">The key paths whose values differ.</param>
    /// <param name="generation">The generation of <paramref name="current"/>.</param>
    public ConfigChangedEventArgs(T previous, T current, IReadOnlyList<string> changedKeys, long generation)
    {
        Previous = previous;
        Current = current;
        ChangedKeys = changedKeys;
        Generation = generation;
    }

    /// <summary>The snapshot that was current before.</summary>
    public T Previous { get; }

    /// <summary>The snapshot now current.</summary>
    public T Current { get; }

    /// <summary>The key paths whose values differ, in schema order. Never contains values.</summary>
    public IReadOnlyList<string> ChangedKeys { get; }

    /// <summary>The generation of <see cref="Current"/>.</summary>
    public long Generation { get; }
}
