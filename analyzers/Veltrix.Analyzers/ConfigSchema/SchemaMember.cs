using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Veltrix.Generators.Models;

namespace Veltrix.Analyzers.ConfigSchema;

/// <summary>One key of a section: a property (or primary-constructor parameter) of a schema type.</summary>
/// <param name="Key">The key segment (the property name, or its <c>[ConfigKey]</c>).</param>
/// <param name="Property">The property.</param>
/// <param name="Parameter">The constructor parameter that binds it, if any (its default is the member's default).</param>
/// <param name="Type">How the value binds.</param>
/// <param name="IsRequired">Whether a source must provide the key (<c>[Required]</c>, <c>required</c>, or a constructor parameter without a default).</param>
/// <param name="IsSecret">Whether the value is <c>[Secret]</c> (never printed).</param>
/// <param name="Role">The role attribute (<c>[CacheSize]</c>, <c>[Timeout]</c>, …), or <see cref="RoleKind.None"/>.</param>
/// <param name="Validations">The validation attributes.</param>
internal sealed record SchemaMember(
    string Key,
    IPropertySymbol Property,
    IParameterSymbol? Parameter,
    SchemaType Type,
    bool IsRequired,
    bool IsSecret,
    RoleKind Role,
    IReadOnlyList<SchemaValidation> Validations);
