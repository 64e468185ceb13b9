using Microsoft.CodeAnalysis;
using Veltrix.Generators.Models;

namespace Veltrix.Analyzers.ConfigSchema;

/// <summary>A <c>[VeltrixConfig("Section")]</c> type: where it is bound from and what it holds.</summary>
/// <param name="Type">The root schema type.</param>
/// <param name="SectionPath">The section prefix (<c>""</c> for the root of the configuration).</param>
/// <param name="Section">The root section's keys.</param>
/// <param name="Spec">The generator's spec of the schema, which the sections index (its <see cref="ConfigSpec.Keys"/> are the generated schema's keys).</param>
internal sealed record SchemaRoot(INamedTypeSymbol Type, string SectionPath, SchemaSection Section, ConfigSpec Spec);
