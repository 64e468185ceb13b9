using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Veltrix.Analyzers.Symbols;

namespace Veltrix.Analyzers.Usage;

/// <summary>
/// Builds the key tree of a compilation's schemas the way the generator's <c>KeyFlattener</c> forms key paths: the
/// section path of <c>[VeltrixConfig]</c>, then one segment per member (its <c>[ConfigKey]</c> name or its own),
/// nested section types as sections, and list and dictionary elements beneath their member. It also collects every
/// schema and section type it visits, and the base classes whose members those inherit.
/// </summary>
internal sealed class SchemaKeyIndexBuilder
{
    private readonly VeltrixSymbols _symbols;
    private readonly HashSet<INamedTypeSymbol> _types;
    private readonly HashSet<INamedTypeSymbol> _path = new(SymbolEqualityComparer.Default);

    /// <summary>Creates a builder that records visited schema and section types in <paramref name="types"/>.</summary>
    /// <param name="symbols">The compilation's Veltrix symbols.</param>
    /// <param name="types">Receives every root and section type.</param>
    public SchemaKeyIndexBuilder(VeltrixSymbols symbols, HashSet<INamedTypeSymbol> types)
    {
        _symbols = symbols;
        _types = types;
    }

    /// <summary>Adds the keys of root schema <paramref name="schema"/> beneath <paramref name="root"/>.</summary>
    /// <param name="root">The tree's root.</param>
    /// <param name="schema">A type marked <c>[VeltrixConfig]</c>.</param>
    public void AddRoot(SchemaKeyNode root, INamedTypeSymbol schema)
    {
        var node = root;
        if (SectionPath(schema) is { Length: > 0 } section)
        {
            foreach (var segment in section.Split(':'))
            {
                node = Child(node, segment);
            }
        }

        node.Schema = schema;
        AddSection(node, schema);
    }

    private void AddSection(SchemaKeyNode node, INamedTypeSymbol type)
    {
        _types.Add(type.OriginalDefinition);
        if (!_path.Add(type))
        {
            // A section that reaches itself is VLX0004; the keys stop here as the generator's do.
            return;
        }

        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            // The generator binds inherited members too, so a base class's members are schema members, reported once
            // at their declaration however many schemas derive from it.
            _types.Add(current.OriginalDefinition);
            foreach (var member in current.GetMembers())
            {
                if (member is not IPropertySymbol property || !SchemaMemberTypes.IsBound(property))
                {
                    continue;
                }

                var child = Child(node, KeyName(property));
                child.MemberName = property.Name;
                child.Type = property.Type;
                AddValue(child, property.Type);
            }
        }

        _path.Remove(type);
    }

    private void AddValue(SchemaKeyNode node, ITypeSymbol type)
    {
        var kind = SchemaMemberTypes.Classify(type, out var element);
        if (kind == MemberTypeKind.Section)
        {
            AddSection(node, (INamedTypeSymbol)type);
        }
        else if (kind is MemberTypeKind.List or MemberTypeKind.Dictionary && element is not null)
        {
            node.IsDictionary = kind == MemberTypeKind.Dictionary;
            node.Element ??= new SchemaKeyNode { Type = element };
            if (SchemaMemberTypes.Classify(element, out _) == MemberTypeKind.Section)
            {
                AddSection(node.Element, (INamedTypeSymbol)element);
            }
        }
    }

    private static SchemaKeyNode Child(SchemaKeyNode node, string segment)
    {
        if (!node.Children.TryGetValue(segment, out var child))
        {
            child = new SchemaKeyNode();
            node.Children.Add(segment, child);
        }

        return child;
    }

    private string SectionPath(INamedTypeSymbol schema)
    {
        foreach (var attribute in schema.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _symbols.VeltrixConfigAttribute)
                && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Value is string section)
            {
                return section;
            }
        }

        return string.Empty;
    }

    private string KeyName(IPropertySymbol property)
    {
        var attributes = property.GetAttributes();
        if (SchemaMemberTypes.PositionalParameter(property, default) is { } parameter)
        {
            attributes = attributes.AddRange(parameter.GetAttributes());
        }

        foreach (var attribute in attributes)
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _symbols.ConfigKeyAttribute)
                && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Value is string { Length: > 0 } name)
            {
                return name;
            }
        }

        return property.Name;
    }
}
