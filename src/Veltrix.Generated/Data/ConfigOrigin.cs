using System;
using System.Globalization;

namespace Veltrix;

/// <summary>Where a configuration value came from: a file position, an environment variable, an argument.</summary>
/// <param name="Source">
/// The source, as a user would look for it: a file path, <c>environment variable APP_Server__Port</c>,
/// <c>command-line argument 3</c>, or <c>in-memory</c>.
/// </param>
/// <param name="Line">The 1-based line in <paramref name="Source"/>, or 0 when it has no lines.</param>
/// <param name="Column">The 1-based column in <paramref name="Source"/>, or 0 when it has no columns.</param>
public readonly record struct ConfigOrigin(string Source, int Line = 0, int Column = 0)
{
    /// <summary>An origin that is not known, such as a schema default.</summary>
    public static ConfigOrigin Unknown => default;

    /// <summary>Whether this origin names a source.</summary>
    public bool IsKnown => Source is not null;

    /// <summary>Formats the origin as <c>source:line:column</c>, the form compilers and editors recognise.</summary>
    public override string ToString()
    {
        if (Source is null)
        {
            return "(default)";
        }

        if (Line <= 0)
        {
            return Source;
        }

        return Column <= 0
            ? string.Create(CultureInfo.InvariantCulture, $"{Source}:{Line}")
            : string.Create(CultureInfo.InvariantCulture, $"{Source}:{Line}:{Column}");
    }
}
