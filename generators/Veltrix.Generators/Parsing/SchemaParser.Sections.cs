using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Veltrix.Generators.Diagnostics;
using Veltrix.Generators.Models;

namespace Veltrix.Generators.Parsing;

internal sealed partial class SchemaParser
{
    /// <summary>
    /// Parses a section type (the root included): how to construct it and its bindable members. Returns null
    /// (reported, <see cref="_failed"/> set) when the generated binder cannot create it; for analysis, the spec of what
    /// could be read all the same, since a configuration file for the type holds the same keys.
    /// </summary>
    /// <param name="type">The section type.</param>
    /// <param name="reachedAt">Where it was reached from, for diagnostics about types declared outside the source.</param>
    private SectionSpec? ParseSection(INamedTypeSymbol type, LocationInfo? reachedAt)
    {
        _inProgress.Add(type);
        try
        {
            var location = LocationOf(type) ?? reachedAt;
            var name = TypeName(type);
            var construction = ChooseConstructor(type);
            if (construction.Problem is { } problem)
            {
                Report(DiagnosticIds.SectionNotConstructible, location, name, problem);
                _failed = true;
                if (!ForAnalysis)
                {
                    return null;
                }

                // Analysis still reads the members: their keys are what a configuration file for the type holds.
                construction = new Construction(null, true, null);
            }

            var constructible = true;
            var properties = CollectProperties(type);
            var parameters = MatchParameters(type, construction.Constructor, properties, location, ref constructible);

            var context = new SectionContext(type, name, ForAnalysis);
            var members = new List<MemberSpec>(properties.Count);
            foreach (var property in properties)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                parameters.TryGetValue(property, out var parameter);
                var fillsExisting = parameter is null && property.SetMethod is null && IsFillableCollection(property.Type);
                if (parameter is null && !fillsExisting && !IsSettable(type, property, location, ref constructible))
                {
                    context.Omit(property, KeyOf(property), OmissionReason.NotSettable);
                    continue;
                }

                if (ParseMember(context, property, parameter, construction.Constructor) is { } member)
                {
                    members.Add(member);
                    context.Bound(property, parameter);
                }
            }

            if (!constructible || context.Failed)
            {
                ReportNotConstructible(type, name);
                _failed = true;
                if (!ForAnalysis)
                {
                    return null;
                }
            }

            var hasUserToString = HasUserToString(type);
            var isPartial = IsPartialChain(type);
            // A root that is not partial already has VLX0001; a record with its own ToString() prints what its author chose.
            if (type.IsRecord && !isPartial && !hasUserToString && !SymbolEqualityComparer.Default.Equals(type, _root))
            {
                foreach (var member in members)
                {
                    if (member.IsSecret)
                    {
                        Report(DiagnosticIds.SecretInNonPartialRecord, MemberLocation(type, member.Name) ?? location, name, member.Name);
                        break;
                    }
                }
            }

            var spec = new SectionSpec(
                SymbolNames.NonNullableFullName(type),
                type.ContainingNamespace.IsGlobalNamespace ? string.Empty : type.ContainingNamespace.ToDisplayString(SymbolNames.NamespaceName),
                type.Name,
                ContainingTypeHeaders(type),
                isPartial,
                type.IsRecord,
                type.IsRecord ? "record" : "class",
                hasUserToString,
                construction.Constructor is not null,
                construction.HasParameterlessConstructor,
                members.ToEquatableArray(),
                ReadTypeValidations(type, name),
                ImplementsValidatableObject(type));
            _parsedSections?.Add(new ParsedSection(type, spec, context.Properties!, context.Parameters!, context.Omitted!));
            return spec;
        }
        finally
        {
            _inProgress.Remove(type);
        }
    }

    /// <summary>
    /// Instance properties that are public or internal and readable by the generated code, base types first, each
    /// level in declaration order; an override or <c>new</c> property takes the place of the one it replaces.
    /// </summary>
    private List<IPropertySymbol> CollectProperties(INamedTypeSymbol type)
    {
        var levels = new List<INamedTypeSymbol>();
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            levels.Add(current);
        }

        var properties = new List<IPropertySymbol>();
        for (var i = levels.Count - 1; i >= 0; i--)
        {
            foreach (var property in DeclaredProperties(levels[i]))
            {
                var replaced = false;
                for (var j = 0; j < properties.Count; j++)
                {
                    if (string.Equals(properties[j].Name, property.Name, StringComparison.Ordinal))
                    {
                        properties[j] = property;
                        replaced = true;
                        break;
                    }
                }

                if (!replaced)
                {
                    properties.Add(property);
                }
            }
        }

        return properties;
    }

    private List<IPropertySymbol> DeclaredProperties(INamedTypeSymbol type)
    {
        var properties = new List<(IPropertySymbol Property, int Tree, int Position, int Index)>();
        var index = 0;
        foreach (var member in type.GetMembers())
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (member is not IPropertySymbol property
                || !IsCandidate(property)
                || !_compilation.IsSymbolAccessibleWithin(property.GetMethod!, _root))
            {
                continue;
            }

            var (tree, position) = SourcePosition(property);
            properties.Add((property, tree, position, index++));
        }

        // Partial declarations in several files, and the positional properties of records, are put in source order.
        properties.Sort(static (a, b) =>
        {
            var order = a.Tree.CompareTo(b.Tree);
            order = order != 0 ? order : a.Position.CompareTo(b.Position);
            return order != 0 ? order : a.Index.CompareTo(b.Index);
        });

        var result = new List<IPropertySymbol>(properties.Count);
        foreach (var entry in properties)
        {
            result.Add(entry.Property);
        }

        return result;
    }

    /// <summary>
    /// Whether a property of a section type is considered for a key: an instance property, public or internal, with a
    /// getter, not an indexer, not by reference, not <c>[ConfigIgnore]</c>. Whether it then binds depends on its setter
    /// or constructor parameter and its type (a getter the root type cannot reach is left out too).
    /// </summary>
    public static bool IsCandidate(IPropertySymbol property)
        => !property.IsStatic
            && !property.IsIndexer
            && !property.ReturnsByRef
            && !property.ReturnsByRefReadonly
            && property.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal
            && property.GetMethod is not null
            && !IsIgnored(property);

    /// <summary>Whether the property, or the one it overrides, is marked <c>[ConfigIgnore]</c>: not configuration.</summary>
    private static bool IsIgnored(IPropertySymbol property)
    {
        for (var current = property; current is not null; current = current.OverriddenProperty)
        {
            foreach (var attribute in current.GetAttributes())
            {
                if (SymbolNames.IsAttribute(attribute, VeltrixNamespace, "ConfigIgnoreAttribute"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private (int Tree, int Position) SourcePosition(ISymbol symbol)
    {
        foreach (var location in symbol.Locations)
        {
            if (location.SourceTree is { } tree)
            {
                return (TreeIndex(tree), location.SourceSpan.Start);
            }
        }

        return (int.MaxValue, 0);
    }

    /// <summary>The position of a tree in the compilation (cached: a type spans one or a few trees).</summary>
    private int TreeIndex(SyntaxTree tree)
    {
        if (_treeIndices.TryGetValue(tree, out var cached))
        {
            return cached;
        }

        var result = int.MaxValue;
        var index = 0;
        foreach (var candidate in _compilation.SyntaxTrees)
        {
            if (candidate == tree)
            {
                result = index;
                break;
            }

            index++;
        }

        _treeIndices.Add(tree, result);
        return result;
    }

    /// <summary>
    /// Whether a property (not bound through the constructor) can be assigned by the generated binder. A get-only
    /// property is computed and skipped; a <c>set</c> the binder cannot reach is internal state and skipped; an
    /// <c>init</c> it cannot reach is reported, because such a member can only ever be set at construction.
    /// </summary>
    // Locations stay out of the specs (a blank line above a member would otherwise re-emit its source),
    // so a diagnostic about a member finds it again from the symbol.
    private static LocationInfo? MemberLocation(INamedTypeSymbol type, string memberName)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var candidate in current.GetMembers(memberName))
            {
                if (candidate is IPropertySymbol)
                {
                    return LocationOf(candidate);
                }
            }
        }

        return null;
    }

    private bool IsSettable(INamedTypeSymbol type, IPropertySymbol property, LocationInfo? typeLocation, ref bool constructible)
    {
        if (property.SetMethod is not { } setter)
        {
            return false;
        }

        if (_compilation.IsSymbolAccessibleWithin(setter, _root, type))
        {
            return true;
        }

        if (setter.IsInitOnly || property.IsRequired)
        {
            NotConstructible(
                type,
                LocationOf(property) ?? typeLocation,
                "the init accessor of '" + property.Name + "' is not accessible to the generated binder; make it public or internal");
            constructible = false;
        }

        return false;
    }

    /// <summary>
    /// Whether a get-only property's type is a collection the binder can fill in place: a list, set or dictionary
    /// type with <c>Add</c> and <c>Clear</c> (<c>List&lt;T&gt;</c>, <c>ICollection&lt;T&gt;</c>, <c>Dictionary&lt;string, T&gt;</c>, …).
    /// </summary>
    private static bool IsFillableCollection(ITypeSymbol type)
        => type is INamedTypeSymbol { ContainingType: null } named
            && SymbolNames.IsInNamespace(named, "System.Collections.Generic")
            && named.MetadataName is "List`1" or "IList`1" or "ICollection`1" or "HashSet`1" or "ISet`1" or "Dictionary`2" or "IDictionary`2";

    private static bool HasUserToString(INamedTypeSymbol type)
    {
        foreach (var member in type.GetMembers("ToString"))
        {
            if (member is IMethodSymbol { IsStatic: false, Parameters.Length: 0, IsImplicitlyDeclared: false })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Notes why a section cannot be constructed; <see cref="ReportNotConstructible"/> reports every reason in one VLX0007.</summary>
    private void NotConstructible(INamedTypeSymbol type, LocationInfo? location, string reason)
    {
        if (!_notConstructible.TryGetValue(type, out var reasons))
        {
            reasons = [];
            _notConstructible.Add(type, reasons);
        }

        reasons.Add((location, reason));
    }

    /// <summary>Reports VLX0007 once for a section, at its first problem, with every reason noted for it.</summary>
    private void ReportNotConstructible(INamedTypeSymbol type, string name)
    {
        if (!_notConstructible.TryGetValue(type, out var reasons) || reasons.Count == 0)
        {
            return;
        }

        var text = new string[reasons.Count];
        for (var i = 0; i < text.Length; i++)
        {
            text[i] = reasons[i].Reason;
        }

        Report(DiagnosticIds.SectionNotConstructible, reasons[0].Location, name, string.Join("; ", text));
        _notConstructible.Remove(type);
    }

    /// <summary>Whether the type implements DataAnnotations' <c>IValidatableObject</c>, whose <c>Validate</c> the generated validator calls.</summary>
    private static bool ImplementsValidatableObject(INamedTypeSymbol type)
    {
        foreach (var candidate in type.AllInterfaces)
        {
            if (SymbolNames.Is(candidate, DataAnnotations, "IValidatableObject"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Per-section state while its members are parsed: the keys taken so far and whether a needed member was lost.</summary>
    private sealed class SectionContext
    {
        public SectionContext(INamedTypeSymbol type, string name, bool forAnalysis)
        {
            Type = type;
            Name = name;
            if (forAnalysis)
            {
                Properties = [];
                Parameters = [];
                Omitted = [];
            }
        }

        public INamedTypeSymbol Type { get; }

        public string Name { get; }

        /// <summary>Key (case-insensitive) → the member that took it first.</summary>
        public Dictionary<string, string> Keys { get; } = new(StringComparer.OrdinalIgnoreCase);

        public bool Failed { get; set; }

        /// <summary>For analysis: the property of each bound member, in member order; otherwise null.</summary>
        public List<IPropertySymbol>? Properties { get; }

        /// <summary>For analysis: the constructor parameter of each bound member, in member order; otherwise null.</summary>
        public List<IParameterSymbol?>? Parameters { get; }

        /// <summary>For analysis: the candidate properties left out; otherwise null.</summary>
        public List<OmittedMember>? Omitted { get; }

        public void Bound(IPropertySymbol property, IParameterSymbol? parameter)
        {
            Properties?.Add(property);
            Parameters?.Add(parameter);
        }

        public void Omit(IPropertySymbol property, string key, OmissionReason reason) => Omitted?.Add(new OmittedMember(property, key, reason));
    }
}
