using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace Veltrix.Analyzers.Usage;

/// <summary>
/// One segment of the key tree of every schema in a compilation. Children are matched case-insensitively, as keys
/// are; the element node of a list matches any index, the one of a dictionary any key.
/// </summary>
internal sealed class SchemaKeyNode
{
    /// <summary>The named children: members (by key, after <c>[ConfigKey]</c>) and section-path segments.</summary>
    public Dictionary<string, SchemaKeyNode> Children { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The element node of a list or dictionary member, otherwise null.</summary>
    public SchemaKeyNode? Element { get; set; }

    /// <summary>Whether <see cref="Element"/> is a dictionary's (any key) rather than a list's (an index).</summary>
    public bool IsDictionary { get; set; }

    /// <summary>The root schema whose section path ends here, if one does.</summary>
    public INamedTypeSymbol? Schema { get; set; }

    /// <summary>The C# member name this segment reads (empty for section-path segments and elements).</summary>
    public string MemberName { get; set; } = string.Empty;

    /// <summary>The type bound here: a member's or an element's; null for section-path segments.</summary>
    public ITypeSymbol? Type { get; set; }

    /// <summary>Walks <paramref name="keyPath"/> from this node.</summary>
    /// <param name="keyPath">The key path.</param>
    /// <param name="match">The member the path binds.</param>
    /// <returns>Whether the path ends on a member or element of a schema.</returns>
    public bool TryMatch(string keyPath, out SchemaKeyMatch match)
    {
        match = default;
        var node = this;
        var schema = Schema;
        var access = string.Empty;
        foreach (var segment in keyPath.Split(':'))
        {
            if (node.Children.TryGetValue(segment, out var child))
            {
                access = child.Schema is not null ? string.Empty : access + (child.MemberName.Length > 0 ? "." + child.MemberName : string.Empty);
            }
            else if (node.Element is { } element && segment.Length > 0 && (node.IsDictionary || IsIndex(segment)))
            {
                child = element;
                access += node.IsDictionary
                    ? "[" + Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(segment, quote: true) + "]"
                    : "[" + int.Parse(segment, NumberStyles.None, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) + "]";
            }
            else
            {
                return false;
            }

            schema = child.Schema ?? schema;
            node = child;
        }

        if (schema is null || node.Type is null)
        {
            return false;
        }

        match = new SchemaKeyMatch(schema, access, node.Type);
        return true;
    }

    private static bool IsIndex(string segment)
    {
        if (segment.Length > 9)
        {
            return false;
        }

        foreach (var c in segment)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
