using Microsoft.CodeAnalysis.Text;

namespace Veltrix.Analyzers.Json;

/// <summary>One <c>"name": value</c> pair of a JSON object, with the span of the name token (quotes included).</summary>
/// <param name="Name">The unescaped property name.</param>
/// <param name="NameSpan">Where the name token is in the file.</param>
/// <param name="Value">The value.</param>
internal sealed record JsonProperty(string Name, TextSpan NameSpan, JsonNode Value);
