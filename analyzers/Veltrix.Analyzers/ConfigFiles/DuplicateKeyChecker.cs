using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Veltrix.Analyzers.Diagnostics;
using Veltrix.Analyzers.Json;

namespace Veltrix.Analyzers.ConfigFiles;

/// <summary>Reports a key set twice in one object, case-insensitively, as the runtime rejects it.</summary>
internal static class DuplicateKeyChecker
{
    /// <summary>Checks every object of the file.</summary>
    /// <param name="node">The root value.</param>
    /// <param name="locator">Locations in the file.</param>
    /// <param name="text">The file's text, for the first occurrence's line.</param>
    /// <param name="report">Receives the diagnostics.</param>
    public static void Check(JsonNode node, ConfigFileLocator locator, Microsoft.CodeAnalysis.Text.SourceText text, Action<Diagnostic> report)
    {
        if (node.Kind == JsonNodeKind.Object)
        {
            var seen = new Dictionary<string, JsonProperty>(StringComparer.OrdinalIgnoreCase);
            foreach (var property in node.Properties)
            {
                if (seen.TryGetValue(property.Name, out var first))
                {
                    var line = text.Lines.GetLineFromPosition(first.NameSpan.Start).LineNumber + 1;
                    report(Diagnostic.Create(
                        DiagnosticDescriptors.ConfigFileDuplicateKey,
                        locator.Locate(property.NameSpan),
                        property.Name,
                        line.ToString(CultureInfo.InvariantCulture)));
                }
                else
                {
                    seen.Add(property.Name, property);
                }

                Check(property.Value, locator, text, report);
            }
        }
        else
        {
            foreach (var item in node.Items)
            {
                Check(item, locator, text, report);
            }
        }
    }
}
