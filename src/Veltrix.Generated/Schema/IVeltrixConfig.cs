using System;

namespace Veltrix;

/// <summary>
/// Implemented by the Veltrix generator for every <see cref="VeltrixConfigAttribute"/> type: everything the
/// runtime needs, with no reflection.
/// </summary>
/// <typeparam name="TSelf">The schema type itself.</typeparam>
public interface IVeltrixConfig<TSelf>
    where TSelf : class, IVeltrixConfig<TSelf>
{
    /// <summary>The schema: every key with its type, default, role and secret flag, and the schema hash.</summary>
    static abstract ConfigSchema Schema { get; }

    /// <summary>
    /// Binds a snapshot from merged source data. Problems (a value that does not parse, a required key that
    /// is missing) are added to <paramref name="context"/>; the result is only meaningful when it has none.
    /// </summary>
    /// <param name="context">The merged data and the list of problems.</param>
    /// <returns>The bound snapshot.</returns>
    static abstract TSelf Bind(BindContext context);

    /// <summary>Checks the validation attributes of every member, adding each failure to <paramref name="context"/>.</summary>
    /// <param name="config">The snapshot to check.</param>
    /// <param name="context">Where failures are reported, with the origin of each offending value.</param>
    static abstract void Validate(TSelf config, BindContext context);

    /// <summary>Adds the key path of every value that differs between two snapshots to <paramref name="changes"/>.</summary>
    /// <param name="before">The older snapshot.</param>
    /// <param name="after">The newer snapshot.</param>
    /// <param name="changes">Receives the changed key paths.</param>
    static abstract void Diff(TSelf before, TSelf after, ChangeSetBuilder changes);

    /// <summary>Looks a value up by its key path, case-insensitively, without allocating.</summary>
    /// <param name="config">The snapshot to read.</param>
    /// <param name="keyPath">A key path such as <c>Server:Cache:MaxEntries</c> or <c>Server:Hosts:0</c>.</param>
    /// <param name="value">The value, when found.</param>
    /// <returns>Whether the schema has the key (and, for collection elements, the element exists).</returns>
    static abstract bool TryGetValue(TSelf config, ReadOnlySpan<char> keyPath, out ConfigValue value);
}
