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

    // The root's: every segment of the schema's keys, compared ordinally, so a loader can share the schema's string.
    private HashSet<string>? _spellings;

    private SchemaKeyTree(ConfigKeyInfo? key) => Key = key;

    /// <summary>The schema key at this node; null for the root and for a segment that only leads to keys.</summary>
    public ConfigKeyInfo? Key { get; private set; }

    /// <summary>The node of the collection-element segment (<c>*</c>), which matches any segment.</summary>
    public SchemaKeyTree? Element { get; private set; }

    /// <summary>Builds the tree of <paramref name="keys"/>.</summary>
    /// <param name="keys">Every key of the schema, by its full path (the section's segments first).</param>
    public static SchemaKeyTree Build(IReadOnlyList<ConfigKeyInfo> keys)
    {
        var root = new SchemaKeyTree(null) { _spellings = new HashSet<string>(StringComparer.Ordinal) };
        foreach (var key in keys)
        {
            var node = root;
            foreach (var segment in key.Path.Split(':'))
            {
                node = node.Add(segment);
                if (segment != "*")
                {
                    root._spellings.Add(segment);
                }
            }

            node.Key = key;
        }

        return root;
    }

    /// <summary>
    /// The schema's own string for a key segment spelled exactly as <paramref name="segment"/> (ordinal, case included),
    /// or <see langword="null"/>: loaders keep it instead of allocating a copy of the same text. Asked of the root.
    /// </summary>
    /// <param name="segment">One segment of a key path, as a source spelled it.</param>
    public string? SpelledAsInSchema(ReadOnlySpan<char> segment)
        => _spellings is not null && _spellings.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(segment, out var known) ? known : null;

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
