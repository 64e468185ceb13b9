using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using Microsoft.CodeAnalysis;

namespace Veltrix.Tool.Checking;

/// <summary>
/// The <c>.editorconfig</c> settings a build would apply to the schemas' source files, read with the compiler's own
/// parser and section matching: every <c>.editorconfig</c> from the anchor directory (the project's folder, or the
/// folder of the first configuration file) up to the one marked <c>root = true</c>, or the one file given with
/// <c>--editorconfig</c>, matched as if it sat in the anchor directory. Rule thresholds
/// (<c>veltrix.&lt;rule&gt;.&lt;option&gt;</c>) and severities (<c>dotnet_diagnostic.&lt;ID&gt;.severity</c>) come from the
/// sections that match a <c>.cs</c> file in the anchor directory, and from global configurations: the config-file
/// analyzer gives a finding the severity its rule has in the C# file nearest the configuration file, and the check
/// hands it such a file, <see cref="AnchorPath"/>.
/// </summary>
internal sealed class EditorConfigSettings
{
    private EditorConfigSettings(
        string anchorPath,
        ImmutableDictionary<string, string> options,
        ImmutableDictionary<string, ReportDiagnostic> anchorSeverities,
        ImmutableDictionary<string, ReportDiagnostic> severities,
        IReadOnlyList<string> files)
    {
        AnchorPath = anchorPath;
        Options = options;
        AnchorSeverities = anchorSeverities;
        Severities = severities;
        Files = files;
    }

    /// <summary>The path of a C# file in the anchor directory, which the settings are read for.</summary>
    public string AnchorPath { get; }

    /// <summary>The analyzer options (thresholds and every other key).</summary>
    public ImmutableDictionary<string, string> Options { get; }

    /// <summary>The severity each rule ID is set to by a section that matches <see cref="AnchorPath"/>.</summary>
    public ImmutableDictionary<string, ReportDiagnostic> AnchorSeverities { get; }

    /// <summary>The severity each rule ID is set to by a global configuration (<c>is_global = true</c>).</summary>
    public ImmutableDictionary<string, ReportDiagnostic> Severities { get; }

    /// <summary>The files read, nearest last.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>Reads the settings.</summary>
    /// <param name="anchor">The directory whose <c>.cs</c> files the settings are read for.</param>
    /// <param name="explicitFile">The file given with <c>--editorconfig</c>, or null to look for <c>.editorconfig</c> files.</param>
    /// <returns>The settings.</returns>
    public static EditorConfigSettings Read(string anchor, string? explicitFile)
    {
        anchor = Path.GetFullPath(anchor);
        var configs = new List<AnalyzerConfig>();
        var files = new List<string>();
        if (explicitFile is not null)
        {
            if (!File.Exists(explicitFile))
            {
                throw new ToolException($"{explicitFile}: no such file (--editorconfig).");
            }

            configs.Add(AnalyzerConfig.Parse(File.ReadAllText(explicitFile), Path.Combine(anchor, ".editorconfig")));
            files.Add(explicitFile);
        }
        else
        {
            for (var directory = new DirectoryInfo(anchor); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, ".editorconfig");
                if (!File.Exists(candidate))
                {
                    continue;
                }

                var text = File.ReadAllText(candidate);
                configs.Add(AnalyzerConfig.Parse(text, candidate));
                files.Insert(0, candidate);
                if (IsRoot(text))
                {
                    break;
                }
            }
        }

        var set = AnalyzerConfigSet.Create(configs);
        var anchorPath = Path.Combine(anchor, "Schema.cs");
        var result = set.GetOptionsForSourcePath(anchorPath);
        return new EditorConfigSettings(anchorPath, result.AnalyzerOptions, result.TreeOptions, set.GlobalConfigOptions.TreeOptions, files);
    }

    // "root = true" in the preamble, before the first section, as the EditorConfig specification reads it.
    private static bool IsRoot(string text)
    {
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith('['))
            {
                return false;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && string.Equals(line[..equals].Trim(), "root", StringComparison.OrdinalIgnoreCase)
                && string.Equals(line[(equals + 1)..].Trim(), "true", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
