using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Veltrix.Analyzers.Symbols;

namespace Veltrix.Analyzers.ConfigSchema;

/// <summary>
/// Builds the key model of every <c>[VeltrixConfig]</c> type in the compilation from symbols — the analyzers' one
/// schema model, read through <see cref="SchemaModel"/> by the usage rules and the configuration-file checks —
/// following the generator's rules (generators/Veltrix.Generators/ConfigGenerator.Parser*.cs): public or internal properties
/// with a setter or a matching primary-constructor parameter, <c>[ConfigKey]</c> renames, the supported scalars,
/// lists and string-keyed dictionaries, nested section classes. A type the generator rejects is still modelled as
/// far as it can be; the generator reports the problem itself (VLX0xxx).
/// </summary>
internal sealed partial class SchemaBuilder
{
    private const string DataAnnotations = "System.ComponentModel.DataAnnotations";

    private readonly VeltrixSymbols _symbols;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<INamedTypeSymbol, SchemaType> _sections = new(SymbolEqualityComparer.Default);
    private readonly HashSet<INamedTypeSymbol> _types = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<IPropertySymbol, SchemaMember> _members = new(SymbolEqualityComparer.Default);

    private SchemaBuilder(VeltrixSymbols symbols, CancellationToken cancellationToken)
    {
        _symbols = symbols;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Finds every root schema declared in <paramref name="compilation"/> and models it.</summary>
    /// <param name="compilation">The compilation.</param>
    /// <param name="symbols">The resolved Veltrix symbols.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The roots, in metadata-name order so that diagnostics are deterministic.</returns>
    public static ImmutableArray<SchemaRoot> Build(Compilation compilation, VeltrixSymbols symbols, CancellationToken cancellationToken)
        => Build(compilation, symbols, cancellationToken, out _, out _);

    /// <summary>
    /// Finds and models every root schema, and indexes what the usage rules ask of the model: the section types and
    /// the base classes they inherit bound members from, and the bound member of each property.
    /// </summary>
    /// <param name="compilation">The compilation.</param>
    /// <param name="symbols">The resolved Veltrix symbols.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <param name="types">Every root and section type and their base classes, as original definitions.</param>
    /// <param name="members">The bound member of each property, keyed by the property's original definition.</param>
    /// <returns>The roots, in metadata-name order so that diagnostics are deterministic.</returns>
    public static ImmutableArray<SchemaRoot> Build(
        Compilation compilation,
        VeltrixSymbols symbols,
        CancellationToken cancellationToken,
        out HashSet<INamedTypeSymbol> types,
        out Dictionary<IPropertySymbol, SchemaMember> members)
    {
        var builder = new SchemaBuilder(symbols, cancellationToken);
        types = builder._types;
        members = builder._members;
        var roots = new List<SchemaRoot>();
        builder.CollectRoots(compilation.Assembly.GlobalNamespace, roots);

        // Schemas declared in a referenced library (a shared config project) bind this project's files too. Only
        // assemblies that reference the Veltrix runtime can declare one, so the BCL is never walked.
        var runtime = symbols.VeltrixConfigAttribute.ContainingAssembly;
        foreach (var reference in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (!SymbolEqualityComparer.Default.Equals(reference, runtime) && References(reference, runtime))
            {
                builder.CollectRoots(reference.GlobalNamespace, roots);
            }
        }

        roots.Sort(static (a, b) => string.CompareOrdinal(a.Type.ToDisplayString(), b.Type.ToDisplayString()));
        return [.. roots];
    }

    private static bool References(IAssemblySymbol assembly, IAssemblySymbol runtime)
    {
        foreach (var module in assembly.Modules)
        {
            foreach (var referenced in module.ReferencedAssemblies)
            {
                if (string.Equals(referenced.Name, runtime.Identity.Name, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private void CollectRoots(INamespaceOrTypeSymbol container, List<SchemaRoot> roots)
    {
        foreach (var member in container.GetMembers())
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (member is INamespaceSymbol ns)
            {
                CollectRoots(ns, roots);
            }
            else if (member is INamedTypeSymbol type)
            {
                if (TryReadRoot(type) is { } root)
                {
                    roots.Add(root);
                }

                CollectRoots(type, roots);
            }
        }
    }

    private SchemaRoot? TryReadRoot(INamedTypeSymbol type)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _symbols.VeltrixConfigAttribute))
            {
                continue;
            }

            var section = attribute.ConstructorArguments.Length == 0 ? string.Empty : attribute.ConstructorArguments[0].Value as string;
            if (section is null || type.TypeKind != TypeKind.Class || type.IsStatic || type.IsGenericType)
            {
                return null;
            }

            return SectionOf(type).Section is { } model ? new SchemaRoot(type, section, model) : null;
        }

        return null;
    }

    private SchemaType SectionOf(INamedTypeSymbol type)
    {
        type = (INamedTypeSymbol)type.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
        if (_sections.TryGetValue(type, out var known))
        {
            return known;
        }

        // Registered before the members are read, so that a section reaching itself (VLX0004) ends the recursion.
        var section = new SchemaSection(type);
        var schemaType = new SchemaType(SchemaTypeKind.Section, type.Name, SchemaScalar.None, false, false, [], false, null, section);
        _sections.Add(type, schemaType);

        var parameters = PrimaryParameters(type);
        foreach (var property in Properties(type))
        {
            parameters.TryGetValue(property.Name, out var parameter);
            var attributes = parameter is null ? property.GetAttributes() : parameter.GetAttributes().AddRange(property.GetAttributes());
            if (parameter is null && (property.SetMethod is null || property.SetMethod.DeclaredAccessibility is Accessibility.Private or Accessibility.Protected))
            {
                section.AddUnbound(new SchemaUnboundMember(
                    KeyOf(property, attributes),
                    property,
                    "'" + type.Name + "." + property.Name + "' has no set or init accessor the generated binder can use, nor a constructor parameter; add 'init' to bind it, or remove the key"));
                continue;
            }

            var declaredType = parameter?.Type ?? property.Type;
            if (Classify(declaredType, allowCollection: true) is not { } memberType)
            {
                section.AddUnbound(new SchemaUnboundMember(
                    KeyOf(property, attributes),
                    property,
                    "'" + type.Name + "." + property.Name + "' has type '" + declaredType.ToDisplayString(ShortName) + "', which Veltrix does not bind (VLX0002); change the member's type, or remove the key"));
                continue;
            }

            var member = new SchemaMember(
                KeyOf(property, attributes),
                property,
                parameter,
                memberType,
                property.IsRequired || parameter is { HasExplicitDefaultValue: false } || HasAttribute(attributes, DataAnnotations, "RequiredAttribute"),
                HasAttribute(attributes, "Veltrix", "SecretAttribute"),
                RoleOf(attributes),
                ReadValidations(attributes));
            section.Add(member);
            if (!_members.ContainsKey(property.OriginalDefinition))
            {
                _members.Add(property.OriginalDefinition, member);
            }
        }

        return schemaType;
    }

    private List<IPropertySymbol> Properties(INamedTypeSymbol type)
    {
        var levels = new List<INamedTypeSymbol>();
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            // The generator binds inherited members too: a base class's members are schema members.
            levels.Add(current);
            _types.Add(current.OriginalDefinition);
        }

        var properties = new List<IPropertySymbol>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < levels.Count; i++)
        {
            foreach (var member in levels[i].GetMembers())
            {
                _cancellationToken.ThrowIfCancellationRequested();
                if (member is IPropertySymbol property && IsCandidate(property) && names.Add(property.Name))
                {
                    properties.Add(property);
                }
            }
        }

