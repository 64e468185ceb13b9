using Microsoft.CodeAnalysis;

namespace Veltrix.Generators.Parsing;

/// <summary>How the parser names symbols in models and messages, and how it recognises well-known types.</summary>
internal static class SymbolNames
{
    /// <summary>
    /// <c>global::</c>-qualified, keywords for special types, <c>?</c> on annotated reference types:
    /// <c>int</c>, <c>string?</c>, <c>global::System.TimeSpan?</c>, <c>global::System.Collections.Generic.IReadOnlyList&lt;string&gt;</c>.
    /// </summary>
    public static readonly SymbolDisplayFormat FullName = SymbolDisplayFormat.FullyQualifiedFormat.AddMiscellaneousOptions(
        SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>What a user reads: no namespace, containing types kept: <c>TimeSpan?</c>, <c>IReadOnlyList&lt;string&gt;</c>, <c>Outer.Inner</c>.</summary>
    public static readonly SymbolDisplayFormat DisplayName = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypes,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes
            | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>A namespace without <c>global::</c>: <c>App.Config</c>.</summary>
    public static readonly SymbolDisplayFormat NamespaceName = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces);

    /// <summary>The full name of a type without any nullable annotation (the identity of a section).</summary>
    public static string NonNullableFullName(ITypeSymbol type)
        => type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(FullName);

    /// <summary>Whether <paramref name="symbol"/> is declared directly in the namespace <paramref name="ns"/> (dotted).</summary>
    public static bool IsInNamespace(ISymbol symbol, string ns)
    {
        var current = symbol.ContainingNamespace;
        var end = ns.Length;
        while (current is { IsGlobalNamespace: false })
        {
            var name = current.Name;
            var start = end - name.Length;
            if (start < 0 || string.CompareOrdinal(ns, start, name, 0, name.Length) != 0)
            {
                return false;
            }

            if (start == 0)
            {
                return current.ContainingNamespace is { IsGlobalNamespace: true };
            }

            if (ns[start - 1] != '.')
            {
                return false;
            }

            end = start - 1;
            current = current.ContainingNamespace;
        }

        return false;
    }

    /// <summary>Whether <paramref name="type"/> is the top-level type <paramref name="ns"/>.<paramref name="metadataName"/> (e.g. <c>List`1</c>).</summary>
    public static bool Is(ITypeSymbol? type, string ns, string metadataName)
        => type is INamedTypeSymbol { ContainingType: null } named
            && named.MetadataName == metadataName
            && IsInNamespace(named, ns);

    /// <summary>Whether the symbol lives in <c>System</c> or a namespace below it.</summary>
    public static bool IsInSystemNamespace(ISymbol symbol)
    {
        var current = symbol.ContainingNamespace;
        INamespaceSymbol? top = null;
        while (current is { IsGlobalNamespace: false })
        {
            top = current;
            current = current.ContainingNamespace;
        }

        return top?.Name == "System";
    }

    /// <summary>Whether the attribute's class is <paramref name="ns"/>.<paramref name="name"/>.</summary>
    public static bool IsAttribute(AttributeData attribute, string ns, string name)
        => Is(attribute.AttributeClass, ns, name);
}
