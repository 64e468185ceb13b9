using System.Collections.Generic;
using Veltrix.Generators.Models;

namespace Veltrix.Analyzers.ConfigSchema;

/// <summary>The type of a schema member, as the binder sees it.</summary>
internal sealed class SchemaType
{
    /// <summary>Creates a type.</summary>
    /// <param name="kind">Scalar, section, list or dictionary.</param>
    /// <param name="displayName">The C# type name for messages (<c>int</c>, <c>TimeSpan</c>).</param>
    /// <param name="scalar">The scalar kind, for scalars.</param>
    /// <param name="isNullable">Whether null and empty values are accepted (<c>int?</c>, <c>string?</c>).</param>
    /// <param name="isValueType">Whether the bound type is a value type (a JSON null is then an error unless nullable).</param>
    /// <param name="enumNames">The member names of an enum.</param>
    /// <param name="isFlags">Whether the enum is <c>[Flags]</c>.</param>
    /// <param name="element">The element type of a list or dictionary.</param>
    /// <param name="section">The section of a section type.</param>
    /// <param name="enumValues">The values of an enum's members, as invariant decimal text, in the order of <paramref name="enumNames"/>.</param>
    public SchemaType(
        SchemaTypeKind kind,
        string displayName,
        ScalarKind scalar,
        bool isNullable,
        bool isValueType,
        IReadOnlyList<string> enumNames,
        bool isFlags,
        SchemaType? element,
        SchemaSection? section,
        IReadOnlyList<string>? enumValues = null)
    {
        Kind = kind;
        DisplayName = displayName;
        Scalar = scalar;
        IsNullable = isNullable;
        IsValueType = isValueType;
        EnumNames = enumNames;
        EnumValues = enumValues ?? [];
        IsFlags = isFlags;
        Element = element;
        Section = section;
    }

    /// <summary>Scalar, section, list or dictionary.</summary>
    public SchemaTypeKind Kind { get; }

    /// <summary>The C# type name for messages.</summary>
    public string DisplayName { get; }

    /// <summary>The scalar kind; <see cref="ScalarKind.None"/> unless <see cref="Kind"/> is scalar.</summary>
    public ScalarKind Scalar { get; }

    /// <summary>Whether null and empty values bind to null.</summary>
    public bool IsNullable { get; }

    /// <summary>Whether the bound type is a value type.</summary>
    public bool IsValueType { get; }

    /// <summary>The names of an enum's members, in declaration order.</summary>
    public IReadOnlyList<string> EnumNames { get; }

    /// <summary>The values of an enum's members, as invariant decimal text, in the order of <see cref="EnumNames"/>.</summary>
    public IReadOnlyList<string> EnumValues { get; }

    /// <summary>Whether the enum is <c>[Flags]</c>, so <c>"A, B"</c> binds.</summary>
    public bool IsFlags { get; }

    /// <summary>The element type of a list or dictionary.</summary>
    public SchemaType? Element { get; }

    /// <summary>The section, for a section type (filled after construction, so recursive references share it).</summary>
    public SchemaSection? Section { get; }
}
