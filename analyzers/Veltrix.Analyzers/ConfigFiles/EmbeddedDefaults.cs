using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Veltrix.Analyzers.ConfigSchema;
using Veltrix.Analyzers.Json;

namespace Veltrix.Analyzers.ConfigFiles;

/// <summary>
/// The defaults in code of schemas compiled into a referenced assembly, where there is no initializer syntax to read:
/// the generator wrote each member's default into the JSON Schema it embeds in that assembly
/// (<c>[assembly: AssemblyMetadata("Veltrix.JsonSchema:&lt;Type&gt;", …)]</c>), computed from the same initializers
/// when the assembly was built. This reads the attribute's string from metadata (nothing is loaded or run) and follows
/// the schema's <c>$ref</c>s from the root along the model's sections, so each section is matched to its definition
/// by structure, never by name.
/// </summary>
internal sealed class EmbeddedDefaults
{
    private const string MetadataAttribute = "System.Reflection.AssemblyMetadataAttribute";
    private const string JsonSchemaKeyPrefix = "Veltrix.JsonSchema:";

    private static readonly string[] Combinators = ["allOf", "anyOf"];

    private readonly Dictionary<SchemaSection, JsonNode> _definitions = [];

    /// <summary>Indexes the embedded schema of every root declared outside the compilation's source.</summary>
    /// <param name="roots">The schemas of the compilation.</param>
    public EmbeddedDefaults(ImmutableArray<SchemaRoot> roots)
    {
        foreach (var root in roots)
        {
            if (root.Type.DeclaringSyntaxReferences.IsEmpty && Read(root) is { } document && RootDefinition(document, root.SectionPath) is { } definition)
            {
                Index(document, root.Section, definition, new HashSet<SchemaSection>());
            }
        }
    }

    /// <summary>The default the generator recorded for <paramref name="member"/>, as configuration text.</summary>
    /// <param name="section">The member's section.</param>
    /// <param name="member">The member.</param>
    /// <returns>The default text, or null when the schema states none (computed at run time, a secret, or no embedded schema).</returns>
    public string? DefaultOf(SchemaSection section, SchemaMember member)
    {
        if (!_definitions.TryGetValue(section, out var definition) || Member(definition, member.Key) is not { } property)
        {
            return null;
        }

        // Numbers and Booleans keep their JSON text ("8080", "true"), strings their value ("00:00:15"): both are what a
        // configuration file would say.
        return Get(property, "default") is { Kind: JsonNodeKind.String or JsonNodeKind.Number or JsonNodeKind.Boolean } value ? value.Text : null;
    }

    private static JsonNode? Read(SchemaRoot root)
    {
        var key = JsonSchemaKeyPrefix + root.Type.Name;
        foreach (var attribute in root.Type.ContainingAssembly.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() == MetadataAttribute
                && attribute.ConstructorArguments.Length == 2
                && attribute.ConstructorArguments[0].Value is string name
                && string.Equals(name, key, StringComparison.Ordinal)
                && attribute.ConstructorArguments[1].Value is string json)
            {
                return JsonReader.Parse(json).Root;
            }
        }

        return null;
    }

    // The document nests the root's definition under its section path ("Server" → properties.Server → $ref).
    private static JsonNode? RootDefinition(JsonNode document, string sectionPath)
    {
        var node = document;
        if (sectionPath.Length > 0)
        {
            foreach (var segment in sectionPath.Split(':'))
            {
                if (Member(node, segment) is not { } next)
                {
                    return null;
                }

                node = next;
            }
        }

        return Resolve(document, node);
    }

    private void Index(JsonNode document, SchemaSection section, JsonNode definition, HashSet<SchemaSection> visiting)
    {
        if (!visiting.Add(section) || _definitions.ContainsKey(section))
        {
            return;
        }

        _definitions.Add(section, definition);
        foreach (var member in section.Members)
        {
            if (member.Type is { Kind: SchemaTypeKind.Section, Section: { } child }
                && Member(definition, member.Key) is { } property
                && Resolve(document, property) is { } childDefinition)
            {
                Index(document, child, childDefinition, visiting);
            }
        }
    }

    // A definition is reached through "$ref" directly, or inside "allOf"/"anyOf" (a nullable section is anyOf [ref, null]).
    private static JsonNode? Resolve(JsonNode document, JsonNode node)
    {
        const string Prefix = "#/definitions/";
        if (Get(node, "$ref") is { Kind: JsonNodeKind.String, Text: { } reference })
        {
            return reference.StartsWith(Prefix, StringComparison.Ordinal) && Get(document, "definitions") is { } definitions
                ? Get(definitions, reference.Substring(Prefix.Length))
                : null;
        }

        foreach (var combinator in Combinators)
        {
            if (Get(node, combinator) is { Kind: JsonNodeKind.Array } alternatives)
            {
                foreach (var alternative in alternatives.Items)
                {
                    if (Resolve(document, alternative) is { } resolved)
                    {
                        return resolved;
                    }
                }
            }
        }

        return Get(node, "properties") is not null ? node : null;
    }

    // A key of an object schema, as declared (the schema's own spelling, under "properties").
    private static JsonNode? Member(JsonNode schema, string key) => Get(schema, "properties") is { } properties ? Get(properties, key) : null;

    private static JsonNode? Get(JsonNode node, string name)
    {
        if (node.Kind != JsonNodeKind.Object)
        {
            return null;
        }

        foreach (var property in node.Properties)
        {
            if (string.Equals(property.Name, name, StringComparison.Ordinal))
            {
                return property.Value;
            }
        }

        return null;
    }
}
