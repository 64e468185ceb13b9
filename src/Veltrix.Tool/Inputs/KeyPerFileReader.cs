using System;
using System.Collections.Generic;
using System.IO;

namespace Veltrix.Tool.Inputs;

/// <summary>
/// Reads a key-per-file directory as <c>Microsoft.Extensions.Configuration.KeyPerFile</c> does (Kubernetes mounts a
/// ConfigMap or Secret this way): each file's name is a key, <c>__</c> for <c>:</c>, and its content the value, one
/// trailing newline removed; files whose names start with <c>ignore.</c> are skipped.
/// </summary>
internal static class KeyPerFileReader
{
    /// <summary>Reads the given files of one directory.</summary>
    /// <param name="files">The files, as the user would name them (directory + file name), in the order read.</param>
    /// <returns>The keys they set.</returns>
    public static IReadOnlyList<ConfigEntry> Read(IReadOnlyList<string> files)
    {
        var entries = new List<ConfigEntry>();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            if (name.StartsWith("ignore.", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var value = File.ReadAllText(file);
            if (value.EndsWith("\r\n", StringComparison.Ordinal))
            {
                value = value[..^2];
            }
            else if (value.EndsWith('\n'))
            {
                value = value[..^1];
            }

            entries.Add(new ConfigEntry(name.Replace("__", ":", StringComparison.Ordinal), value, file, 1, 1, 1, null));
        }

        return entries;
    }
}
