using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace Veltrix.Analyzers.Json;

/// <summary>
/// A JSON value with the span of its token (scalars) or of its whole text (objects and arrays), so that every
/// diagnostic about a configuration file can point at the exact place the IDE should underline.
/// </summary>
internal sealed class JsonNode
{
    private static readonly IReadOnlyList<JsonProperty> NoProperties = [];
    private static readonly IReadOnlyList<JsonNode> NoItems = [];

    private JsonNode(JsonNodeKind kind, TextSpan span, string? text, IReadOnlyList<JsonProperty> properties, IReadOnlyList<JsonNode> items)
    {
        Kind = kind;
        Span = span;
        Text = text;
        Properties = properties;
        Items = items;
    }

    /// <summary>What the node holds.</summary>
    public JsonNodeKind Kind { get; }

    /// <summary>The span of the value in the file.</summary>
    public TextSpan Span { get; }

    /// <summary>The scalar text as the runtime binds it; null for objects, arrays and <c>null</c>.</summary>
    public string? Text { get; }

    /// <summary>The properties of an object, in file order (duplicates included); empty otherwise.</summary>
    public IReadOnlyList<JsonProperty> Properties { get; }

    /// <summary>The items of an array; empty otherwise.</summary>
    public IReadOnlyList<JsonNode> Items { get; }

    /// <summary>Whether the node is an object or an array.</summary>
    public bool IsContainer => Kind is JsonNodeKind.Object or JsonNodeKind.Array;

    /// <summary>Creates a scalar node.</summary>
    /// <param name="kind">A scalar kind.</param>
    /// <param name="span">The token's span.</param>
    /// <param name="text">The scalar text, or null for <c>null</c>.</param>
    /// <returns>The node.</returns>
    public static JsonNode Scalar(JsonNodeKind kind, TextSpan span, string? text) => new(kind, span, text, NoProperties, NoItems);

    /// <summary>Creates an object node.</summary>
    /// <param name="span">From the opening to the closing brace.</param>
    /// <param name="properties">The properties in file order.</param>
    /// <returns>The node.</returns>
    public static JsonNode Object(TextSpan span, IReadOnlyList<JsonProperty> properties) => new(JsonNodeKind.Object, span, null, properties, NoItems);

    /// <summary>Creates an array node.</summary>
    /// <param name="span">From the opening to the closing bracket.</param>
    /// <param name="items">The items.</param>
    /// <returns>The node.</returns>
    public static JsonNode Array(TextSpan span, IReadOnlyList<JsonNode> items) => new(JsonNodeKind.Array, span, null, NoProperties, items);
}
