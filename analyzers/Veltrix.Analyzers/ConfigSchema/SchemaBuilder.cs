using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Veltrix.Analyzers.Symbols;
using Veltrix.Generators.Models;
using Veltrix.Generators.Parsing;

namespace Veltrix.Analyzers.ConfigSchema;

/// <summary>
/// Builds the analyzers' view of every <c>[VeltrixConfig]</c> type in the compilation (and in the libraries it
/// references) from the generator's own parser: <see cref="SchemaParser.Analyze"/> discovers the members, classifies
/// their types, names the keys and reads the validation rules, and this class only indexes its <see cref="ConfigSpec"/>
/// for the lookups the rules make (<see cref="SchemaModel"/>). A schema the generator rejects is still modelled as far
/// as the parser reads it; the generator reports the problem itself (VLX0xxx).
/// </summary>
internal sealed class SchemaBuilder
{
    private static readonly SymbolDisplayFormat ShortName = SymbolDisplayFormat.MinimallyQualifiedFormat;

    private readonly Compilation _compilation;
    private readonly VeltrixSymbols _symbols;
    private readonly CancellationToken _cancellationToken;
    private readonly HashSet<INamedTypeSymbol> _types = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<IPropertySymbol, SchemaMember> _members = new(SymbolEqualityComparer.Default);

