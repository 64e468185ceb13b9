using System;
using System.Collections.Generic;
using System.Globalization;

namespace Veltrix;

/// <summary>
/// Collects the key/value pairs of every source, in order, into one <see cref="ConfigNode"/> tree: a later
/// source overrides an earlier one key by key. Sources receive it in <see cref="IConfigSource.Load"/>.
/// </summary>
/// <remarks>
/// A key set twice by the same source is an error naming both origins (a JSON file with <c>"a:b"</c> and
/// <c>"a": {"b"}</c>, or two environment variables that differ only in case). Problems are collected, not
/// thrown, so that one load reports all of them.
/// </remarks>
public sealed class ConfigDataBuilder
{
    private readonly List<ConfigError> _errors = [];
    private readonly List<KeyReach> _reach = [];
    private readonly List<UInt128?> _versions = [];
    private int _keyCount;
    private bool _keyLimitReported;
    private UnknownKeyScope _unknownKeys;

    /// <summary>Creates an empty builder.</summary>
    /// <param name="limits">The limits sources must respect; <see cref="ConfigLimits.Default"/> when null.</param>
    public ConfigDataBuilder(ConfigLimits? limits = null)
    {
        Limits = limits ?? ConfigLimits.Default;
        Limits.Validate();
        Root = new ConfigNode(null, string.Empty);
        SourceIndex = -1;
        SourceName = string.Empty;
    }

    /// <summary>Creates an empty builder for a schema, which strict sources check their keys against.</summary>
    internal ConfigDataBuilder(ConfigLimits? limits, ConfigSchema? schema)
        : this(limits)
    {
        Schema = schema;
    }

    /// <summary>The schema being loaded, when known: strict sources report keys it does not have.</summary>
    internal ConfigSchema? Schema { get; }

    /// <summary>The merged data so far.</summary>
    public ConfigNode Root { get; }

    /// <summary>The limits sources must respect.</summary>
    public ConfigLimits Limits { get; }

    /// <summary>The 0-based index of the source now loading.</summary>
    public int SourceIndex { get; private set; }

    /// <summary>The name of the source now loading.</summary>
    public string SourceName { get; private set; }

    /// <summary>Every problem reported so far.</summary>
    public IReadOnlyList<ConfigError> Errors => _errors;

    /// <summary>Whether any problem was reported.</summary>
    public bool HasErrors => _errors.Count > 0;

    /// <summary>Starts the next source: its keys override those of every earlier source.</summary>
    /// <param name="name">The source's name, for messages.</param>
    public void BeginSource(string name)
    {
        SourceIndex++;
        SourceName = name;
        _unknownKeys = UnknownKeyScope.None;
        _reach.Add(KeyReach.Shared);
        _versions.Add(null);
    }

    /// <summary>
    /// Declares the version of the data the source now loading wrote (a hash of its content, a revision, a change
    /// counter), which its <see cref="IVersionedConfigSource.HasChangedSince"/> is later asked about.
    /// </summary>
    /// <param name="version">Equal versions must mean equal data.</param>
    /// <remarks>A source that does not declare one is loaded again on every reload. Ignored before <see cref="BeginSource"/>.</remarks>
    public void DeclareVersion(UInt128 version)
    {
        if (SourceIndex >= 0)
        {
            _versions[SourceIndex] = version;
        }
    }

    /// <summary>The version each source declared, by source index; null when any source declared none.</summary>
    internal UInt128[]? DeclaredVersions()
    {
        var versions = new UInt128[_versions.Count];
        for (var i = 0; i < versions.Length; i++)
        {
            if (_versions[i] is not { } version)
            {
                return null;
            }

            versions[i] = version;
        }

        return versions;
    }

    /// <summary>Whose keys each source holds, by source index: which of its unknown keys are worth reporting.</summary>
    internal IReadOnlyList<KeyReach> Reach => _reach;

    /// <summary>Says whose keys the source now loading holds (<see cref="KeyReach.Shared"/> unless it says otherwise).</summary>
    internal void DeclareReach(KeyReach reach) => _reach[SourceIndex] = reach;

