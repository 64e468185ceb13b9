using Microsoft.CodeAnalysis;

namespace Veltrix.Analyzers.Usage;

/// <summary>
/// Classifies schema member types the way the generator binds them (README "What the generator supports"), and
/// finds the members a schema binds: public or internal instance properties with a getter, as the generator does.
/// </summary>
internal static class SchemaMemberTypes
{
    /// <summary>Whether <paramref name="property"/> is a member the generator binds to a key.</summary>
    /// <param name="property">A property of a schema or section type.</param>
    /// <returns>True for a bound member.</returns>
    public static bool IsBound(IPropertySymbol property)
        => !property.IsStatic
            && !property.IsIndexer
            && !property.ReturnsByRef
            && !property.ReturnsByRefReadonly
            && property.GetMethod is not null
            && property.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal;

    /// <summary>
    /// The primary-constructor parameter a positional record property comes from (its attributes, such as
    /// <c>[ConfigKey]</c> or a role, are written on the parameter), or null for any other property.
    /// </summary>
    /// <param name="property">A property.</param>
    /// <param name="cancellationToken">Cancels the look-up.</param>
    /// <returns>The parameter, or null.</returns>
    public static IParameterSymbol? PositionalParameter(IPropertySymbol property, System.Threading.CancellationToken cancellationToken)
    {
        if (property.DeclaringSyntaxReferences.Length == 0
            || property.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not Microsoft.CodeAnalysis.CSharp.Syntax.ParameterSyntax syntax)
        {
            return null;
        }

        foreach (var constructor in property.ContainingType.InstanceConstructors)
        {
            foreach (var parameter in constructor.Parameters)
            {
                foreach (var reference in parameter.DeclaringSyntaxReferences)
                {
                    if (reference.GetSyntax(cancellationToken) == syntax)
                    {
                        return parameter;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>Classifies <paramref name="type"/>; for a collection, <paramref name="element"/> is its element (value) type.</summary>
    /// <param name="type">A member type.</param>
    /// <param name="element">The element type of a list or the value type of a dictionary, otherwise null.</param>
    /// <returns>The kind.</returns>
    public static MemberTypeKind Classify(ITypeSymbol type, out ITypeSymbol? element)
    {
        element = null;
        if (type is IArrayTypeSymbol array)
        {
            element = array.ElementType;
            return array.Rank == 1 ? MemberTypeKind.List : MemberTypeKind.None;
        }

        if (type is not INamedTypeSymbol named)
        {
            return MemberTypeKind.None;
        }

        if (named.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
        {
            return Classify(named.TypeArguments[0], out element) == MemberTypeKind.Scalar ? MemberTypeKind.Scalar : MemberTypeKind.None;
        }

        if (IsScalar(named))
        {
            return MemberTypeKind.Scalar;
        }

        if (named.IsGenericType)
        {
            var name = MetadataName(named.OriginalDefinition);
            if (named.TypeArguments.Length == 1 && IsListName(name))
            {
                element = named.TypeArguments[0];
                return MemberTypeKind.List;
            }

            if (named.TypeArguments.Length == 2 && IsDictionaryName(name))
            {
                element = named.TypeArguments[1];
                return MemberTypeKind.Dictionary;
            }

            return MemberTypeKind.None;
        }

        return named.TypeKind is TypeKind.Class or TypeKind.Struct
            && named.SpecialType == SpecialType.None
            && !IsInSystemNamespace(named)
            ? MemberTypeKind.Section
            : MemberTypeKind.None;
    }

    /// <summary>The namespace-qualified metadata name of <paramref name="type"/>, such as <c>System.Collections.Generic.List`1</c>.</summary>
    /// <param name="type">A named type.</param>
    /// <returns>The name.</returns>
    public static string MetadataName(INamedTypeSymbol type)
        => type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + type.MetadataName : type.MetadataName;

    private static bool IsScalar(INamedTypeSymbol type)
    {
        if (type.TypeKind == TypeKind.Enum)
        {
            return true;
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_Boolean:
            case SpecialType.System_Char:
            case SpecialType.System_SByte:
            case SpecialType.System_Byte:
            case SpecialType.System_Int16:
            case SpecialType.System_UInt16:
            case SpecialType.System_Int32:
            case SpecialType.System_UInt32:
            case SpecialType.System_Int64:
            case SpecialType.System_UInt64:
            case SpecialType.System_Single:
            case SpecialType.System_Double:
            case SpecialType.System_Decimal:
            case SpecialType.System_String:
            case SpecialType.System_DateTime:
                return true;
        }

        return MetadataName(type) is "System.TimeSpan" or "System.DateTimeOffset" or "System.DateOnly" or "System.TimeOnly"
            or "System.Guid" or "System.Uri" or "System.Version" or "System.Int128" or "System.UInt128";
    }

    private static bool IsListName(string name)
        => name is "System.Collections.Generic.List`1" or "System.Collections.Generic.IList`1"
            or "System.Collections.Generic.IReadOnlyList`1" or "System.Collections.Generic.ICollection`1"
            or "System.Collections.Generic.IReadOnlyCollection`1" or "System.Collections.Generic.IEnumerable`1"
            or "System.Collections.Generic.HashSet`1" or "System.Collections.Generic.ISet`1"
            or "System.Collections.Generic.IReadOnlySet`1" or "System.Collections.Immutable.ImmutableArray`1"
            or "System.Collections.Immutable.ImmutableList`1";

    private static bool IsDictionaryName(string name)
        => name is "System.Collections.Generic.Dictionary`2" or "System.Collections.Generic.IDictionary`2"
            or "System.Collections.Generic.IReadOnlyDictionary`2" or "System.Collections.Immutable.ImmutableDictionary`2";

    private static bool IsInSystemNamespace(INamedTypeSymbol type)
    {
        var ns = type.ContainingNamespace;
        while (ns is { IsGlobalNamespace: false, ContainingNamespace.IsGlobalNamespace: false })
        {
            ns = ns.ContainingNamespace;
        }

        return ns is { IsGlobalNamespace: false, Name: "System" or "Microsoft" };
    }
}
