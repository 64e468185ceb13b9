using System;
using System.Collections.Generic;

namespace Veltrix;

/// <summary>Key/value pairs held in memory, such as defaults computed at start-up or test values.</summary>
public sealed class MemoryConfigSource : IVersionedConfigSource
{
    private readonly KeyValuePair<string, string?>[] _values;

    /// <summary>Creates the source from a copy of <paramref name="values"/>.</summary>
    /// <param name="values">Full key paths (<c>Server:Port</c>) and their values; a null value is an explicit null.</param>
    /// <param name="name">The name used in messages.</param>
    public MemoryConfigSource(IEnumerable<KeyValuePair<string, string?>> values, string name = "in-memory")
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = [.. values];
        Name = name ?? throw new ArgumentNullException(nameof(name));
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public void Load(ConfigDataBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // The pairs were copied when the source was made: every load writes the same data.
        builder.DeclareVersion(UInt128.Zero);
        foreach (var (key, value) in _values)
        {
            builder.Set(key, value, new ConfigOrigin(string.Concat(Name, " '", key, "'")));
        }
    }

    /// <inheritdoc/>
    bool IVersionedConfigSource.HasChangedSince(UInt128 version) => version != UInt128.Zero;
}
