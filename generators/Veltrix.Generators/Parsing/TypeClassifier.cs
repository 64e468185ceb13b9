using System;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Veltrix.Generators.Models;

namespace Veltrix.Generators.Parsing;

/// <summary>The outcome of classifying a member type: a <see cref="TypeSpec"/>, or why there is none.</summary>
internal readonly struct TypeClassification
{
    private TypeClassification(TypeSpec? spec, INamedTypeSymbol? sectionType, string? unsupportedReason, bool hasErrorType)
    {
        Spec = spec;
        SectionType = sectionType;
        UnsupportedReason = unsupportedReason;
        HasErrorType = hasErrorType;
    }

    /// <summary>The type, when it can be bound.</summary>
    public TypeSpec? Spec { get; }

    /// <summary>The section type the member (or its collection's elements) binds to, which must be parsed in turn.</summary>
    public INamedTypeSymbol? SectionType { get; }

    /// <summary>Why the type cannot be bound (for VLX0002).</summary>
    public string? UnsupportedReason { get; }

    /// <summary>The type does not resolve; the compiler already reports it, so the parser stays silent.</summary>
    public bool HasErrorType { get; }

    public static TypeClassification Supported(TypeSpec spec, INamedTypeSymbol? sectionType) => new(spec, sectionType, null, false);

    public static TypeClassification Unsupported(string reason) => new(null, null, reason, false);

    public static TypeClassification Error { get; } = new(null, null, null, true);
}

/// <summary>Maps member types to <see cref="TypeSpec"/>: scalars, sections and the supported collections.</summary>
internal static class TypeClassifier
{
    private const string CollectionsGeneric = "System.Collections.Generic";
    private const string SupportedLists = "T[], List<T>, IList<T>, IReadOnlyList<T>, ImmutableArray<T>, IEnumerable<T>, ICollection<T>, IReadOnlyCollection<T>, HashSet<T>, ISet<T> or IReadOnlySet<T>";
    private const string SupportedDictionaries = "Dictionary<string, T>, IDictionary<string, T> or IReadOnlyDictionary<string, T>";

    /// <summary>Classifies the type of a member.</summary>
    public static TypeClassification Classify(ITypeSymbol type) => ClassifyType(type);

    /// <summary>The scalar kind of a (non-nullable) type, or <see cref="ScalarKind.None"/>.</summary>
    public static ScalarKind GetScalarKind(ITypeSymbol type)
    {
        switch (type.SpecialType)
        {
            case SpecialType.System_Boolean: return ScalarKind.Boolean;
            case SpecialType.System_Byte: return ScalarKind.Byte;
            case SpecialType.System_SByte: return ScalarKind.SByte;
            case SpecialType.System_Int16: return ScalarKind.Int16;
            case SpecialType.System_UInt16: return ScalarKind.UInt16;
            case SpecialType.System_Int32: return ScalarKind.Int32;
            case SpecialType.System_UInt32: return ScalarKind.UInt32;
            case SpecialType.System_Int64: return ScalarKind.Int64;
            case SpecialType.System_UInt64: return ScalarKind.UInt64;
            case SpecialType.System_Single: return ScalarKind.Single;
            case SpecialType.System_Double: return ScalarKind.Double;
            case SpecialType.System_Decimal: return ScalarKind.Decimal;
            case SpecialType.System_Char: return ScalarKind.Char;
            case SpecialType.System_String: return ScalarKind.String;
            case SpecialType.System_DateTime: return ScalarKind.DateTime;
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            return ScalarKind.Enum;
        }

        if (type is not INamedTypeSymbol { ContainingType: null, Arity: 0 } named || !SymbolNames.IsInNamespace(named, "System"))
        {
            return ScalarKind.None;
        }

        return named.Name switch
        {
            "Int128" => ScalarKind.Int128,
            "UInt128" => ScalarKind.UInt128,
            "TimeSpan" => ScalarKind.TimeSpan,
            "DateTimeOffset" => ScalarKind.DateTimeOffset,
            "DateOnly" => ScalarKind.DateOnly,
            "TimeOnly" => ScalarKind.TimeOnly,
            "Guid" => ScalarKind.Guid,
            "Uri" => ScalarKind.Uri,
            "Version" => ScalarKind.Version,
            _ => ScalarKind.None,
        };
    }

    /// <summary>Whether the scalar kind is a number that compares with numeric literals.</summary>
    public static bool IsNumeric(ScalarKind kind) => kind is >= ScalarKind.Byte and <= ScalarKind.Decimal;

