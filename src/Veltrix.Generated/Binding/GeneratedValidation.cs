using System;
using System.ComponentModel;
using System.Text.RegularExpressions;

namespace Veltrix;

/// <summary>Validation steps that generated <c>Validate</c> methods share.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class GeneratedValidation
{
    private const int MaxQuotedLength = 80;

    /// <summary>
    /// Whether <paramref name="value"/> matches <paramref name="regex"/> as a whole, as
    /// <c>RegularExpressionAttribute</c> decides: an empty value is valid, and otherwise the first match must
    /// start at 0 and span the value. A match that times out rejects the value rather than throwing.
    /// </summary>
    /// <param name="regex">The pattern.</param>
    /// <param name="value">The value.</param>
    /// <returns>Whether the value is valid.</returns>
    public static bool IsFullMatch(Regex regex, string value)
    {
        ArgumentNullException.ThrowIfNull(regex);
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0)
        {
            return true;
        }

        try
        {
            foreach (var match in regex.EnumerateMatches(value))
            {
                return match.Index == 0 && match.Length == value.Length;
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A value the pattern cannot decide on within its timeout is not accepted.
        }

        return false;
    }

    /// <summary>Quotes a (non-secret) string for a message, shortened past 80 characters: <c>'value'</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The quoted value.</returns>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length <= MaxQuotedLength
            ? string.Concat("'", value, "'")
            : string.Concat("'", value.AsSpan(0, MaxQuotedLength - 3), "...'");
    }
}
