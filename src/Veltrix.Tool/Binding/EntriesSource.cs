using System;
using System.Collections.Generic;
using Veltrix.Tool.Inputs;

namespace Veltrix.Tool.Binding;

/// <summary>
/// An environment file or key-per-file directory as a runtime source: each entry set with an origin that names the
/// file, the line and (for a variable) its full name, as <c>AddEnvironmentVariables</c> or the key-per-file provider
/// would have set it in the app.
/// </summary>
/// <param name="layer">The layer.</param>
internal sealed class EntriesSource(ConfigLayer layer) : IConfigSource
{
    /// <inheritdoc />
    public string Name => layer.Path;

    /// <inheritdoc />
    public void Load(ConfigDataBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // The process sees one value per variable, the last line's; a directory has one file per name.
        var last = new Dictionary<string, ConfigEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in layer.Entries)
        {
            last[entry.Key] = entry;
        }

        foreach (var entry in last.Values)
        {
            var origin = entry.Variable is null
                ? new ConfigOrigin(entry.Path)
                : new ConfigOrigin($"{entry.Path}:{entry.Line} (environment variable {entry.Variable})");
            builder.Set(entry.Key, entry.Value, origin);
        }
    }
}