    /// <summary>For <c>Nullable&lt;T&gt;</c>, <c>T</c>; otherwise the type itself without annotation.</summary>
    public static ITypeSymbol Underlying(ITypeSymbol type)
        => type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            ? nullable.TypeArguments[0]
            : type.WithNullableAnnotation(NullableAnnotation.NotAnnotated);

    /// <summary>
    /// Whether a member of this type admits null: a value type wrapped in <c>Nullable&lt;T&gt;</c> is a scalar of its
    /// own; a reference type annotated <c>?</c> does, and so does one declared where nullable reference types are
    /// off (nullable-oblivious), since <c>ConfigurationBinder</c> leaves such a member null and accepts null for it.
    /// </summary>
    public static bool AdmitsNull(ITypeSymbol type)
        => type.NullableAnnotation == NullableAnnotation.Annotated
            || (type.NullableAnnotation == NullableAnnotation.None && !type.IsValueType && type.TypeKind != TypeKind.TypeParameter);

    /// <summary>
    /// The <c>global::</c>-qualified name that generated code (<c>#nullable enable</c>) writes for a type: a
    /// nullable-oblivious reference type, at any depth (<c>List&lt;string&gt;</c> declared without nullable
    /// annotations), is written as nullable (<c>List&lt;string?&gt;?</c>), so that assigning null to it raises no warning.
    /// </summary>
    /// <param name="type">The type.</param>
    /// <param name="nullable">Whether the outermost type gets <c>?</c> (reference types only).</param>
    public static string RenderFullName(ITypeSymbol type, bool nullable)
    {
        if (!HasObliviousPart(type))
        {
            var annotated = type.IsValueType
                ? type
                : type.WithNullableAnnotation(nullable ? NullableAnnotation.Annotated : NullableAnnotation.NotAnnotated);
            return annotated.ToDisplayString(SymbolNames.FullName);
        }

        var suffix = nullable && !type.IsValueType ? "?" : string.Empty;
        switch (type)
        {
            case IArrayTypeSymbol array:
                return RenderFullName(array.ElementType, AdmitsNull(array.ElementType)) + "[]" + suffix;
            case INamedTypeSymbol { TypeArguments.Length: > 0 } named when named.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T:
                var arguments = new string[named.TypeArguments.Length];
                for (var i = 0; i < arguments.Length; i++)
                {
                    // Dictionary keys are never null (TKey : notnull, and the binder's keys are strings).
                    var isKey = named.TypeParameters[i].HasNotNullConstraint || (i == 0 && named.Arity == 2 && named.Name.EndsWith("Dictionary", System.StringComparison.Ordinal));
                    arguments[i] = RenderFullName(named.TypeArguments[i], !isKey && AdmitsNull(named.TypeArguments[i]));
                }

                return named.ToDisplayString(GenericDefinitionName) + "<" + string.Join(", ", arguments) + ">" + suffix;
            default:
                return SymbolNames.NonNullableFullName(type) + suffix;
        }
    }

    /// <summary>A generic type's qualified name without its type arguments: <c>global::System.Collections.Generic.List</c>.</summary>
    private static readonly SymbolDisplayFormat GenericDefinitionName = SymbolDisplayFormat.FullyQualifiedFormat.WithGenericsOptions(SymbolDisplayGenericsOptions.None);

