using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Veltrix.Extensions.Hosting;

/// <summary>
/// The changed key paths of a reload as a log argument: formatted only when the message is written, as key paths
/// only (never values), and at most <see cref="MaxShown"/> of them so that a mass change cannot flood the log.
/// </summary>
/// <param name="keys">The changed key paths.</param>
internal readonly struct ChangedKeyList(IReadOnlyList<string> keys)
{
    /// <summary>The most key paths one log line names.</summary>
    public const int MaxShown = 20;

    /// <summary>Formats <c>a, b, c</c>, or <c>a, …, t and 5 more</c> past <see cref="MaxShown"/>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        var shown = Math.Min(keys.Count, MaxShown);
        for (var i = 0; i < shown; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            text.Append(keys[i]);
        }

        if (keys.Count > shown)
        {
            text.Append(CultureInfo.InvariantCulture, $" and {keys.Count - shown} more");
        }

        return text.ToString();
    }
}
