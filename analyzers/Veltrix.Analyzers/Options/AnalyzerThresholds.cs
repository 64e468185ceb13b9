using System;
using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Veltrix.Analyzers.Options;

/// <summary>
/// Reads rule thresholds from <c>.editorconfig</c> (or a global config): <c>veltrix.&lt;rule&gt;.&lt;option&gt; = value</c>,
/// where <c>&lt;rule&gt;</c> is the diagnostic ID (<c>veltrix.VLX1002.max_entries = 1000000</c>). Keys are
/// case-insensitive, as every editorconfig key is. A missing or unparsable value gives the documented default,
/// so a typo in a threshold never turns a rule off.
/// </summary>
internal static class AnalyzerThresholds
{
    /// <summary>The editorconfig key of <paramref name="option"/> of rule <paramref name="ruleId"/>.</summary>
    /// <param name="ruleId">A diagnostic ID such as <c>VLX1002</c>.</param>
    /// <param name="option">The option name, lower case with underscores.</param>
    /// <returns>The key, lower case (Roslyn lower-cases editorconfig keys when it reads them).</returns>
    public static string Key(string ruleId, string option)
        => ("veltrix." + ruleId + "." + option).ToLowerInvariant();

    /// <summary>Reads a whole-number threshold.</summary>
    /// <param name="options">The options of the file being analyzed.</param>
    /// <param name="ruleId">The rule's ID.</param>
    /// <param name="option">The option name.</param>
    /// <param name="defaultValue">The documented default.</param>
    /// <returns>The configured value, or <paramref name="defaultValue"/>.</returns>
    public static long GetInt64(AnalyzerConfigOptions options, string ruleId, string option, long defaultValue)
        => options.TryGetValue(Key(ruleId, option), out var text)
            && long.TryParse(text.Trim().Replace("_", string.Empty), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : defaultValue;

    /// <summary>
    /// Reads a duration threshold, written as a <see cref="TimeSpan"/> in invariant format (<c>00:00:01</c>) or
    /// as a number with a unit suffix: <c>ms</c>, <c>s</c>, <c>m</c>, <c>h</c>, <c>d</c> (<c>500ms</c>, <c>30s</c>).
    /// </summary>
    /// <param name="options">The options of the file being analyzed.</param>
    /// <param name="ruleId">The rule's ID.</param>
    /// <param name="option">The option name.</param>
    /// <param name="defaultValue">The documented default.</param>
    /// <returns>The configured value, or <paramref name="defaultValue"/>.</returns>
    public static TimeSpan GetTimeSpan(AnalyzerConfigOptions options, string ruleId, string option, TimeSpan defaultValue)
        => options.TryGetValue(Key(ruleId, option), out var text) && TryParseDuration(text, out var value)
            ? value
            : defaultValue;

    /// <summary>Parses a duration as <see cref="GetTimeSpan"/> documents.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The duration.</param>
    /// <returns>Whether <paramref name="text"/> is a duration.</returns>
    public static bool TryParseDuration(string text, out TimeSpan value)
    {
        text = text.Trim();
        if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        var (unitLength, ticksPerUnit) = text.EndsWith("ms", StringComparison.OrdinalIgnoreCase) ? (2, TimeSpan.TicksPerMillisecond)
            : text.EndsWith("s", StringComparison.OrdinalIgnoreCase) ? (1, TimeSpan.TicksPerSecond)
            : text.EndsWith("m", StringComparison.OrdinalIgnoreCase) ? (1, TimeSpan.TicksPerMinute)
            : text.EndsWith("h", StringComparison.OrdinalIgnoreCase) ? (1, TimeSpan.TicksPerHour)
            : text.EndsWith("d", StringComparison.OrdinalIgnoreCase) ? (1, TimeSpan.TicksPerDay)
            : (0, 0L);
        if (unitLength > 0
            && double.TryParse(text.Substring(0, text.Length - unitLength), NumberStyles.Float, CultureInfo.InvariantCulture, out var amount)
            && amount >= 0
            && amount * ticksPerUnit <= TimeSpan.MaxValue.Ticks)
        {
            value = TimeSpan.FromTicks((long)(amount * ticksPerUnit));
            return true;
        }

        value = default;
        return false;
    }
}
