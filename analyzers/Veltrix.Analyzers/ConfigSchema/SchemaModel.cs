using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Veltrix.Analyzers.Symbols;
using Veltrix.Generators.Models;
using Veltrix.Generators.Parsing;

namespace Veltrix.Analyzers.ConfigSchema;

/// <summary>
/// The schemas of one compilation, built by <see cref="SchemaBuilder"/> at most once per compilation, on first use,
/// and shared by every analyzer that asks (a compilation that never asks pays nothing): the roots and their keys for
/// the configuration-file checks and string-keyed reads (VLX3005), and which types and members are schema members for
/// the usage rules (VLX3003, VLX3004, VLX3006). The second needs only the schemas declared in source, so the schemas of
/// referenced libraries are parsed only when the first is asked for.
/// </summary>
internal sealed class SchemaModel
{
    private static readonly ConditionalWeakTable<Compilation, SchemaModel> Cache = new();

    private readonly Lazy<Index> _index;
    private readonly Lazy<ImmutableArray<SchemaRoot>> _roots;
    private readonly Lazy<SchemaSecrets> _secrets;

    private SchemaModel(Compilation compilation, VeltrixSymbols symbols)
    {
        _index = new Lazy<Index>(() => new Index(compilation, symbols), LazyThreadSafetyMode.ExecutionAndPublication);
        _roots = new Lazy<ImmutableArray<SchemaRoot>>(
            () => SchemaBuilder.Merge(_index.Value.Roots, SchemaBuilder.BuildReferenced(compilation, symbols, CancellationToken.None)),
            LazyThreadSafetyMode.ExecutionAndPublication);
        _secrets = new Lazy<SchemaSecrets>(() => new SchemaSecrets(Roots), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The model of <paramref name="compilation"/>, shared by every analyzer that asks.</summary>
    /// <param name="compilation">The compilation.</param>
    /// <param name="symbols">Its resolved Veltrix symbols.</param>
    /// <returns>The model.</returns>
    public static SchemaModel For(Compilation compilation, VeltrixSymbols symbols)
        => Cache.GetValue(compilation, c => new SchemaModel(c, symbols));

    /// <summary>Every root schema of the compilation and of the libraries it references, in metadata-name order.</summary>
    public ImmutableArray<SchemaRoot> Roots => _roots.Value;

    /// <summary>Which members of <see cref="Roots"/> are secret, for the configuration-file checks.</summary>
    public SchemaSecrets Secrets => _secrets.Value;

    /// <summary>
    /// Whether <paramref name="type"/> is a section of a schema declared in the compilation that is reached through a
    /// <c>[Secret]</c> member, so that every value of it is secret. Reads only the schemas declared in source.
    /// </summary>
    /// <param name="type">A type.</param>
    /// <returns>True for a secret section.</returns>
    public bool IsSecretSection(INamedTypeSymbol type) => _index.Value.Secrets.IsSecretSection(type);

    /// <summary>
    /// Whether <paramref name="type"/> is a root schema declared in the compilation, a section reachable from one, or a
    /// base class one of them inherits members from. The usage rules ask only about types declared in source; the
    /// sections of a referenced library's schemas are not indexed.
    /// </summary>
    /// <param name="type">A type.</param>
    /// <returns>True for a schema or section type.</returns>
    public bool IsSchemaType(INamedTypeSymbol type) => _index.Value.Types.Contains(type.OriginalDefinition);

    /// <summary>
    /// Whether a type of this name can be a schema or section type (<see cref="IsSchemaType"/>): a check on a
    /// declaration's identifier that needs no symbol, so that most type declarations of a project are passed over
    /// without one.
    /// </summary>
    /// <param name="name">A type's name, without type parameters.</param>
    /// <returns>False when no schema or section type has that name.</returns>
    public bool MayBeSchemaType(string name) => _index.Value.TypeNames.Contains(name);

    /// <summary>
    /// Whether <paramref name="property"/> is a member of a schema type as the generator considers it
    /// (<see cref="SchemaBuilder.IsCandidate"/>), bound or not.
    /// </summary>
    /// <param name="property">A property.</param>
    /// <returns>True for a schema member.</returns>
    public bool IsSchemaMember(IPropertySymbol property)
        => IsSchemaType(property.ContainingType) // first: most properties of a project are in no schema, and a set lookup reads no attribute
            && SchemaBuilder.IsCandidate(property);

    /// <summary>Finds the bound member a property is (its key, type, role and validations).</summary>
    /// <param name="property">A property.</param>
    /// <param name="member">The bound member.</param>
    /// <returns>Whether a schema binds the property.</returns>
    public bool TryGetMember(IPropertySymbol property, out SchemaMember member)
        => _index.Value.Members.TryGetValue(property.OriginalDefinition, out member!);

    /// <summary>
    /// Finds the member a key path binds, matching segments case-insensitively, in the innermost schema whose section
    /// holds the path.
    /// </summary>
    /// <param name="keyPath">A key path such as <c>Server:Cache:MaxEntries</c> or <c>Server:Hosts:0</c>.</param>
    /// <param name="match">The schema member or element the key binds.</param>
    /// <returns>Whether a schema binds the key.</returns>
    public bool TryMatchKey(string keyPath, out SchemaKeyMatch match)
    {
        var segments = keyPath.Split(':');
        SchemaRoot? best = null;
        var bestLength = -1;
        foreach (var root in Roots)
        {
            var length = SectionSegments(root.SectionPath, segments);
            if (length > bestLength && length < segments.Length)
            {
                best = root;
                bestLength = length;
            }
        }

        match = default;
        return best is not null && TryMatch(best, segments, bestLength, out match);
    }

    /// <summary>Whether a type is one the generator binds as a single value (a number, string, enum, TimeSpan, …, or a nullable one).</summary>
    /// <param name="type">A type.</param>
    /// <returns>True for a scalar.</returns>
    public static bool IsScalar(ITypeSymbol type)
        => TypeClassifier.GetScalarKind(TypeClassifier.Underlying(type)) != ScalarKind.None;

    // How many leading segments of the key are the root's section path, or -1 when the key is outside it.
    private static int SectionSegments(string sectionPath, string[] segments)
    {
        if (sectionPath.Length == 0)
        {
            return 0;
        }

        var section = sectionPath.Split(':');
        if (section.Length > segments.Length)
        {
            return -1;
        }

        for (var i = 0; i < section.Length; i++)
        {
            if (!string.Equals(section[i], segments[i], StringComparison.OrdinalIgnoreCase))
            {
                return -1;
            }
        }

        return section.Length;
    }

    private static bool TryMatch(SchemaRoot root, string[] segments, int start, out SchemaKeyMatch match)
    {
        match = default;
        var section = root.Section;
        SchemaType? type = null;
        ITypeSymbol? symbol = null;
        var access = string.Empty;
        for (var i = start; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (type is null || type.Kind == SchemaTypeKind.Section)
            {
                if (!(type?.Section ?? section).TryGet(segment, out var member))
                {
                    return false;
                }

                access += "." + member.Property.Name;
                type = member.Type;
                symbol = member.Parameter?.Type ?? member.Property.Type;
            }
            else if (type.Kind == SchemaTypeKind.List && IsIndex(segment))
            {
                access += "[" + int.Parse(segment, NumberStyles.None, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) + "]";
                type = type.Element!;
                symbol = ElementOf(symbol!);
            }
            else if (type.Kind == SchemaTypeKind.Dictionary && segment.Length > 0)
            {
                access += "[" + SymbolDisplay.FormatLiteral(segment, quote: true) + "]";
                type = type.Element!;
                symbol = ElementOf(symbol!);
            }
            else
            {
                return false;
            }

            if (symbol is null)
            {
                return false;
            }
        }

        if (symbol is null)
        {
            return false;
        }

        match = new SchemaKeyMatch(root.Type, access, symbol);
        return true;
    }

    // The element type of a list (T[], List<T>, …) or the value type of a dictionary the generator binds.
    private static ITypeSymbol? ElementOf(ITypeSymbol collection) => collection switch
    {
        IArrayTypeSymbol array => array.ElementType,
        INamedTypeSymbol { TypeArguments.Length: 1 } list => list.TypeArguments[0],
        INamedTypeSymbol { TypeArguments.Length: 2 } dictionary => dictionary.TypeArguments[1],
        _ => null,
    };

    private static bool IsIndex(string segment)
    {
        if (segment.Length is 0 or > 9)
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

    /// <summary>What <see cref="SchemaBuilder"/> found in the compilation's own source, built on first use.</summary>
    private sealed class Index
    {
        private readonly Lazy<SchemaSecrets> _secrets;

        public Index(Compilation compilation, VeltrixSymbols symbols)
        {
            Roots = SchemaBuilder.BuildSource(compilation, symbols, CancellationToken.None, out var types, out var members);
            Types = types;
            Members = members;
            foreach (var type in types)
            {
                TypeNames.Add(type.Name);
            }

            _secrets = new Lazy<SchemaSecrets>(() => new SchemaSecrets(Roots), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        public ImmutableArray<SchemaRoot> Roots { get; }

        public HashSet<INamedTypeSymbol> Types { get; }

        public HashSet<string> TypeNames { get; } = new(StringComparer.Ordinal);

        public Dictionary<IPropertySymbol, SchemaMember> Members { get; }

        public SchemaSecrets Secrets => _secrets.Value;
    }
}
