using System;
using System.Collections.Generic;
using System.Globalization;

namespace Veltrix;

/// <summary>
/// The keys of a configuration schema and a hash of their shape, computed by the generator at compile time.
/// </summary>
/// <remarks>
/// The hash covers key paths, kinds, types and roles, not defaults or descriptions: two builds of the same
/// schema shape agree on it, so it can be stored beside published configuration to detect drift.
/// </remarks>
public sealed class ConfigSchema
{
    private readonly ConfigKeyInfo[] _keys;
    private SchemaKeyTree? _tree;

    /// <summary>Creates a schema; generated code calls this once per schema type.</summary>
    /// <param name="section">The section prefix of the root (<see cref="VeltrixConfigAttribute.Section"/>).</param>
    /// <param name="hash">The 64-bit XxHash3 of the schema's shape.</param>
    /// <param name="keys">Every key, sorted by path.</param>
    public ConfigSchema(string section, ulong hash, ConfigKeyInfo[] keys)
    {
        Section = section ?? throw new ArgumentNullException(nameof(section));
        Hash = hash;
        _keys = keys ?? throw new ArgumentNullException(nameof(keys));
    }

    /// <summary>The section prefix of the root; empty when the schema binds from the root.</summary>
    public string Section { get; }

    /// <summary>The 64-bit XxHash3 of the schema's shape.</summary>
    public ulong Hash { get; }

    /// <summary>The hash as 16 lowercase hex digits.</summary>
    public string HashHex => Hash.ToString("x16", CultureInfo.InvariantCulture);

    /// <summary>Every key, sorted by path.</summary>
    public IReadOnlyList<ConfigKeyInfo> Keys => _keys;

    /// <summary>The keys as a tree of segments, built on first use (a benign race builds it twice at most).</summary>
    internal SchemaKeyTree KeyTree => _tree ??= SchemaKeyTree.Build(_keys);

    /// <summary>
    /// The schema's own string for a key segment spelled exactly as <paramref name="segment"/> (ordinal, case
    /// included), or <see langword="null"/>: loaders keep it instead of allocating a copy of the same text.
    /// </summary>
    /// <param name="segment">One segment of a key path, as a source spelled it.</param>
    internal string? SpelledAsInSchema(ReadOnlySpan<char> segment) => KeyTree.SpelledAsInSchema(segment);

    /// <summary>Finds a key by path, case-insensitively; collection elements match their <c>*</c> segment.</summary>
    /// <param name="keyPath">A concrete key path such as <c>Server:Endpoints:2:Url</c>.</param>
    /// <returns>The key, or <see langword="null"/> when the schema has none at that path.</returns>
    public ConfigKeyInfo? Find(ReadOnlySpan<char> keyPath)
    {
        foreach (var key in _keys)
        {
            if (Matches(key.Path, keyPath))
            {
                return key;
            }
        }

        return null;
    }

    private static bool Matches(ReadOnlySpan<char> pattern, ReadOnlySpan<char> path)
    {
        while (true)
        {
            var pc = pattern.IndexOf(':');
            var kc = path.IndexOf(':');
            var ps = pc < 0 ? pattern : pattern[..pc];
            var ks = kc < 0 ? path : path[..kc];
            if (!(ps is "*" && ks.Length > 0) && !ps.Equals(ks, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            if (pc < 0 || kc < 0)
            {
                return pc < 0 && kc < 0;
            }

            pattern = pattern[(pc + 1)..];
            path = path[(kc + 1)..];
        }
    }
}
