using System;
using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using Veltrix.Analyzers.ConfigSchema;
using Veltrix.Generators.Models;

namespace Veltrix.Analyzers.ConfigFiles;

/// <summary>
/// Evaluates a member's validation attributes on a value from a file, as the generated validator does at runtime
/// (generators/Veltrix.Generators/Emitting/ConfigGenerator.Emitter.Validate*.cs): bounds compare the parsed value, a
/// pattern must match the whole value within DataAnnotations' 2-second timeout, lengths count characters of
/// strings and items of collections, and the string rules (<c>[EmailAddress]</c>, <c>[Url]</c>, <c>[Phone]</c>,
/// <c>[CreditCard]</c>, <c>[Base64String]</c>, <c>[FileExtensions]</c>) decide as the attributes do. <c>[Compare]</c>,
/// custom attributes and <c>IValidatableObject</c> need the whole bound object and run only at runtime.
/// </summary>
internal static class ValidationChecker
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(2);

    /// <summary>Checks a scalar value.</summary>
    /// <param name="validation">The rule.</param>
    /// <param name="type">The member's type.</param>
    /// <param name="text">The value as text.</param>
    /// <param name="parsed">What <see cref="ScalarConverter"/> parsed.</param>
    /// <param name="secret">Whether the value (and its length) must not appear in the message.</param>
    /// <returns>Why the value fails, worded as the runtime words it (<see cref="ValidationMessages"/>), or null when it passes.</returns>
    public static string? CheckScalar(SchemaValidation validation, SchemaType type, string text, object? parsed, bool secret)
    {
        var shown = secret ? null : Show(type, text, parsed);
        switch (validation.Kind)
        {
            case SchemaValidationKind.Range:
                return CheckRange(validation, parsed, shown);
            case SchemaValidationKind.RegularExpression when validation.Pattern is { } pattern:
                return Matches(pattern, text) ? null : ValidationMessages.PatternMismatch(shown, pattern);
            case SchemaValidationKind.MinLength or SchemaValidationKind.MaxLength or SchemaValidationKind.Length or SchemaValidationKind.StringLength
                when type.Scalar == ScalarKind.String:
                return CheckCount(validation, text.Length, secret, ValidationMessages.LengthOutOfRange);
            case SchemaValidationKind.AllowedValues or SchemaValidationKind.DeniedValues:
                return CheckValues(validation, type, text, parsed, shown);
            case SchemaValidationKind.Required when type.Scalar == ScalarKind.String && validation.Minimum != "true" && text.Trim().Length == 0:
                return RequiredMessage(type, validation);
            case SchemaValidationKind.StringCheck when type.Scalar == ScalarKind.String:
                return CheckString(validation, text, shown);
            default:
                return null;
        }
    }

    // The string rules, decided as the DataAnnotations attributes decide (dotnet/runtime's EmailAddressAttribute,
    // UrlAttribute, PhoneAttribute, CreditCardAttribute, Base64StringAttribute, FileExtensionsAttribute), which the
    // generated validator calls; written out here because the compiler host may run an older framework's copies. The
    // message, and what it says a valid value is, are the parser's and the runtime's. Custom ValidationAttributes run
    // only at runtime.
    private static string? CheckString(SchemaValidation validation, string text, string? shown)
    {
        var valid = validation.AttributeName switch
        {
            "EmailAddress" => IsEmail(text),
            "Url" => IsUrl(text),
            "Phone" => IsPhone(text),
            "CreditCard" => IsCreditCard(text),
            "Base64String" => IsBase64(text),
            "FileExtensions" => HasExtension(text, validation.Pattern),
            _ => true,
        };

        return valid ? null : ValidationMessages.NotExpected(shown, validation.Expected ?? string.Empty);
    }

    private static bool IsEmail(string text)
    {
        // Exactly one '@', neither first nor last.
        var at = text.IndexOf('@');
        return at > 0 && at != text.Length - 1 && at == text.LastIndexOf('@');
    }

    private static bool IsUrl(string text)
        => text.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase);

    private static bool IsPhone(string text)
    {
        var number = RemoveExtension(text.Replace("+", string.Empty).TrimEnd());
        var digit = false;
        foreach (var c in number)
        {
            if (char.IsDigit(c))
            {
                digit = true;
            }
            else if (!char.IsWhiteSpace(c) && "-.()".IndexOf(c) < 0)
            {
                return false;
            }
        }

        return digit;
    }

    // "555 1234 ext. 12", "… ext 12", "… x12": the last such suffix followed by digits only is dropped.
    private static string RemoveExtension(string number)
    {
        foreach (var marker in new[] { "ext.", "ext", "x" })
        {
            var index = number.LastIndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (index >= 0 && IsExtension(number.Substring(index + marker.Length)))
            {
                return number.Substring(0, index);
            }
        }

        return number;
    }

    private static bool IsExtension(string text)
    {
        text = text.TrimStart();
        if (text.Length == 0)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    // The Luhn checksum over the digits, dashes and spaces ignored.
    private static bool IsCreditCard(string text)
    {
        var digits = text.Replace("-", string.Empty).Replace(" ", string.Empty);
        var checksum = 0;
        var even = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var c = digits[i];
            if (c < '0' || c > '9')
            {
                return false;
            }

            var value = (c - '0') * (even ? 2 : 1);
            even = !even;
            checksum += (value % 10) + (value / 10);
        }

        return checksum % 10 == 0;
    }

    private static bool IsBase64(string text)
    {
        try
        {
            _ = Convert.FromBase64String(text);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static bool HasExtension(string text, string? extensions)
    {
        var list = (string.IsNullOrWhiteSpace(extensions) ? "png,jpg,jpeg,gif" : extensions!)
            .Replace(" ", string.Empty).Replace(".", string.Empty).ToLowerInvariant().Split(',');
        for (var i = 0; i < list.Length; i++)
        {
            list[i] = "." + list[i];
        }

        string extension;
        try
        {
            extension = System.IO.Path.GetExtension(text).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            // A name the host's Path rejects (older frameworks): leave it to the runtime check.
            return true;
        }

        return Array.IndexOf(list, extension) >= 0;
    }

    /// <summary>The runtime's message for a value <c>[Required]</c> rejects.</summary>
    /// <param name="type">The member's type.</param>
    /// <param name="required">The rule (its <see cref="SchemaValidation.Minimum"/> is <c>true</c> with <c>AllowEmptyStrings</c>).</param>
    /// <returns>The message.</returns>
    public static string RequiredMessage(SchemaType type, SchemaValidation required)
        => ValidationMessages.ValueRequired(type.Scalar == ScalarKind.String && required.Minimum != "true");

    /// <summary>Checks the number of items a file gives a collection (a list set by a file replaces the whole list).</summary>
    /// <param name="validation">The rule.</param>
    /// <param name="count">The number of items.</param>
    /// <param name="secret">Whether the collection is a secret: its count is then not shown.</param>
    /// <returns>Why the count fails, or null.</returns>
    public static string? CheckCollection(SchemaValidation validation, int count, bool secret)
        => validation.Kind is SchemaValidationKind.MinLength or SchemaValidationKind.MaxLength or SchemaValidationKind.Length
            ? CheckCount(validation, count, secret, ValidationMessages.ElementCountOutOfRange)
            : null;

    // A secret's length is not shown: it narrows the secret down.
    private static string? CheckCount(SchemaValidation validation, int count, bool secret, Func<int?, int?, int?, string> message)
    {
        var min = Int(validation.Minimum);
        var max = Int(validation.Maximum) is { } m && m >= 0 ? m : (int?)null;
        if (!(min is { } low && count < low) && !(max is { } high && count > high))
        {
            return null;
        }

        return message(secret ? null : count, min, max);
    }

    /// <summary>
    /// A value as the generated validator shows it, from what <see cref="ScalarConverter"/> parsed: text quoted (and
    /// shortened), numbers in the invariant culture's shortest round-trip form, TimeSpan as <c>c</c>, Booleans in lower case.
    /// </summary>
    /// <param name="type">The member's type.</param>
    /// <param name="text">The value as the file gives it.</param>
    /// <param name="parsed">What <see cref="ScalarConverter"/> parsed.</param>
    /// <returns>The value as a message shows it.</returns>
    public static string Show(SchemaType type, string text, object? parsed) => parsed switch
    {
        _ when type.Scalar is ScalarKind.String or ScalarKind.Uri => ValidationMessages.Quote(text),
        bool flag => flag ? "true" : "false",
        BigInteger integer => integer.ToString(CultureInfo.InvariantCulture),
        double number when type.Scalar == ScalarKind.Single => ((float)number).ToString("R", CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        TimeSpan span => span.ToString("c", CultureInfo.InvariantCulture),
        _ when type.Scalar == ScalarKind.Char => text.Length > 1 ? text.Trim() : text,
        _ when type.Scalar == ScalarKind.Guid && Guid.TryParse(text.Trim(), out var guid) => guid.ToString(),
        _ => text.Trim(),
    };

    private static string? CheckRange(SchemaValidation validation, object? parsed, string? shown)
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

        return ValidationMessages.OutOfRange(shown, validation.Minimum!, validation.Maximum!, validation.MinimumIsExclusive, validation.MaximumIsExclusive);
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
    private static string? CheckValues(SchemaValidation validation, SchemaType type, string text, object? parsed, string? shown)
    {
        if (type.Scalar == ScalarKind.Enum)
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
            return allowed ? ValidationMessages.NotAllowed(shown, validation.ShownValues) : ValidationMessages.Denied(shown, validation.ShownValues);
        }

        return null;
    }
}