    /// <summary>
    /// Makes the source now loading strict: from now until the next <see cref="BeginSource"/>, a key in
    /// <paramref name="scope"/> that the schema does not have is reported (with the key it most likely meant) and
    /// not stored.
    /// </summary>
    internal void ReportUnknownKeys(UnknownKeyScope scope) => _unknownKeys = scope;

    /// <summary>Sets a scalar value.</summary>
    /// <param name="keyPath">The full key path, segments separated by <c>:</c>.</param>
    /// <param name="value">The value; <see langword="null"/> for an explicit null.</param>
    /// <param name="origin">Where the value came from.</param>
    /// <returns>Whether the value was stored; <see langword="false"/> after reporting an error.</returns>
    public bool Set(ReadOnlySpan<char> keyPath, string? value, ConfigOrigin origin)
    {
        if (value is not null && value.Length > Limits.MaxValueLength)
        {
            AddError(new ConfigError(
                keyPath.ToString(),
                string.Create(CultureInfo.InvariantCulture, $"The value is {value.Length:N0} characters long; the limit is {Limits.MaxValueLength:N0} (ConfigLimits.MaxValueLength)."),
                origin,
                "Limit"));
            return false;
        }

        if (_unknownKeys != UnknownKeyScope.None && !IsKnown(keyPath, origin))
        {
            return false;
        }

        var node = Resolve(keyPath, origin);
        if (node is null)
        {
            return false;
        }

        if (node.SourceIndex == SourceIndex && (node.HasValue || node.IsEmptyContainer))
        {
            ReportDuplicate(node, origin);
            return false;
        }

        if (node.HasChildren && node.MaxSourceIndex == SourceIndex && value is not null)
        {
            ReportDuplicate(node, origin);
            return false;
        }

        if (value is null)
        {
            // An explicit null clears what earlier sources set beneath the key: a section or dictionary binds fresh.
            node.RemoveSetBefore(SourceIndex);
        }

        node.SetValue(value, origin, SourceIndex);
        return true;
    }

    /// <summary>Declares an empty array or object, which replaces an earlier source's collection at that key.</summary>
    /// <param name="keyPath">The full key path.</param>
    /// <param name="origin">Where the declaration came from.</param>
    /// <returns>Whether the declaration was stored; <see langword="false"/> after reporting an error.</returns>
    public bool SetEmptyContainer(ReadOnlySpan<char> keyPath, ConfigOrigin origin)
    {
        if (_unknownKeys != UnknownKeyScope.None && !IsKnown(keyPath, origin))
        {
            return false;
        }

        var node = Resolve(keyPath, origin);
        if (node is null)
        {
            return false;
        }

        if (node.SourceIndex == SourceIndex && node.HasValue)
        {
            ReportDuplicate(node, origin);
            return false;
        }

        node.SetEmptyContainer(origin, SourceIndex);
        return true;
    }

    /// <summary>
    /// Declares that the source now loading states the whole list at <paramref name="keyPath"/> (a JSON array with
    /// elements, already set): the list replaces the elements earlier sources set, and later sources that set
    /// single elements (environment variables, command-line arguments, in-memory keys) patch it index by index.
    /// </summary>
    /// <param name="keyPath">The full key path of the list.</param>
    public void DeclareList(ReadOnlySpan<char> keyPath)
    {
        // The elements were stored first; a key refused (strict sources, limits) leaves nothing to declare.
        if (Root.Find(keyPath) is { } node && node != Root)
        {
            node.MarkList(SourceIndex);
        }
    }

    /// <summary>
    /// Records where the source now loading opened the section or list at <paramref name="keyPath"/>, so that a
    /// problem of the section as a whole (a required key it lacks) can point at it.
    /// </summary>
    /// <param name="keyPath">The full key path of the section or list.</param>
    /// <param name="origin">The position of its opening brace or bracket.</param>
    internal void DeclareContainer(ReadOnlySpan<char> keyPath, ConfigOrigin origin)
    {
        // A section whose keys were all refused (strict sources, limits) does not exist, and has nothing to point at.
        if (Root.Find(keyPath) is { } node && node != Root)
        {
            node.ContainerOrigin = origin;
        }
    }

    /// <summary>Reports a problem; the load fails once all sources have been read.</summary>
    /// <param name="error">The problem.</param>
    public void AddError(ConfigError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        _errors.Add(error);
    }

