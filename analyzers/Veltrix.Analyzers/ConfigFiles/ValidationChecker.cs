using System;
using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using Veltrix.Analyzers.ConfigSchema;

namespace Veltrix.Analyzers.ConfigFiles;

/// <summary>
/// Evaluates a member's validation attributes on a value from a file, as the generated validator does at runtime
/// (generators/Veltrix.Generators/ConfigGenerator.Emitter.Validate*.cs): bounds compare the parsed value, a
/// pattern must match the whole value within DataAnnotations' 2-second timeout, lengths count characters of
/// strings and items of collections.
/// </summary>
internal static class ValidationChecker
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(2);

    /// <summary>Checks a scalar value.</summary>
    /// <param name="validation">The rule.</param>
    /// <param name="type">The member's type.</param>
    /// <param name="text">The value as text.</param>
    /// <param name="parsed">What <see cref="ScalarConverter"/> parsed.</param>
    /// <param name="secret">Whether the value must not appear in the message.</param>
    /// <returns>Why the value fails (no trailing period), or null when it passes.</returns>
    public static string? CheckScalar(SchemaValidation validation, SchemaType type, string text, object? parsed, bool secret)
    {
        var shown = secret ? "The value" : "The value '" + text + "'";
        switch (validation.Kind)
        {
            case SchemaValidationKind.Range:
                return CheckRange(validation, parsed, shown);
            case SchemaValidationKind.RegularExpression when validation.Pattern is { } pattern:
                return Matches(pattern, text) ? null : shown + " does not match the pattern '" + pattern + "'";
            case SchemaValidationKind.MinLength or SchemaValidationKind.MaxLength or SchemaValidationKind.Length or SchemaValidationKind.StringLength
                when type.Scalar == SchemaScalar.String:
                return CheckCount(validation, text.Length, secret ? "The value" : "The value '" + text + "'", "characters");
            case SchemaValidationKind.AllowedValues or SchemaValidationKind.DeniedValues:
                return CheckValues(validation, type, text, parsed, shown);
            case SchemaValidationKind.Required when type.Scalar == SchemaScalar.String && validation.Minimum != "true" && text.Trim().Length == 0:
                return RequiredMessage(type);
            default:
                return null;
        }
    }

    /// <summary>The generated validator's message for a value <c>[Required]</c> rejects.</summary>
    /// <param name="type">The member's type.</param>
    /// <returns>The message, without a trailing period.</returns>
    public static string RequiredMessage(SchemaType type)
        => type.Scalar == SchemaScalar.String ? "A value is required: it must not be null, empty or whitespace" : "A value is required: it must not be null";

    /// <summary>Checks the number of items a file gives a collection (a list set by a file replaces the whole list).</summary>
    /// <param name="validation">The rule.</param>
    /// <param name="count">The number of items.</param>
    /// <returns>Why the count fails, or null.</returns>
    public static string? CheckCollection(SchemaValidation validation, int count)
        => validation.Kind is SchemaValidationKind.MinLength or SchemaValidationKind.MaxLength or SchemaValidationKind.Length
            ? CheckCount(validation, count, "The collection", "items")
            : null;

    private static string? CheckCount(SchemaValidation validation, int count, string shown, string unit)
    {
        var min = Int(validation.Minimum);
        var max = Int(validation.Maximum);
        if (min is { } low && count < low)
        {
            return shown + " has " + count.ToString(CultureInfo.InvariantCulture) + " " + unit + "; at least " + low.ToString(CultureInfo.InvariantCulture) + " are required";
        }

        if (max is { } high && count > high && high >= 0)
        {
            return shown + " has " + count.ToString(CultureInfo.InvariantCulture) + " " + unit + "; at most " + high.ToString(CultureInfo.InvariantCulture) + " are allowed";
        }

        return null;
    }

    private static string? CheckRange(SchemaValidation validation, object? parsed, string shown)
    {
        int? low;
        int? high;
        switch (parsed)
        {
            case BigInteger integer:
                low = Compare(integer, validation.Minimum);
                high = Compare(integer, validation.Maximum);
                break;
            case double number:
                low = CompareDouble(number, validation.Minimum);
                high = CompareDouble(number, validation.Maximum);
                break;
            case decimal number:
                low = CompareDouble((double)number, validation.Minimum);
                high = CompareDouble((double)number, validation.Maximum);
                break;
            case TimeSpan span:
                low = CompareTimeSpan(span, validation.Minimum);
                high = CompareTimeSpan(span, validation.Maximum);
                break;
            default:
                return null;
        }

        var belowMinimum = low is { } l && (validation.MinimumIsExclusive ? l <= 0 : l < 0);
        var aboveMaximum = high is { } h && (validation.MaximumIsExclusive ? h >= 0 : h > 0);
        if (!belowMinimum && !aboveMaximum)
        {
            return null;
        }

        return shown + " must be " + (validation.MinimumIsExclusive ? "greater than " : "at least ") + validation.Minimum
            + " and " + (validation.MaximumIsExclusive ? "less than " : "at most ") + validation.Maximum;
    }

    // The sign of value - bound, or null when the bound does not parse (the generator reports that as VLX0006).
    private static int? Compare(BigInteger value, string? bound)
    {
        if (bound is null)
        {
            return null;
        }

        if (BigInteger.TryParse(bound, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer))
        {
            return value.CompareTo(integer);
        }

        return CompareDouble((double)value, bound);
    }

    private static int? CompareDouble(double value, string? bound)
        => bound is not null && double.TryParse(bound, NumberStyles.Float, CultureInfo.InvariantCulture, out var limit) ? value.CompareTo(limit) : null;

    private static int? CompareTimeSpan(TimeSpan value, string? bound)
        => bound is not null && TimeSpan.TryParse(bound, CultureInfo.InvariantCulture, out var limit) ? value.CompareTo(limit) : null;

    private static int? Int(string? text)
        => text is not null && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static bool Matches(string pattern, string text)
    {
        try
        {
            var match = Regex.Match(text, pattern, RegexOptions.None, RegexTimeout);
            return match.Success && match.Index == 0 && match.Length == text.Length;
        }
        catch (ArgumentException)
        {
            // An invalid pattern is the generator's VLX0006; nothing to say about the value.
            return true;
        }
        catch (RegexMatchTimeoutException)
        {
            // The runtime rejects a value the pattern cannot decide on in time.
            return false;
        }
    }

    // DataAnnotations compares the bound value with Equals: numbers by value, strings ordinally. Enum operands are
    // stored as numbers and are not compared here.
    private static string? CheckValues(SchemaValidation validation, SchemaType type, string text, object? parsed, string shown)
    {
        if (type.Scalar == SchemaScalar.Enum)
        {
            return null;
        }

        var found = false;
        foreach (var candidate in validation.Values)
        {
            if (candidate is null)
            {
                continue;
            }

            found |= parsed switch
            {
                BigInteger integer => BigInteger.TryParse(candidate, NumberStyles.Integer, CultureInfo.InvariantCulture, out var other) && other == integer,
                double number => double.TryParse(candidate, NumberStyles.Float, CultureInfo.InvariantCulture, out var other) && other.Equals(number),
                decimal number => decimal.TryParse(candidate, NumberStyles.Float, CultureInfo.InvariantCulture, out var other) && other == number,
                bool flag => bool.TryParse(candidate, out var other) && other == flag,
                _ => string.Equals(candidate, text, StringComparison.Ordinal),
            };
        }

        var allowed = validation.Kind == SchemaValidationKind.AllowedValues;
        if (found != allowed)
        {
            return shown + (allowed ? " is not one of the allowed values: " : " is one of the denied values: ") + string.Join(", ", validation.Values);
        }

        return null;
    }
}
