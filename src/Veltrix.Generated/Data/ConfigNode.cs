using System;
using System.Collections.Generic;

namespace Veltrix;

/// <summary>
/// One node of merged configuration data: a scalar value, a section of children, or both. Keys compare
/// case-insensitively (<see cref="StringComparer.OrdinalIgnoreCase"/>), as in Microsoft.Extensions.Configuration.
/// </summary>
/// <remarks>
/// Nodes are built by <see cref="ConfigDataBuilder"/> while sources load and are read-only afterwards; the
/// generated binders walk them. Each node remembers which source set it last, so that a collection set by a
/// later source can replace the whole collection of an earlier one.
/// </remarks>
public sealed class ConfigNode
{
    // Linear search beats hashing for the handful of children a typical section has.
    private const int IndexThreshold = 8;

    // Leaves are most nodes: they get no child list, and no path string until a message needs one.
    private List<ConfigNode>? _children;
    private Dictionary<string, ConfigNode>? _index;
    private string? _path;

    internal ConfigNode(ConfigNode? parent, string key)
    {
        Parent = parent;
        Key = key;
        SourceIndex = -1;
        MaxSourceIndex = -1;
        ListSourceIndex = -1;
    }

    /// <summary>
    /// The last source that stated this key as a whole list (a JSON array with elements), or -1. Such a list replaces
    /// the elements of earlier sources; a later source that sets single elements (<c>Key:0:Field</c>) patches it.
    /// </summary>
    public int ListSourceIndex { get; private set; }

    /// <summary>The last segment of <see cref="Path"/>, as the source spelled it.</summary>
    public string Key { get; }

    /// <summary>The full key path, segments joined with <c>:</c>; empty for the root.</summary>
    public string Path => _path ??= Parent is null || Parent.Parent is null ? Key : string.Concat(Parent.Path, ":", Key);

    /// <summary>The parent section; <see langword="null"/> for the root.</summary>
    public ConfigNode? Parent { get; }

    /// <summary>The scalar value, or <see langword="null"/> when the node has none or the source said <c>null</c>.</summary>
    public string? Value { get; private set; }

    /// <summary>Whether a source set a scalar value here (which may be an explicit <c>null</c>).</summary>
    public bool HasValue { get; private set; }

    /// <summary>
    /// Whether the node is an explicit <c>null</c> (JSON <c>null</c>) that no later source overrode: keys a later
    /// source set beneath it win over an earlier null, and a later null wins over earlier keys.
    /// </summary>
    public bool IsNull => HasValue && Value is null && !HasChildrenFromLaterSource();

    /// <summary>Whether a source declared this node an empty array or object (JSON <c>[]</c> or <c>{}</c>).</summary>
    public bool IsEmptyContainer { get; private set; }

    /// <summary>Where the value (or, for a section, its first entry) came from.</summary>
    public ConfigOrigin Origin { get; private set; }

    /// <summary>
    /// Where the last source with positions opened this node as a section or list (the <c>{</c> or <c>[</c> of a JSON
    /// file); unknown when no such source wrote it as a container. Problems that belong to the section as a whole
    /// (a required key it lacks) point here.
    /// </summary>
    internal ConfigOrigin ContainerOrigin { get; set; }

    /// <summary>The index of the source that last set this node's own value or marker; -1 when none did.</summary>
    public int SourceIndex { get; private set; }

    /// <summary>The highest source index of any value in this node's subtree; -1 when it holds none.</summary>
    public int MaxSourceIndex { get; private set; }

    /// <summary>The children, in the order sources first added them.</summary>
    public IReadOnlyList<ConfigNode> Children => (IReadOnlyList<ConfigNode>?)_children ?? [];

    /// <summary>Whether this node has children.</summary>
    public bool HasChildren => _children is { Count: > 0 };

    /// <summary>Finds a direct child by key, case-insensitively.</summary>
    /// <param name="key">The key segment.</param>
    /// <returns>The child, or <see langword="null"/>.</returns>
    public ConfigNode? GetChild(string key) => GetChild(key.AsSpan());

    /// <summary>Finds a direct child by key, case-insensitively, without allocating.</summary>
    /// <param name="key">The key segment.</param>
    /// <returns>The child, or <see langword="null"/>.</returns>
    public ConfigNode? GetChild(ReadOnlySpan<char> key)
    {
        if (_index is not null)
        {
            return _index.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var found) ? found : null;
        }

        if (_children is not null)
        {
            foreach (var child in _children)
            {
                if (key.Equals(child.Key, StringComparison.OrdinalIgnoreCase))
                {
                    return child;
                }
            }
        }

