using Veltrix.Analyzers.ConfigSchema;
using Veltrix.Analyzers.Json;

namespace Veltrix.Analyzers.ConfigFiles;

/// <summary>A scalar value a file gives a schema member, after it bound: what the setting rules look at.</summary>
/// <param name="Section">The section the member belongs to.</param>
/// <param name="Member">The member the value binds to.</param>
/// <param name="KeyPath">The full key path as the file writes it.</param>
/// <param name="Value">The JSON token.</param>
/// <param name="Parsed">The parsed value (see <see cref="ScalarConverter"/>); null for an empty value of a nullable member.</param>
internal sealed record ConfigValueSite(SchemaSection Section, SchemaMember Member, string KeyPath, JsonNode Value, object? Parsed);
