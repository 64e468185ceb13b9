using System;
using System.ComponentModel;
using System.Globalization;

namespace Veltrix;

/// <summary>
/// Builds key paths for generated code. Generated binders, validators and diffs call it only when they report a
/// problem or a change, so that an unchanged, valid configuration allocates no key strings.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class GeneratedKeyPath
{
    /// <summary>Appends a key segment: <c>Server</c> and <c>Port</c> give <c>Server:Port</c>; an empty path gives the segment.</summary>
    /// <param name="path">The key path of the enclosing section; empty for the root.</param>
    /// <param name="key">The key segment.</param>
    /// <returns>The combined key path.</returns>
    public static string Combine(string path, string key)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(key);
        return path.Length == 0 ? key : string.Concat(path, ":", key);
    }

    /// <summary>Appends a list index: <c>Server:Hosts</c> and <c>2</c> give <c>Server:Hosts:2</c>.</summary>
    /// <param name="path">The key path of the list; empty for the root.</param>
    /// <param name="index">The element index.</param>
    /// <returns>The combined key path.</returns>
    public static string Combine(string path, int index)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.Length == 0
            ? index.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{path}:{index}");
    }
}
