using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

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

    // Leaves are most nodes (one per key a source sets): what only sections and lists need lives in a branch they
    // get with their first child or marker. A leaf's path is made when a message needs it; a section's is kept in its
    // branch, because binding passes it to the section's binder.
    private Branch? _branch;

    internal ConfigNode(ConfigNode? parent, string key)
    {
        Parent = parent;
        Key = key;
        SourceIndex = -1;
        MaxSourceIndex = -1;
    }

    /// <summary>
    /// The last source that stated this key as a whole list (a JSON array with elements), or -1. Such a list replaces
    /// the elements of earlier sources; a later source that sets single elements (<c>Key:0:Field</c>) patches it.
    /// </summary>
    public int ListSourceIndex => _branch?.ListSourceIndex ?? -1;

    /// <summary>The last segment of <see cref="Path"/>, as the source spelled it.</summary>
    public string Key { get; }

    /// <summary>The full key path, segments joined with <c>:</c>; empty for the root.</summary>
    public string Path => _branch is { } branch ? branch.Path ??= ComposePath() : ComposePath();

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
    internal ConfigOrigin ContainerOrigin
    {
        get => _branch?.ContainerOrigin ?? ConfigOrigin.Unknown;
        set => (_branch ??= new()).ContainerOrigin = value;
    }

    /// <summary>The index of the source that last set this node's own value or marker; -1 when none did.</summary>
    public int SourceIndex { get; private set; }

    /// <summary>The highest source index of any value in this node's subtree; -1 when it holds none.</summary>
    public int MaxSourceIndex { get; private set; }

    /// <summary>The children, in the order sources first added them.</summary>
    public IReadOnlyList<ConfigNode> Children => (IReadOnlyList<ConfigNode>?)_branch?.Children ?? [];

    /// <summary>The children as a span, for walks inside the library that must not allocate an enumerator per node.</summary>
    /// <remarks>Valid until a child is added or removed; the tree is read-only once sources have loaded.</remarks>
    internal ReadOnlySpan<ConfigNode> ChildSpan => CollectionsMarshal.AsSpan(_branch?.Children);

    /// <summary>Whether this node has children.</summary>
    public bool HasChildren => _branch?.Children is { Count: > 0 };

    /// <summary>Finds a direct child by key, case-insensitively.</summary>
    /// <param name="key">The key segment.</param>
    /// <returns>The child, or <see langword="null"/>.</returns>
    public ConfigNode? GetChild(string key) => GetChild(key.AsSpan());

    /// <summary>Finds a direct child by key, case-insensitively, without allocating.</summary>
    /// <param name="key">The key segment.</param>
    /// <returns>The child, or <see langword="null"/>.</returns>
    public ConfigNode? GetChild(ReadOnlySpan<char> key)
    {
        if (_branch?.Children is not { } children)
        {
            return null;
        }

        if (!_branch.Index.IsEmpty)
        {
            var position = _branch.Index.Find(key, new ChildKeys(children));
            return position < 0 ? null : children[position];
        }

        foreach (var child in children)
        {
            if (key.Equals(child.Key, StringComparison.OrdinalIgnoreCase))
            {
                return child;
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
        if (_branch?.Children is { } children)
        {
            foreach (var child in children)
            {
                if (child.MaxSourceIndex > SourceIndex)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private string ComposePath() => Parent is null || Parent.Parent is null ? Key : string.Concat(Parent.Path, ":", Key);

    /// <summary>Formats the node as <c>path = value</c> for debugging; never used in messages.</summary>
    public override string ToString() => HasChildren ? Path + " (section)" : Path;

    /// <summary>Adds a child that <see cref="GetChild(ReadOnlySpan{char})"/> did not find.</summary>
    /// <param name="key">The child's key, as the source spelled it.</param>
    internal ConfigNode AddChild(string key)
    {
        var child = new ConfigNode(this, key);
        Adopt(child);
        return child;
    }

    internal void SetValue(string? value, ConfigOrigin origin, int sourceIndex)
    {
        Value = value;
        HasValue = true;
        IsEmptyContainer = false;
        Mark(origin, sourceIndex);
    }

    internal void MarkList(int sourceIndex) => (_branch ??= new()).ListSourceIndex = sourceIndex;

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
        if (_branch?.Children is not { } children)
        {
            return;
        }

        var removed = false;
        for (var i = children.Count - 1; i >= 0; i--)
        {
            var child = children[i];
            if (child.MaxSourceIndex < sourceIndex)
            {
                children.RemoveAt(i);
                removed = true;
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

        // Removing shifted the positions the index holds.
        if (removed && !_branch.Index.IsEmpty)
        {
            _branch.Index.Rebuild(children.Count, new ChildKeys(children));
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
        if (_branch is { } branch)
        {
            if (branch.ContainerOrigin.IsKnown)
            {
                copy.ContainerOrigin = branch.ContainerOrigin;
            }

            if (branch.ListSourceIndex >= sourceIndex)
            {
                copy.MarkList(branch.ListSourceIndex);
            }
        }

        foreach (var child in Children)
        {
            var prunedChild = child.PruneTo(copy, sourceIndex);
            if (prunedChild is not null)
            {
                copy.Adopt(prunedChild);
                if (!copy.Origin.IsKnown)
                {
                    copy.Origin = prunedChild.Origin;
                }
            }
        }

        return copy;
    }

    private void Adopt(ConfigNode child)
    {
        var branch = _branch ??= new();
        var children = branch.Children ??= [];
        children.Add(child);
        if (!branch.Index.IsEmpty)
        {
            branch.Index.Add(children.Count - 1, new ChildKeys(children));
        }
        else if (children.Count > IndexThreshold)
        {
            branch.Index.Rebuild(children.Count, new ChildKeys(children));
        }
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

    /// <summary>The keys of a node's children, by position, for its <see cref="NameIndex"/>.</summary>
    private readonly struct ChildKeys(List<ConfigNode> children) : INameList
    {
        public ReadOnlySpan<char> NameAt(int position) => children[position].Key;
    }

    /// <summary>
    /// What only a section or list has: children, their index, where and by whom it was written whole, and its path.
    /// </summary>
    private sealed class Branch
    {
        public List<ConfigNode>? Children;
        public NameIndex Index;
        public ConfigOrigin ContainerOrigin;
        public int ListSourceIndex = -1;
        public string? Path;
    }
}