    private SchemaBuilder(Compilation compilation, VeltrixSymbols symbols, CancellationToken cancellationToken)
    {
        _compilation = compilation;
        _symbols = symbols;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Finds every root schema of <paramref name="compilation"/> and of the libraries it references, and models it.</summary>
    /// <param name="compilation">The compilation.</param>
    /// <param name="symbols">The resolved Veltrix symbols.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The roots, in metadata-name order so that diagnostics are deterministic.</returns>
    public static ImmutableArray<SchemaRoot> Build(Compilation compilation, VeltrixSymbols symbols, CancellationToken cancellationToken)
        => Merge(BuildSource(compilation, symbols, cancellationToken, out _, out _), BuildReferenced(compilation, symbols, cancellationToken));

    /// <summary>
    /// Finds and models the root schemas declared in the compilation's own source, and indexes what the usage rules ask
    /// of them: the section types and the base classes they inherit bound members from, and the bound member of each
    /// property. That is all a rule about the source's types and members needs: the sections and base classes of a
    /// referenced library's schema are that library's types, never the compilation's.
    /// </summary>
    /// <param name="compilation">The compilation.</param>
    /// <param name="symbols">The resolved Veltrix symbols.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <param name="types">Every root and section type and their base classes, as original definitions.</param>
    /// <param name="members">The bound member of each property, keyed by the property's original definition.</param>
    /// <returns>The roots, in metadata-name order.</returns>
    public static ImmutableArray<SchemaRoot> BuildSource(
        Compilation compilation,
        VeltrixSymbols symbols,
        CancellationToken cancellationToken,
        out HashSet<INamedTypeSymbol> types,
        out Dictionary<IPropertySymbol, SchemaMember> members)
    {
        var builder = new SchemaBuilder(compilation, symbols, cancellationToken);
        types = builder._types;
        members = builder._members;
        var roots = new List<SchemaRoot>();
        builder.CollectRoots(compilation.Assembly.GlobalNamespace, roots);
        return Sorted(roots);
    }

    /// <summary>
    /// Finds and models the root schemas declared in referenced libraries (a shared config project): they bind this
    /// project's files too. Only assemblies that reference the Veltrix runtime can declare one, so the BCL is never walked.
    /// </summary>
    /// <param name="compilation">The compilation.</param>
    /// <param name="symbols">The resolved Veltrix symbols.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The roots, in metadata-name order.</returns>
    public static ImmutableArray<SchemaRoot> BuildReferenced(Compilation compilation, VeltrixSymbols symbols, CancellationToken cancellationToken)
    {
        var builder = new SchemaBuilder(compilation, symbols, cancellationToken);
        var roots = new List<SchemaRoot>();
        var runtime = symbols.VeltrixConfigAttribute.ContainingAssembly;
        foreach (var reference in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (!SymbolEqualityComparer.Default.Equals(reference, runtime) && References(reference, runtime))
            {
                builder.CollectRoots(reference.GlobalNamespace, roots);
            }
        }

        return Sorted(roots);
    }

    /// <summary>The roots of two builds as one list, in metadata-name order.</summary>
    /// <param name="first">Roots of one build.</param>
    /// <param name="second">Roots of another.</param>
    /// <returns>All the roots, sorted.</returns>
    public static ImmutableArray<SchemaRoot> Merge(ImmutableArray<SchemaRoot> first, ImmutableArray<SchemaRoot> second)
    {
        if (second.IsEmpty)
        {
            return first;
        }

        var roots = new List<SchemaRoot>(first.Length + second.Length);
        roots.AddRange(first);
        roots.AddRange(second);
        return Sorted(roots);
    }

    private static ImmutableArray<SchemaRoot> Sorted(List<SchemaRoot> roots)
    {
        // Each name is formatted once: a comparison that formats both sides costs n log n display strings.
        var names = new string[roots.Count];
        var order = new SchemaRoot[roots.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = roots[i].Type.ToDisplayString();
            order[i] = roots[i];
        }

        Array.Sort(names, order, StringComparer.Ordinal);
        return [.. order];
    }

    /// <summary>
    /// Whether <paramref name="property"/> is one the generator considers for a key (<see cref="SchemaParser.IsCandidate"/>).
    /// Whether it is then bound depends on its setter or constructor parameter and its type.
    /// </summary>
    /// <param name="property">A property of a schema or section type.</param>
    /// <returns>True for a candidate.</returns>
    public static bool IsCandidate(IPropertySymbol property) => SchemaParser.IsCandidate(property);

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
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _symbols.VeltrixConfigAttribute))
            {
                return SchemaParser.Analyze(_compilation, type, attribute, _cancellationToken) is { } analysis ? Index(analysis) : null;
            }
        }

        return null;
    }

    /// <summary>Indexes one parsed root: a <see cref="SchemaSection"/> per section spec, with the symbols behind it.</summary>
    private SchemaRoot Index(SchemaAnalysis analysis)
    {
        // Every section object first, so that members can refer to sections parsed after them.
        var sections = new Dictionary<string, SchemaSection>(StringComparer.Ordinal);
        foreach (var parsed in analysis.Sections)
        {
            if (!sections.ContainsKey(parsed.Spec.FullName))
            {
                sections.Add(parsed.Spec.FullName, new SchemaSection(parsed.Type));
            }
        }

        foreach (var parsed in analysis.Sections)
        {
            var section = sections[parsed.Spec.FullName];
            for (var current = parsed.Type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                // The generator binds inherited members too: a base class's members are schema members.
                _types.Add(current.OriginalDefinition);
            }

            for (var i = 0; i < parsed.Spec.Members.Count; i++)
            {
                var spec = parsed.Spec.Members[i];
                var property = parsed.Properties[i];
                var member = new SchemaMember(
                    spec.Key,
                    property,
                    parsed.Parameters[i],
                    TypeOf(spec.Type, sections),
                    spec.IsRequiredKey,
                    spec.IsSecret,
                    spec.Role,
                    SchemaValidations.From(spec.Validations));
                section.Add(member);
                if (!_members.ContainsKey(property.OriginalDefinition))
                {
                    _members.Add(property.OriginalDefinition, member);
                }
            }

            foreach (var omitted in parsed.Omitted)
            {
                if (Reason(parsed.Type, omitted) is { } reason)
                {
                    section.AddUnbound(new SchemaUnboundMember(omitted.Key, omitted.Property, reason));
                }
            }
        }

        return new SchemaRoot(analysis.Root, analysis.Spec.SectionPath, sections[analysis.Spec.Root.FullName], analysis.Spec);
    }

    private static SchemaType TypeOf(TypeSpec type, Dictionary<string, SchemaSection> sections)
    {
        switch (type.Kind)
        {
            case MemberTypeKind.Scalar:
                return new SchemaType(SchemaTypeKind.Scalar, type.DisplayName, type.Scalar, type.IsNullable, type.IsValueType, type.EnumNames, type.IsFlagsEnum, null, null, type.EnumValues);
            case MemberTypeKind.Section:
                sections.TryGetValue(type.NonNullableFullName, out var section);
                return new SchemaType(SchemaTypeKind.Section, type.DisplayName, ScalarKind.None, type.IsNullable, false, [], false, null, section);
            default:
                var kind = type.Kind is MemberTypeKind.Dictionary or MemberTypeKind.IReadOnlyDictionary or MemberTypeKind.IDictionary
                    ? SchemaTypeKind.Dictionary
                    : SchemaTypeKind.List;
                var element = type.Element is null ? null : TypeOf(type.Element, sections);
                return new SchemaType(kind, type.DisplayName, ScalarKind.None, type.IsNullable, type.IsValueType, [], false, element, null);
        }
    }

    // What the configuration-file checks say about a value for a member the binder leaves out. A key taken by another
    // member, or an invalid [ConfigKey], is the generator's VLX0003/VLX0005: the bound member answers for the key.
    private static string? Reason(INamedTypeSymbol type, OmittedMember omitted) => omitted.Reason switch
    {
        OmissionReason.NotSettable => "'" + type.Name + "." + omitted.Property.Name
            + "' has no set or init accessor the generated binder can use, nor a constructor parameter; add 'init' to bind it, or remove the key",
        OmissionReason.UnsupportedType => "'" + type.Name + "." + omitted.Property.Name + "' has type '" + omitted.Property.Type.ToDisplayString(ShortName)
            + "', which Veltrix does not bind (VLX0002); change the member's type, or remove the key",
        _ => null,
    };
}
