using Microsoft.CodeAnalysis.Text;
using Veltrix.Analyzers.Json;

namespace Veltrix.Analyzers.ConfigFiles;

/// <summary>A configuration file's text and what the reader made of it, parsed once per compilation.</summary>
/// <param name="Text">The text.</param>
/// <param name="Result">The parse result.</param>
internal sealed record ParsedFile(SourceText Text, JsonParseResult Result)
{
    /// <summary>The root object; null when the file is malformed.</summary>
    public JsonNode? Root => Result.Root;
}
