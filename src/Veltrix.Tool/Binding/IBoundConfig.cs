using System;
using System.Collections.Generic;

namespace Veltrix.Tool.Binding;

/// <summary>A configuration bound by the app's generated code, read by key.</summary>
internal interface IBoundConfig : IDisposable
{
    /// <summary>The value at a key path, secrets redacted when printed.</summary>
    /// <param name="keyPath">The key path.</param>
    /// <param name="value">The value.</param>
    /// <returns>Whether the schema has the key (and, for an element, the element exists).</returns>
    bool TryGetValue(string keyPath, out ConfigValue value);

    /// <summary>Where the value at a key path came from; unknown for a default.</summary>
    /// <param name="keyPath">The key path.</param>
    /// <returns>The origin.</returns>
    ConfigOrigin GetOrigin(string keyPath);

    /// <summary>The keys sources set that the schema does not have.</summary>
    IReadOnlyList<ConfigError> UnknownKeys { get; }

    /// <summary>The key paths whose values differ from another configuration of the same schema (the generated <c>Diff</c>).</summary>
    /// <param name="other">The other configuration, bound by the same schema.</param>
    /// <returns>The changed key paths.</returns>
    IReadOnlyList<string> DiffTo(IBoundConfig other);
}
