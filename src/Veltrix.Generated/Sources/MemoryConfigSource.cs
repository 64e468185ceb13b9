using System;
using System.Collections.Generic;

namespace Veltrix;

/// <summary>Key/value pairs held in memory, such as defaults computed at start-up or test values.</summary>
public sealed class MemoryConfigSource : IConfigSource
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
        foreach (var (key, value) in _values)
        {
            builder.Set(key, value, new ConfigOrigin(string.Concat(Name, " '", key, "'")));
        }
    }
}
