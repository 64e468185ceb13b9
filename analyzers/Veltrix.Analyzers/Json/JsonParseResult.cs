namespace Veltrix.Analyzers.Json;

/// <summary>What <see cref="JsonReader.Parse"/> found: a root value, or the first syntax error and where it is.</summary>
/// <param name="Root">The root value; null when the text is not well-formed JSON.</param>
/// <param name="Error">What is wrong, as a sentence; null when <paramref name="Root"/> is set.</param>
/// <param name="ErrorPosition">The character offset of the problem.</param>
internal sealed record JsonParseResult(JsonNode? Root, string? Error, int ErrorPosition);
