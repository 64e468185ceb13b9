using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using Microsoft.CodeAnalysis;

namespace Veltrix.Tool.Loading;

/// <summary>
/// The metadata references a compilation needs to see an app's types as its own build saw them: every managed
/// assembly in the app's folder (the app, Veltrix and its other dependencies), then the shared frameworks its
/// <c>runtimeconfig.json</c> names, then the framework the tool runs on. Metadata only: nothing is loaded.
/// </summary>
internal static class AppReferences
{
    /// <summary>Collects the references.</summary>
    /// <param name="appPath">The app's assembly.</param>
    /// <returns>One reference per assembly name, the app's folder winning.</returns>
    public static List<MetadataReference> For(string appPath)
    {
        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var directory = Path.GetDirectoryName(Path.GetFullPath(appPath))!;
        AddDirectory(directory, byName);
        foreach (var framework in SharedFrameworks(appPath))
        {
            AddDirectory(framework, byName);
        }

        AddDirectory(Path.GetDirectoryName(typeof(object).Assembly.Location)!, byName);
        var references = new List<MetadataReference>(byName.Count);
        foreach (var path in byName.Values)
        {
            references.Add(MetadataReference.CreateFromFile(path));
        }

        return references;
    }

    private static void AddDirectory(string directory, Dictionary<string, string> byName)
    {
        foreach (var file in Directory.EnumerateFiles(directory, "*.dll"))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (!byName.ContainsKey(name) && IsManaged(file))
            {
                byName.Add(name, file);
            }
        }
    }

    private static bool IsManaged(string file)
    {
        try
        {
            using var stream = File.OpenRead(file);
            using var reader = new PEReader(stream);
            return reader.HasMetadata;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }

    // shared/<name>/<version> beside the running runtime, for each framework the app runs on (ASP.NET Core's
    // assemblies are not in an app's folder). The highest installed version of the requested major.
    private static List<string> SharedFrameworks(string appPath)
    {
        var directories = new List<string>();
        var runtimeConfig = Path.ChangeExtension(appPath, ".runtimeconfig.json");
        var shared = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", ".."));
        if (!File.Exists(runtimeConfig))
        {
            return directories;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(runtimeConfig), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (!document.RootElement.TryGetProperty("runtimeOptions", out var options))
        {
            return directories;
        }

        var frameworks = new List<JsonElement>();
        if (options.TryGetProperty("framework", out var single))
        {
            frameworks.Add(single);
        }

        if (options.TryGetProperty("frameworks", out var many) && many.ValueKind == JsonValueKind.Array)
        {
            frameworks.AddRange(many.EnumerateArray());
        }

        foreach (var framework in frameworks)
        {
            if (framework.TryGetProperty("name", out var name) && name.GetString() is { } frameworkName
                && framework.TryGetProperty("version", out var version) && Version.TryParse(version.GetString(), out var requested)
                && Best(Path.Combine(shared, frameworkName), requested) is { } best)
            {
                directories.Add(best);
            }
        }

        return directories;
    }

    private static string? Best(string frameworkDirectory, Version requested)
    {
        if (!Directory.Exists(frameworkDirectory))
        {
            return null;
        }

        string? best = null;
        Version? bestVersion = null;
        foreach (var candidate in Directory.EnumerateDirectories(frameworkDirectory))
        {
            var text = Path.GetFileName(candidate);
            var dash = text.IndexOf('-', StringComparison.Ordinal);
            if (Version.TryParse(dash < 0 ? text : text[..dash], out var version) && version.Major == requested.Major
                && (bestVersion is null || version > bestVersion))
            {
                best = candidate;
                bestVersion = version;
            }
        }

        return best;
    }
}
