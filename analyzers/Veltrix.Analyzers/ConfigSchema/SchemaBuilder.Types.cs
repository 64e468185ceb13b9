using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Veltrix.Analyzers.ConfigSchema;

internal sealed partial class SchemaBuilder
{
    private static readonly SymbolDisplayFormat ShortName = SymbolDisplayFormat.MinimallyQualifiedFormat;

    // The generator's TypeClassifier, reduced to what binding needs: null for a type the generator rejects.
    private SchemaType? Classify(ITypeSymbol type, bool allowCollection)
    {
        if (type is IArrayTypeSymbol { IsSZArray: true } array)
        {
            return allowCollection ? Collection(SchemaTypeKind.List, type, array.ElementType) : null;
        }

        if (type is not INamedTypeSymbol named || named.TypeKind == TypeKind.Error)
        {
            return null;
        }

        var display = named.ToDisplayString(ShortName);
        if (named.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
        {
            var inner = named.TypeArguments[0];
            var innerKind = ScalarOf(inner);
            return innerKind == SchemaScalar.None ? null : Scalar(display, inner, innerKind, isNullable: true);
        }

        var kind = ScalarOf(named);
        if (kind != SchemaScalar.None)
        {
            return Scalar(display, named, kind, named.NullableAnnotation == NullableAnnotation.Annotated);
        }

        var definition = named.OriginalDefinition.ToDisplayString();
        switch (definition)
        {
            case "System.Collections.Generic.List<T>":
            case "System.Collections.Generic.IList<T>":
            case "System.Collections.Generic.IReadOnlyList<T>":
            case "System.Collections.Immutable.ImmutableArray<T>":
                return allowCollection ? Collection(SchemaTypeKind.List, named, named.TypeArguments[0]) : null;
            case "System.Collections.Generic.Dictionary<TKey, TValue>":
            case "System.Collections.Generic.IReadOnlyDictionary<TKey, TValue>":
                return allowCollection && named.TypeArguments[0].SpecialType == SpecialType.System_String
                    ? Collection(SchemaTypeKind.Dictionary, named, named.TypeArguments[1])
                    : null;
        }

        if (named.TypeKind != TypeKind.Class || named.IsGenericType || named.SpecialType == SpecialType.System_Object
            || named.ContainingNamespace.ToDisplayString().StartsWith("System", System.StringComparison.Ordinal))
        {
            return null;
        }

        var section = SectionOf(named);
        // Sections are shared per type; a nullable member ('Audit?') gets its own view, since a required key inside
        // a nullable section is only required when the section is present.
        return named.NullableAnnotation == NullableAnnotation.Annotated
            ? new SchemaType(SchemaTypeKind.Section, section.DisplayName, SchemaScalar.None, true, false, [], false, null, section.Section)
            : section;
    }

    private SchemaType? Collection(SchemaTypeKind kind, ITypeSymbol type, ITypeSymbol elementType)
        => Classify(elementType, allowCollection: false) is { } element
            ? new SchemaType(kind, type.ToDisplayString(ShortName), SchemaScalar.None, type.NullableAnnotation == NullableAnnotation.Annotated, type.IsValueType, [], false, element, null)
            : null;

    private static SchemaType Scalar(string display, ITypeSymbol underlying, SchemaScalar kind, bool isNullable)
    {
        var names = new List<string>();
        var isFlags = false;
        if (kind == SchemaScalar.Enum)
        {
            foreach (var member in underlying.GetMembers())
            {
                if (member is IFieldSymbol { HasConstantValue: true } field)
                {
                    names.Add(field.Name);
                }
            }

            foreach (var attribute in underlying.GetAttributes())
            {
                isFlags |= attribute.AttributeClass?.ToDisplayString() == "System.FlagsAttribute";
            }
        }

        return new SchemaType(SchemaTypeKind.Scalar, display, kind, isNullable, underlying.IsValueType, names, isFlags, null, null);
    }

    /// <summary>The scalar kind of a non-nullable type (the generator's <c>TypeClassifier.GetScalarKind</c>).</summary>
    /// <param name="type">The type.</param>
    /// <returns>The kind, or <see cref="SchemaScalar.None"/>.</returns>
    public static SchemaScalar ScalarOf(ITypeSymbol type)
    {
        switch (type.SpecialType)
        {
            case SpecialType.System_Boolean: return SchemaScalar.Boolean;
            case SpecialType.System_Byte: return SchemaScalar.Byte;
            case SpecialType.System_SByte: return SchemaScalar.SByte;
            case SpecialType.System_Int16: return SchemaScalar.Int16;
            case SpecialType.System_UInt16: return SchemaScalar.UInt16;
            case SpecialType.System_Int32: return SchemaScalar.Int32;
            case SpecialType.System_UInt32: return SchemaScalar.UInt32;
            case SpecialType.System_Int64: return SchemaScalar.Int64;
            case SpecialType.System_UInt64: return SchemaScalar.UInt64;
            case SpecialType.System_Single: return SchemaScalar.Single;
            case SpecialType.System_Double: return SchemaScalar.Double;
            case SpecialType.System_Decimal: return SchemaScalar.Decimal;
            case SpecialType.System_Char: return SchemaScalar.Char;
            case SpecialType.System_String: return SchemaScalar.String;
            case SpecialType.System_DateTime: return SchemaScalar.DateTime;
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            return SchemaScalar.Enum;
        }

        if (type is not INamedTypeSymbol { ContainingType: null, Arity: 0 } named || named.ContainingNamespace.ToDisplayString() != "System")
        {
            return SchemaScalar.None;
        }

        return named.Name switch
        {
            "Int128" => SchemaScalar.Int128,
            "UInt128" => SchemaScalar.UInt128,
            "TimeSpan" => SchemaScalar.TimeSpan,
            "DateTimeOffset" => SchemaScalar.DateTimeOffset,
            "DateOnly" => SchemaScalar.DateOnly,
            "TimeOnly" => SchemaScalar.TimeOnly,
            "Guid" => SchemaScalar.Guid,
            "Uri" => SchemaScalar.Uri,
            "Version" => SchemaScalar.Version,
            _ => SchemaScalar.None,
        };
    }
}
