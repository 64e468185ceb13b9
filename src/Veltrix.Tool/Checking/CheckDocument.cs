using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using Veltrix.Tool.Inputs;

namespace Veltrix.Tool.Checking;

/// <summary>
/// A layer as the config-file analyzer reads it: JSON text under a path of its own, and the way back from a position
/// in that text to the file and line the user wrote. A JSON file is given as it is; an environment file or key-per-file
/// directory becomes a JSON object with one flat key per line (<c>"Server:Port": "8080"</c>, which the analyzer reads
/// as the nested key it spells), so every finding maps back to the one entry it is about.
/// </summary>
internal sealed class CheckDocument
{
    private readonly ConfigLayer _layer;
    private readonly List<(ConfigEntry Entry, int ValueColumn)> _lines = [];

    private CheckDocument(ConfigLayer layer, string analyzedPath)
    {
        _layer = layer;
        AnalyzedPath = analyzedPath;
        Text = layer.JsonText ?? Synthesize(layer.Entries);
    }

    /// <summary>The layer.</summary>
    public ConfigLayer Layer => _layer;

    /// <summary>The path the analyzer knows the document by (unique per stack; its file name is the layer's).</summary>
    public string AnalyzedPath { get; }

    /// <summary>The JSON text the analyzer reads.</summary>
    public string Text { get; }

    /// <summary>Creates the document of a layer.</summary>
    /// <param name="layer">The layer.</param>
    /// <param name="directory">A directory of the analyzer's own that no other stack uses.</param>
    /// <returns>The document.</returns>
    public static CheckDocument For(ConfigLayer layer, string directory)
        => new(layer, directory + "/" + layer.Name);

    /// <summary>Maps a 0-based position in <see cref="Text"/> back to the file the user wrote.</summary>
    /// <param name="line">The 0-based line.</param>
    /// <param name="column">The 0-based column.</param>
    /// <returns>The file as the user named it and the 1-based line and column.</returns>
    public (string Path, int Line, int Column) Map(int line, int column)
    {
        if (_layer.JsonText is not null)
        {
            return (_layer.Path, line + 1, column + 1);
        }

        // Line 0 is the opening brace: a finding about the layer as a whole (a required key it lacks).
        var index = line - 1;
        if (index < 0 || index >= _lines.Count)
        {
            return (_layer.Path, 1, 1);
        }

        var (entry, valueColumn) = _lines[index];
        return (entry.Path, entry.Line, column >= valueColumn ? entry.ValueColumn : entry.NameColumn);
    }

    private string Synthesize(IReadOnlyList<ConfigEntry> entries)
    {
        // The app keeps the last value of a key (keys are case-insensitive): so does the document, each key where it was last set.
        var last = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < entries.Count; i++)
        {
            last[entries[i].Key] = i;
        }

        var text = new StringBuilder("{\n");
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (last[entry.Key] != i)
            {
                continue;
            }

            var key = JsonSerializer.Serialize(entry.Key);
            if (_lines.Count > 0)
            {
                text.Append(",\n");
            }

            text.Append("  ").Append(key).Append(": ");
            _lines.Add((entry, 2 + key.Length + 2));
            text.Append(JsonSerializer.Serialize(entry.Value));
        }

        return text.Append("\n}\n").ToString();
    }
}
