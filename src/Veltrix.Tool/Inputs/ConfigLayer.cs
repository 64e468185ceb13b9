using System.Collections.Generic;

namespace Veltrix.Tool.Inputs;

/// <summary>
/// One source of configuration a deploy supplies, in the order the app merges it: a JSON file, an environment file or
/// a key-per-file directory (a mounted Kubernetes ConfigMap or Secret).
/// </summary>
internal sealed class ConfigLayer
{
    private ConfigLayer(LayerKind kind, string path, string name, string? environment, string? jsonText, IReadOnlyList<ConfigEntry> entries)
    {
        Kind = kind;
        Path = path;
        Name = name;
        Environment = environment;
        JsonText = jsonText;
        Entries = entries;
    }

    /// <summary>How the layer is read.</summary>
    public LayerKind Kind { get; }

    /// <summary>The file or directory, as the user named it (what findings print).</summary>
    public string Path { get; }

    /// <summary>The file or directory name, for messages that list a stack's files.</summary>
    public string Name { get; }

    /// <summary>
    /// For a JSON file named by the <c>appsettings</c> convention: empty for <c>appsettings.json</c>, <c>Production</c>
    /// for <c>appsettings.Production.json</c>; null for any other layer, which applies in every environment.
    /// </summary>
    public string? Environment { get; }

    /// <summary>The JSON text of a <see cref="LayerKind.Json"/> layer.</summary>
    public string? JsonText { get; }

    /// <summary>The keys of an environment file or key-per-file directory, in the order they are read.</summary>
    public IReadOnlyList<ConfigEntry> Entries { get; }

    /// <summary>A JSON file.</summary>
    /// <param name="path">The path as the user named it.</param>
    /// <param name="text">Its text.</param>
    /// <param name="environment">Its environment by the <c>appsettings</c> convention, or null.</param>
    public static ConfigLayer Json(string path, string text, string? environment)
        => new(LayerKind.Json, path, System.IO.Path.GetFileName(path), environment, text, []);

    /// <summary>An environment file or key-per-file directory.</summary>
    /// <param name="kind">Which.</param>
    /// <param name="path">The path as the user named it.</param>
    /// <param name="entries">Its keys.</param>
    public static ConfigLayer FromEntries(LayerKind kind, string path, IReadOnlyList<ConfigEntry> entries)
        => new(kind, path, System.IO.Path.GetFileName(System.IO.Path.TrimEndingDirectorySeparator(path)), null, null, entries);

    /// <inheritdoc />
    public override string ToString() => Path;
}
