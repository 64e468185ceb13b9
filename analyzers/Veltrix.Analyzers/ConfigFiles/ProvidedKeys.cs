using System;
using System.Collections.Generic;
using System.Globalization;
using Veltrix.Analyzers.Json;

namespace Veltrix.Analyzers.ConfigFiles;

/// <summary>
/// The key paths a set of files provides once merged in order, as the runtime merges sources: key by key, with a
/// JSON <c>null</c> clearing what earlier files set at and beneath its key.
/// </summary>
internal sealed class ProvidedKeys
{
    private readonly HashSet<string> _paths = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Merges one more file on top of those already added.</summary>
    /// <param name="root">The file's root object.</param>
    public void Add(JsonNode root) => Add(string.Empty, root);

    /// <summary>Whether a value is set at <paramref name="path"/> or beneath it (a section with keys).</summary>
    /// <param name="path">A key path.</param>
    /// <returns>Whether the merged files provide it.</returns>
    public bool Provides(string path)
    {
        if (_paths.Contains(path))
        {
            return true;
        }

        var prefix = path + ":";
        foreach (var provided in _paths)
        {
            if (provided.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private void Add(string path, JsonNode node)
    {
        switch (node.Kind)
        {
            case JsonNodeKind.Object when node.Properties.Count > 0:
                foreach (var property in node.Properties)
                {
                    if (path.Length == 0 && property.Name == ConfigFileWalker.SchemaPointerKey)
                    {
                        continue;
                    }

                    Add(path.Length == 0 ? property.Name : path + ":" + property.Name, property.Value);
                }

                break;
            case JsonNodeKind.Array when node.Items.Count > 0:
                // A list set by a later file replaces the whole list.
                Clear(path);
                for (var i = 0; i < node.Items.Count; i++)
                {
                    Add(path + ":" + i.ToString(CultureInfo.InvariantCulture), node.Items[i]);
                }

                break;
            case JsonNodeKind.Null:
                Clear(path);
                break;
            default:
                // A value, or an empty object or array (an empty container is a value: it replaces a list with an empty one).
                _paths.Add(path);
                break;
        }
    }

    private void Clear(string path)
    {
        var prefix = path + ":";
        _paths.RemoveWhere(p => string.Equals(p, path, StringComparison.OrdinalIgnoreCase) || p.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
    }
}