    private ConfigNode? Resolve(ReadOnlySpan<char> keyPath, ConfigOrigin origin)
    {
        if (keyPath.Length > Limits.MaxKeyLength)
        {
            AddError(new ConfigError(
                keyPath[..Math.Min(keyPath.Length, 64)].ToString() + "…",
                string.Create(CultureInfo.InvariantCulture, $"The key is {keyPath.Length:N0} characters long; the limit is {Limits.MaxKeyLength:N0} (ConfigLimits.MaxKeyLength)."),
                origin,
                "Limit"));
            return null;
        }

        if (++_keyCount > Limits.MaxKeys)
        {
            if (!_keyLimitReported)
            {
                _keyLimitReported = true;
                AddError(new ConfigError(
                    string.Empty,
                    string.Create(CultureInfo.InvariantCulture, $"The sources set more than {Limits.MaxKeys:N0} keys (ConfigLimits.MaxKeys)."),
                    origin,
                    "Limit"));
            }

            return null;
        }

        var node = Root;
        var rest = keyPath;
        var depth = 0;
        while (true)
        {
            var colon = rest.IndexOf(':');
            var segment = colon < 0 ? rest : rest[..colon];
            if (segment.IsEmpty)
            {
                AddError(new ConfigError(keyPath.ToString(), "The key has an empty segment; keys are segments separated by ':'.", origin, "Key"));
                return null;
            }

            if (++depth > Limits.MaxDepth)
            {
                AddError(new ConfigError(
                    keyPath.ToString(),
                    string.Create(CultureInfo.InvariantCulture, $"The key is nested {depth:N0} levels deep; the limit is {Limits.MaxDepth:N0} (ConfigLimits.MaxDepth)."),
                    origin,
                    "Limit"));
                return null;
            }

            var child = node.GetChild(segment) ?? node.AddChild(KeyText(segment));
            if (colon >= 0 && child.HasValue && child.Value is not null && child.SourceIndex == SourceIndex)
            {
                // The same source gave this key both a value and children: {"a": 1, "a:b": 2}.
                ReportDuplicate(child, origin);
                return null;
            }

            node = child;
            if (colon < 0)
            {
                return node;
            }

            rest = rest[(colon + 1)..];
        }
    }

    /// <summary>
    /// The text of a new key segment: the schema's own string when the source spelled a key of the schema exactly as it
    /// does (most keys of most files), so that loading the same keys again allocates no key strings.
    /// </summary>
    private string KeyText(ReadOnlySpan<char> segment) => Schema?.SpelledAsInSchema(segment) ?? segment.ToString();

    /// <summary>Whether a strict source may set <paramref name="keyPath"/>; reports it when not.</summary>
    private bool IsKnown(ReadOnlySpan<char> keyPath, ConfigOrigin origin)
    {
        if (Schema is not { } schema)
        {
            return true;
        }

        // The section itself and the sections above it ("App" of "App:Server") are not keys of the schema but are
        // where its keys live; a key beside the section is another consumer's unless every key must be known.
        var section = schema.Section.AsSpan();
        if (section.Length > 0)
        {
            if (section.StartsWith(keyPath, StringComparison.OrdinalIgnoreCase) && (section.Length == keyPath.Length || section[keyPath.Length] == ':'))
            {
                return true;
            }

            var inSection = keyPath.Length > section.Length && keyPath[section.Length] == ':' && keyPath.StartsWith(section, StringComparison.OrdinalIgnoreCase);
            if (!inSection && _unknownKeys == UnknownKeyScope.Section)
            {
                return true;
            }
        }

        if (schema.Find(keyPath) is not null)
        {
            return true;
        }

        AddError(new ConfigError(
            keyPath.ToString(),
            UnknownKeyFinder.Message(schema, UnknownKeyFinder.Suggest(schema, keyPath), "This source is strict, so unknown keys are errors."),
            origin,
            "UnknownKey"));
        return false;
    }

    private void ReportDuplicate(ConfigNode node, ConfigOrigin second)
    {
        AddError(new ConfigError(
            node.Path,
            string.Create(CultureInfo.InvariantCulture, $"The key is defined twice in {SourceName}: first at {node.Origin}, again at {second}. Keys are case-insensitive; keep one."),
            second,
            "DuplicateKey"));
    }
}