        return properties;
    }

    /// <summary>
    /// Whether <paramref name="property"/> is one the generator considers for a key: a public or internal instance
    /// property with a getter, not an indexer, not by-reference. Whether it is then bound depends on its setter or
    /// constructor parameter and its type.
    /// </summary>
    /// <param name="property">A property of a schema or section type.</param>
    /// <returns>True for a candidate.</returns>
    public static bool IsCandidate(IPropertySymbol property)
        => !property.IsStatic
            && !property.IsIndexer
            && !property.ReturnsByRef
            && !property.ReturnsByRefReadonly
            && property.GetMethod is not null
            && !property.IsImplicitlyDeclared
            && property.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal;

    // The parameters of the constructor generated code calls: the only public constructor with parameters (a primary
    // constructor or record's), matched to properties by name, case-insensitively as the generator matches them.
    private static Dictionary<string, IParameterSymbol> PrimaryParameters(INamedTypeSymbol type)
    {
        var result = new Dictionary<string, IParameterSymbol>(StringComparer.OrdinalIgnoreCase);
        IMethodSymbol? chosen = null;
        foreach (var constructor in type.InstanceConstructors)
        {
            if (constructor.Parameters.Length == 0 && constructor.DeclaredAccessibility != Accessibility.Private)
            {
                return result;
            }

            if (constructor.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal
                && !(constructor.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(constructor.Parameters[0].Type, type)))
            {
                chosen = chosen is null ? constructor : null;
            }
        }

        if (chosen is not null)
        {
            foreach (var parameter in chosen.Parameters)
            {
                result[parameter.Name] = parameter;
            }
        }

        return result;
    }

    private static string KeyOf(IPropertySymbol property, ImmutableArray<AttributeData> attributes)
    {
        foreach (var attribute in attributes)
        {
            if (IsAttribute(attribute, "Veltrix", "ConfigKeyAttribute")
                && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Value is string key
                && key.Trim().Length > 0)
            {
                return key;
            }
        }

        return property.Name;
    }

    private AttributeData? RoleOf(ImmutableArray<AttributeData> attributes)
    {
        foreach (var attribute in attributes)
        {
            for (var type = attribute.AttributeClass?.BaseType; type is not null; type = type.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(type, _symbols.ConfigRoleAttribute))
                {
                    return attribute;
                }
            }
        }

        return null;
    }

    private static bool HasAttribute(ImmutableArray<AttributeData> attributes, string ns, string name)
    {
        foreach (var attribute in attributes)
        {
            if (IsAttribute(attribute, ns, name))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAttribute(AttributeData attribute, string ns, string name)
        => attribute.AttributeClass is { } type && type.Name == name && type.ContainingNamespace?.ToDisplayString() == ns;
}