    private static bool HasObliviousPart(ITypeSymbol type)
    {
        if (!type.IsValueType && type.NullableAnnotation == NullableAnnotation.None && type.TypeKind != TypeKind.TypeParameter)
        {
            return true;
        }

        switch (type)
        {
            case IArrayTypeSymbol array:
                return HasObliviousPart(array.ElementType);
            case INamedTypeSymbol named:
                foreach (var argument in named.TypeArguments)
                {
                    if (HasObliviousPart(argument))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    private static TypeClassification ClassifyType(ITypeSymbol type)
    {
        if (ContainsErrorType(type))
        {
            return TypeClassification.Error;
        }

        switch (type)
        {
            case IArrayTypeSymbol array:
                return array.IsSZArray
                    ? Collection(type, MemberTypeKind.Array, array.ElementType)
                    : TypeClassification.Unsupported("multi-dimensional arrays are not supported; use " + SupportedLists);

            case INamedTypeSymbol named:
                return ClassifyNamed(named);

            case IPointerTypeSymbol or IFunctionPointerTypeSymbol:
                return TypeClassification.Unsupported("pointers are not supported");

            case ITypeParameterSymbol:
                return TypeClassification.Unsupported("type parameters are not supported");

            default:
                return type.TypeKind == TypeKind.Dynamic
                    ? TypeClassification.Unsupported("'dynamic' is not supported; use a concrete type")
                    : TypeClassification.Unsupported("the type is not supported");
        }
    }

    private static TypeClassification ClassifyNamed(INamedTypeSymbol named)
    {
        var isAnnotated = AdmitsNull(named);

        if (named.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
        {
            var inner = named.TypeArguments[0];
            var innerKind = GetScalarKind(inner);
            return innerKind == ScalarKind.None
                ? TypeClassification.Unsupported("only Nullable<T> of a scalar type (number, bool, char, enum, TimeSpan, DateTime, Guid, …) is supported")
                : TypeClassification.Supported(Scalar(named, inner, innerKind, isNullable: true), null);
        }

        var kind = GetScalarKind(named);
        if (kind != ScalarKind.None)
        {
            return TypeClassification.Supported(Scalar(named, named, kind, isAnnotated), null);
        }

        var collectionKind = GetCollectionKind(named);
        if (collectionKind != MemberTypeKind.Scalar)
        {
            if (collectionKind is MemberTypeKind.Dictionary or MemberTypeKind.IReadOnlyDictionary or MemberTypeKind.IDictionary)
            {
                return named.TypeArguments[0].SpecialType == SpecialType.System_String
                    ? Collection(named, collectionKind, named.TypeArguments[1])
                    : TypeClassification.Unsupported("dictionary keys must be string; use " + SupportedDictionaries);
            }

            return Collection(named, collectionKind, named.TypeArguments[0]);
        }

        if (named.SpecialType == SpecialType.System_Object)
        {
            return TypeClassification.Unsupported("'object' carries no schema; use a concrete type");
        }

        if (IsEnumerable(named))
        {
            return TypeClassification.Unsupported(
                IsDictionaryLike(named)
                    ? "the only supported dictionaries are " + SupportedDictionaries
                    : "the only supported collections are " + SupportedLists + " (and " + SupportedDictionaries + ")");
        }

        switch (named.TypeKind)
        {
            case TypeKind.Interface:
                return TypeClassification.Unsupported("interfaces are not supported; use a class or record class");
            case TypeKind.Delegate:
                return TypeClassification.Unsupported("delegates are not supported");
            case TypeKind.Struct:
                return TypeClassification.Unsupported("structs other than the supported scalar types are not supported; use a class or record class");
            case TypeKind.Class:
                break;
            default:
                return TypeClassification.Unsupported("the type is not supported");
        }

        if (SymbolNames.IsInSystemNamespace(named))
        {
            return TypeClassification.Unsupported("types from the System namespaces are not sections; use a class or record class of your own");
        }

        if (IsGenericOrInGeneric(named))
        {
            return TypeClassification.Unsupported("generic section types are not supported");
        }

        var display = named.ToDisplayString(SymbolNames.DisplayName);
        var spec = new TypeSpec(
            MemberTypeKind.Section,
            RenderFullName(named, isAnnotated),
            display,
            ScalarKind.None,
            isAnnotated,
            IsValueType: false,
            Element: null,
            IsFlagsEnum: false,
            EquatableArray<string>.Empty,
            SymbolNames.NonNullableFullName(named));
        // The section itself, without the member's '?': it names the type in messages and keys the parsed sections.
        return TypeClassification.Supported(spec, (INamedTypeSymbol)named.WithNullableAnnotation(NullableAnnotation.NotAnnotated));
    }

    private static TypeClassification Collection(ITypeSymbol type, MemberTypeKind kind, ITypeSymbol elementType)
    {
        // Elements may be collections themselves (Dictionary<string, string[]>, List<List<T>>), as ConfigurationBinder binds them.
        var element = ClassifyType(elementType);
        if (element.Spec is null)
        {
            return element.HasErrorType
                ? element
                : TypeClassification.Unsupported("its element type '" + elementType.ToDisplayString(SymbolNames.DisplayName) + "' is not supported: " + element.UnsupportedReason);
        }

        // ImmutableArray<T> is a struct: it cannot be null, and ImmutableArray<T>? is Nullable<ImmutableArray<T>>, which is not supported.
        var isNullable = AdmitsNull(type);
        var spec = new TypeSpec(
            kind,
            RenderFullName(type, isNullable),
            type.ToDisplayString(SymbolNames.DisplayName),
            ScalarKind.None,
            isNullable,
            type.IsValueType,
            element.Spec,
            IsFlagsEnum: false,
            EquatableArray<string>.Empty,
            RenderFullName(type, nullable: false));
        return TypeClassification.Supported(spec, element.SectionType);
    }

    private static TypeSpec Scalar(ITypeSymbol type, ITypeSymbol underlying, ScalarKind kind, bool isNullable)
    {
        var fullName = underlying.IsValueType ? type.ToDisplayString(SymbolNames.FullName) : RenderFullName(type, isNullable);
        var nonNullable = underlying.IsValueType ? underlying.ToDisplayString(SymbolNames.FullName) : SymbolNames.NonNullableFullName(type);
        var isFlags = false;
        var names = EquatableArray<string>.Empty;
        var values = EquatableArray<string>.Empty;
        if (kind == ScalarKind.Enum)
        {
            isFlags = HasFlagsAttribute(underlying);
            names = EnumNames(underlying);
            values = EnumValues(underlying);
        }

        return new TypeSpec(
            MemberTypeKind.Scalar,
            fullName,
            type.ToDisplayString(SymbolNames.DisplayName),
            kind,
            isNullable,
            underlying.IsValueType,
            Element: null,
            isFlags,
            names,
            nonNullable,
            values);
    }

    private static EquatableArray<string> EnumNames(ITypeSymbol enumType)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var member in enumType.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true } field)
            {
                builder.Add(field.Name);
            }
        }

        return new EquatableArray<string>(builder.ToImmutable());
    }

