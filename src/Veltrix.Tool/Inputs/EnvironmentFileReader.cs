using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace Veltrix.Tool.Inputs;

/// <summary>
/// Reads an environment file as docker's <c>--env-file</c> and Kubernetes' <c>envFrom</c> pass it to the process:
/// <c>NAME=value</c> per line, blank lines and <c>#</c> comments skipped, an optional <c>export </c>, and one pair of
/// matching quotes around a value removed. Only variables with the app's prefix are kept, the prefix removed and
/// <c>__</c> read as <c>:</c>, as <c>AddEnvironmentVariables(prefix)</c> reads them; a later line for the same
/// variable wins, as the process would see it.
/// </summary>
internal static class EnvironmentFileReader
{
    /// <summary>Reads one file.</summary>
    /// <param name="path">The file, as the user named it.</param>
    /// <param name="prefix">The prefix the app passes to <c>AddEnvironmentVariables</c>; empty for all variables.</param>
    /// <returns>The keys it sets.</returns>
    /// <exception cref="ToolException">A line is not <c>NAME=value</c>.</exception>
    public static IReadOnlyList<ConfigEntry> Read(string path, string prefix)
    {
        var lines = File.ReadAllLines(path);
        var entries = new List<ConfigEntry>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var start = 0;
            while (start < line.Length && char.IsWhiteSpace(line[start]))
            {
                start++;
            }

            if (start == line.Length || line[start] == '#')
            {
                continue;
            }

            if (string.CompareOrdinal(line, start, "export ", 0, 7) == 0)
            {
                start += 7;
                while (start < line.Length && line[start] == ' ')
                {
                    start++;
                }
            }

            var equals = line.IndexOf('=', start);
            var name = equals < 0 ? string.Empty : line[start..equals].Trim();
            if (name.Length == 0)
            {
                throw new ToolException(string.Create(CultureInfo.InvariantCulture, $"{path}:{i + 1}: expected NAME=value, found '{line.Trim()}'."));
            }

            if (!name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || name.Length == prefix.Length)
            {
                continue;
            }

            var valueStart = equals + 1;
            var value = line[valueStart..];
            if (value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0])
            {
                value = value[1..^1];
                valueStart++;
            }

            var key = name[prefix.Length..].Replace("__", ":", StringComparison.Ordinal);
            entries.Add(new ConfigEntry(key, value, path, i + 1, start + 1, valueStart + 1, name));
        }

        return entries;
    }
}