        return null;
    }

    /// <summary>Finds a descendant by a <c>:</c>-separated key path relative to this node.</summary>
    /// <param name="relativePath">The key path, such as <c>Cache:MaxEntries</c>.</param>
    /// <returns>The node, or <see langword="null"/>.</returns>
    public ConfigNode? Find(ReadOnlySpan<char> relativePath)
    {
        var node = this;
        while (node is not null && relativePath.Length > 0)
        {
            var colon = relativePath.IndexOf(':');
            var segment = colon < 0 ? relativePath : relativePath[..colon];
            node = node.GetChild(segment);
            relativePath = colon < 0 ? [] : relativePath[(colon + 1)..];
        }

        return node;
    }

    private bool HasChildrenFromLaterSource()
    {
        if (_children is not null)
        {
            foreach (var child in _children)
            {
                if (child.MaxSourceIndex > SourceIndex)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Formats the node as <c>path = value</c> for debugging; never used in messages.</summary>
    public override string ToString() => HasChildren ? Path + " (section)" : Path;

    internal ConfigNode GetOrAddChild(string key)
    {
        var existing = GetChild(key);
        if (existing is not null)
        {
            return existing;
        }

        var child = new ConfigNode(this, key);
        (_children ??= []).Add(child);
        if (_index is not null)
        {
            _index.Add(key, child);
        }
        else if (_children.Count > IndexThreshold)
        {
            _index = new Dictionary<string, ConfigNode>(_children.Count * 2, StringComparer.OrdinalIgnoreCase);
            foreach (var c in _children)
            {
                _index.Add(c.Key, c);
            }
        }

        return child;
    }

    internal void SetValue(string? value, ConfigOrigin origin, int sourceIndex)
    {
        Value = value;
        HasValue = true;
        IsEmptyContainer = false;
        Mark(origin, sourceIndex);
    }

    internal void MarkList(int sourceIndex) => ListSourceIndex = sourceIndex;

    internal void SetEmptyContainer(ConfigOrigin origin, int sourceIndex)
    {
        Value = null;
        HasValue = false;
        IsEmptyContainer = true;
        Mark(origin, sourceIndex);
    }

    /// <summary>Removes from the subtree below this node every value and marker that a source before <paramref name="sourceIndex"/> set.</summary>
    internal void RemoveSetBefore(int sourceIndex)
    {
        if (_children is null)
        {
            return;
        }

        for (var i = _children.Count - 1; i >= 0; i--)
        {
            var child = _children[i];
            if (child.MaxSourceIndex < sourceIndex)
            {
                _children.RemoveAt(i);
                _index?.Remove(child.Key);
                continue;
            }

            if (child.SourceIndex >= 0 && child.SourceIndex < sourceIndex)
            {
                child.Value = null;
                child.HasValue = false;
                child.IsEmptyContainer = false;
                child.SourceIndex = -1;
            }

            child.RemoveSetBefore(sourceIndex);
        }
    }

    /// <summary>Copies this subtree keeping only what <paramref name="sourceIndex"/> (or a later source) set.</summary>
    internal ConfigNode? PruneTo(ConfigNode? parent, int sourceIndex)
    {
        if (MaxSourceIndex < sourceIndex)
        {
            return null;
        }

        var copy = new ConfigNode(parent, Key);
        if (SourceIndex >= sourceIndex)
        {
            copy.Value = Value;
            copy.HasValue = HasValue;
            copy.IsEmptyContainer = IsEmptyContainer;
            copy.Origin = Origin;
            copy.SourceIndex = SourceIndex;
        }

        copy.MaxSourceIndex = MaxSourceIndex;
        copy.ContainerOrigin = ContainerOrigin;
        copy.ListSourceIndex = ListSourceIndex >= sourceIndex ? ListSourceIndex : -1;
        foreach (var child in Children)
        {
            var prunedChild = child.PruneTo(copy, sourceIndex);
            if (prunedChild is not null)
            {
                (copy._children ??= []).Add(prunedChild);
                if (!copy.Origin.IsKnown)
                {
                    copy.Origin = prunedChild.Origin;
                }
            }
        }

        return copy;
    }

    private void Mark(ConfigOrigin origin, int sourceIndex)
    {
        Origin = origin;
        SourceIndex = sourceIndex;
        for (var node = this; node is not null; node = node.Parent)
        {
            if (node.MaxSourceIndex < sourceIndex)
            {
                node.MaxSourceIndex = sourceIndex;
            }

            if (!node.Origin.IsKnown)
            {
                node.Origin = origin;
            }
        }
    }
}