    // In the order of EnumNames; the constant is boxed as the underlying type, so its invariant text is exact.
    private static EquatableArray<string> EnumValues(ITypeSymbol enumType)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var member in enumType.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true } field)
            {
                builder.Add(Convert.ToString(field.ConstantValue, CultureInfo.InvariantCulture) ?? "0");
            }
        }

        return new EquatableArray<string>(builder.ToImmutable());
    }

    private static bool HasFlagsAttribute(ITypeSymbol type)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (SymbolNames.IsAttribute(attribute, "System", "FlagsAttribute"))
            {
                return true;
            }
        }

        return false;
    }

    private static MemberTypeKind GetCollectionKind(INamedTypeSymbol type)
    {
        if (type.ContainingType is not null || type.Arity == 0)
        {
            return MemberTypeKind.Scalar;
        }

        if (SymbolNames.IsInNamespace(type, CollectionsGeneric))
        {
            return type.MetadataName switch
            {
                "List`1" => MemberTypeKind.List,
                "IList`1" => MemberTypeKind.IList,
                "IReadOnlyList`1" => MemberTypeKind.IReadOnlyList,
                "Dictionary`2" => MemberTypeKind.Dictionary,
                "IReadOnlyDictionary`2" => MemberTypeKind.IReadOnlyDictionary,
                "IDictionary`2" => MemberTypeKind.IDictionary,
                "IEnumerable`1" or "ICollection`1" or "IReadOnlyCollection`1" => MemberTypeKind.Sequence,
                "HashSet`1" or "ISet`1" or "IReadOnlySet`1" => MemberTypeKind.Set,
                _ => MemberTypeKind.Scalar,
            };
        }

        return type.MetadataName == "ImmutableArray`1" && SymbolNames.IsInNamespace(type, "System.Collections.Immutable")
            ? MemberTypeKind.ImmutableArray
            : MemberTypeKind.Scalar;
    }

    private static bool IsEnumerable(INamedTypeSymbol type)
    {
        if (SymbolNames.Is(type, "System.Collections", "IEnumerable"))
        {
            return true;
        }

        foreach (var @interface in type.AllInterfaces)
        {
            if (SymbolNames.Is(@interface, "System.Collections", "IEnumerable"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDictionaryLike(INamedTypeSymbol type)
    {
        if (IsDictionaryInterface(type))
        {
            return true;
        }

        foreach (var @interface in type.AllInterfaces)
        {
            if (IsDictionaryInterface(@interface))
            {
                return true;
            }
        }

        return false;

        static bool IsDictionaryInterface(INamedTypeSymbol t)
            => SymbolNames.Is(t, CollectionsGeneric, "IDictionary`2")
                || SymbolNames.Is(t, CollectionsGeneric, "IReadOnlyDictionary`2")
                || SymbolNames.Is(t, "System.Collections", "IDictionary");
    }

    /// <summary>Whether the type or a type containing it has type parameters.</summary>
    public static bool IsGenericOrInGeneric(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.TypeArguments.Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsErrorType(ITypeSymbol type)
    {
        switch (type)
        {
            case IErrorTypeSymbol:
                return true;
            case IArrayTypeSymbol array:
                return ContainsErrorType(array.ElementType);
            case INamedTypeSymbol named:
                foreach (var argument in named.TypeArguments)
                {
                    if (ContainsErrorType(argument))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }
}
