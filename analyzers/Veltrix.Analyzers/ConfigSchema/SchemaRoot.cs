using Microsoft.CodeAnalysis;

namespace Veltrix.Analyzers.ConfigSchema;

/// <summary>A <c>[VeltrixConfig("Section")]</c> type: where it is bound from and what it holds.</summary>
/// <param name="Type">The root schema type.</param>
/// <param name="SectionPath">The section prefix (<c>""</c> for the root of the configuration).</param>
/// <param name="Section">The root section's keys.</param>
internal sealed record SchemaRoot(INamedTypeSymbol Type, string SectionPath, SchemaSection Section);
