using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Veltrix.Analyzers.ConfigSchema;
using Veltrix.Analyzers.Diagnostics;
using Veltrix.Analyzers.Json;

namespace Veltrix.Analyzers.ConfigFiles;

/// <summary>
/// Finds the <c>[Required]</c> keys one environment's files do not provide. The runtime reports a required key
/// inside a non-nullable section even when the section is absent (it binds such a section to report each key), and
/// inside a nullable section only when the section is present; this follows it. Required keys of list and dictionary
/// elements are left to the runtime.
/// </summary>
internal static class RequiredKeyChecker
{
    /// <summary>Reports each required key of each root that <paramref name="provided"/> lacks.</summary>
    /// <param name="roots">The schemas.</param>
    /// <param name="provided">The environment's merged keys.</param>
    /// <param name="environment">The environment and its files, for the message.</param>
    /// <param name="reportedIn">The root object of the file the diagnostics go in.</param>
    /// <param name="locator">Locations in that file.</param>
    /// <param name="report">Receives the diagnostics.</param>
    public static void Check(
        ImmutableArray<SchemaRoot> roots,
        ProvidedKeys provided,
        string environment,
        JsonNode reportedIn,
        ConfigFileLocator locator,
        Action<Diagnostic> report)
    {
        foreach (var root in roots)
        {
            var missing = new List<string>();
            Collect(root.Section, root.SectionPath, provided, missing, new HashSet<SchemaSection>());
            foreach (var path in missing)
            {
                report(Diagnostic.Create(
                    DiagnosticDescriptors.ConfigFileRequiredKeyMissing,
                    locator.Locate(EnclosingSpan(reportedIn, path)),
                    path,
                    environment));
            }
        }
    }

    private static void Collect(SchemaSection section, string prefix, ProvidedKeys provided, List<string> missing, HashSet<SchemaSection> visiting)
    {
        if (!visiting.Add(section))
        {
            return;
        }

        foreach (var member in section.Members)
        {
            var path = prefix.Length == 0 ? member.Key : prefix + ":" + member.Key;
            if (member.IsRequired && !provided.Provides(path))
            {
                missing.Add(path);
                continue;
            }

            if (member.Type.Kind == SchemaTypeKind.Section && (!member.Type.IsNullable || provided.Provides(path)))
            {
                Collect(member.Type.Section!, path, provided, missing, visiting);
            }
        }

        visiting.Remove(section);
    }

    // Where the key belongs: the name of the deepest enclosing section this file writes, or the file's opening brace.
    private static TextSpan EnclosingSpan(JsonNode root, string path)
    {
        var span = new TextSpan(root.Span.Start, 1);
        var node = root;
        var segments = path.Split(':');
        for (var i = 0; i < segments.Length - 1 && node.Kind == JsonNodeKind.Object; i++)
        {
            JsonProperty? found = null;
            foreach (var property in node.Properties)
            {
                if (string.Equals(property.Name, segments[i], StringComparison.OrdinalIgnoreCase))
                {
                    found = property;
                }
            }

            if (found is null)
            {
                break;
            }

            span = found.NameSpan;
            node = found.Value;
        }

        return span;
    }
}
