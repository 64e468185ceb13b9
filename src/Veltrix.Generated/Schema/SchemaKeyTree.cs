using System;
using System.Collections.Generic;

namespace Veltrix;

/// <summary>
/// The keys of a schema as a tree of path segments, matched case-insensitively, for walking configuration data
/// against the schema in one pass: each step is one dictionary lookup instead of a scan of every key.
/// </summary>
internal sealed class SchemaKeyTree
{
    private Dictionary<string, SchemaKeyTree>? _children;

    private SchemaKeyTree(ConfigKeyInfo? key) => Key = key;

    /// <summary>The schema key at this node; null for the root and for a segment that only leads to keys.</summary>
    public ConfigKeyInfo? Key { get; private set; }

    /// <summary>The node of the collection-element segment (<c>*</c>), which matches any segment.</summary>
    public SchemaKeyTree? Element { get; private set; }

    /// <summary>Builds the tree of <paramref name="keys"/>.</summary>
    /// <param name="keys">Every key of the schema, relative to its section.</param>
    public static SchemaKeyTree Build(IReadOnlyList<ConfigKeyInfo> keys)
    {
        var root = new SchemaKeyTree(null);
        foreach (var key in keys)
        {
            var node = root;
            foreach (var segment in key.Path.Split(':'))
            {
                node = node.Add(segment);
            }

            node.Key = key;
        }

        return root;
    }

    /// <summary>The node for one segment below this one: its named child, else the element node; null when none.</summary>
    /// <param name="segment">The segment as the data wrote it.</param>
    public SchemaKeyTree? Child(string segment)
        => _children is not null && _children.TryGetValue(segment, out var child) ? child : Element;

    /// <summary>The node at a path below this one, segments separated by <c>:</c>; null when the schema has none.</summary>
    /// <param name="path">The relative path.</param>
    public SchemaKeyTree? Find(string path)
    {
        var node = this;
        foreach (var segment in path.Split(':'))
        {
            node = node.Child(segment);
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    private SchemaKeyTree Add(string segment)
    {
        if (segment == "*")
        {
            return Element ??= new SchemaKeyTree(null);
        }

        _children ??= new Dictionary<string, SchemaKeyTree>(StringComparer.OrdinalIgnoreCase);
        if (!_children.TryGetValue(segment, out var child))
        {
            child = new SchemaKeyTree(null);
            _children.Add(segment, child);
        }

        return child;
    }
}
