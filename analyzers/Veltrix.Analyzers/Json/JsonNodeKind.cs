namespace Veltrix.Analyzers.Json;

/// <summary>What a <see cref="JsonNode"/> holds.</summary>
internal enum JsonNodeKind
{
    /// <summary>An object: <see cref="JsonNode.Properties"/>.</summary>
    Object,

    /// <summary>An array: <see cref="JsonNode.Items"/>.</summary>
    Array,

    /// <summary>A string; <see cref="JsonNode.Text"/> is the unescaped value.</summary>
    String,

    /// <summary>A number; <see cref="JsonNode.Text"/> is the literal as written.</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c>; <see cref="JsonNode.Text"/> is <c>True</c> or <c>False</c>, as the runtime stores it.</summary>
    Boolean,

    /// <summary><c>null</c>.</summary>
    Null,
}
