using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Veltrix.Generators.Models;

namespace Veltrix.Generators.Parsing;

/// <summary>A section as <see cref="SchemaParser.Analyze"/> read it: its spec and the symbols behind it.</summary>
/// <param name="Type">The section type.</param>
/// <param name="Spec">Its spec.</param>
/// <param name="Properties">The property of each of <see cref="SectionSpec.Members"/>, at the same index.</param>
/// <param name="Parameters">The constructor parameter that binds each member, or null, at the same index.</param>
/// <param name="Omitted">The candidate properties that bind no key, and why.</param>
internal sealed record ParsedSection(
    INamedTypeSymbol Type,
    SectionSpec Spec,
    IReadOnlyList<IPropertySymbol> Properties,
    IReadOnlyList<IParameterSymbol?> Parameters,
    IReadOnlyList<OmittedMember> Omitted);
