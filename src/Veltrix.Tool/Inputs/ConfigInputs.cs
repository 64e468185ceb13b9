using System;
using System.Collections.Generic;
using System.IO;
using Veltrix.Analyzers.ConfigFiles;

namespace Veltrix.Tool.Inputs;

/// <summary>
/// Turns the paths a user names into layers, in the order the app merges them: a <c>*.json</c> file is a JSON layer
/// (its environment read from the <c>appsettings</c> convention); any other file is an environment file; a directory
/// (a plain folder, or a mounted ConfigMap with its <c>..data</c> link) contributes its JSON files,
/// <c>appsettings.json</c> before its overlays, and then its other files as one key-per-file layer. Entries whose
/// names start with <c>..</c> are Kubernetes' own (<c>..data</c>, the timestamped folder it points at) and skipped;
/// the mounted names are kept in messages, not the paths their links resolve to.
/// </summary>
internal static class ConfigInputs
{
    /// <summary>Reads every path.</summary>
    /// <param name="paths">Files and directories, in merge order.</param>
    /// <param name="environmentPrefix">The prefix of the app's environment variables; empty for all.</param>
    /// <returns>The layers.</returns>
    /// <exception cref="ToolException">A path does not exist or cannot be read.</exception>
    public static List<ConfigLayer> Read(IReadOnlyList<string> paths, string environmentPrefix)
    {
        var layers = new List<ConfigLayer>();
        foreach (var path in paths)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    ReadDirectory(path, environmentPrefix, layers);
                }
                else if (File.Exists(path))
                {
                    layers.Add(ReadFile(path, environmentPrefix));
                }
                else
                {
                    throw new ToolException($"{path}: no such file or directory.");
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new ToolException($"{path}: {ex.Message}", ex);
            }
        }

        return layers;
    }

    private static ConfigLayer ReadFile(string path, string environmentPrefix)
        => IsJson(path)
            ? ConfigLayer.Json(path, File.ReadAllText(path), ConfigFileAnalyzer.EnvironmentOf(path))
            : ConfigLayer.FromEntries(LayerKind.EnvironmentFile, path, EnvironmentFileReader.Read(path, environmentPrefix));

    private static void ReadDirectory(string directory, string environmentPrefix, List<ConfigLayer> layers)
    {
        var json = new List<string>();
        var keys = new List<string>();
        foreach (var entry in Directory.EnumerateFileSystemEntries(directory))
        {
            var name = Path.GetFileName(entry);
            // File.Exists follows a link: a ConfigMap's "Server__Port -> ..data/Server__Port" is a file here.
            if (name.StartsWith("..", StringComparison.Ordinal) || !File.Exists(entry))
            {
                continue;
            }

            (IsJson(name) ? json : keys).Add(Path.Combine(directory, name));
        }

        json.Sort(static (a, b) => JsonOrder(a).CompareTo(JsonOrder(b)) is var order and not 0 ? order : string.CompareOrdinal(a, b));
        keys.Sort(StringComparer.Ordinal);
        foreach (var file in json)
        {
            layers.Add(ReadFile(file, environmentPrefix));
        }

        if (keys.Count > 0)
        {
            layers.Add(ConfigLayer.FromEntries(LayerKind.KeyPerFile, directory, KeyPerFileReader.Read(keys)));
        }
    }

    // appsettings.json first, then its overlays, then other JSON files: the order an app adds them in.
    private static int JsonOrder(string path) => ConfigFileAnalyzer.EnvironmentOf(path) switch
    {
        { Length: 0 } => 0,
        not null => 1,
        _ => 2,
    };

    private static bool IsJson(string path) => path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
}
