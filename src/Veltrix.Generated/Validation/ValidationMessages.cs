using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Veltrix;

// Compiled into the runtime (public, see ValidationMessages.Public.cs, for generated Validate and Bind code) and linked
// into analyzers/Veltrix.Analyzers (internal, for VLX4003 and VLX4004), so that a value reads the same in a
// ConfigException at run time and in the build output. netstandard2.0 and net10.0 both compile it: no spans, no ranges.
// A parameter named value is the value as a message shows it (Quote for text), or null for a [Secret] member, whose
// value, length and anything derived from them are never shown.

/// <summary>
/// The wording of every built-in validation and conversion problem, written once for the generated validator, the
/// binder and the configuration-file checks (VLX4003, VLX4004).
/// </summary>
static partial class ValidationMessages
{
    private const int MaxQuotedLength = 80;

    /// <summary>Quotes a (non-secret) text for a message, shortened past 80 characters: <c>'value'</c>.</summary>
    /// <param name="value">The text.</param>
    /// <returns>The quoted text.</returns>
    public static string Quote(string value)
    {
        return value.Length <= MaxQuotedLength
            ? "'" + value + "'"
            : new StringBuilder(MaxQuotedLength + 2).Append('\'').Append(value, 0, MaxQuotedLength - 3).Append("...'").ToString();
    }

    /// <summary><c>[Range]</c>: <c>The value 70000 is out of range: it must be between 1 and 65535.</c></summary>
    /// <param name="value">The value as shown, or null for a secret.</param>
    /// <param name="minimum">The minimum as the attribute states it.</param>
    /// <param name="maximum">The maximum as the attribute states it.</param>
    /// <param name="minimumIsExclusive">Whether the minimum itself is out of range.</param>
    /// <param name="maximumIsExclusive">Whether the maximum itself is out of range.</param>
    /// <returns>The message.</returns>
    public static string OutOfRange(string? value, string minimum, string maximum, bool minimumIsExclusive, bool maximumIsExclusive)
    {
        var bounds = (minimumIsExclusive, maximumIsExclusive) switch
        {
            (false, false) => "between " + minimum + " and " + maximum,
            (true, false) => "greater than " + minimum + " and at most " + maximum,
            (false, true) => "at least " + minimum + " and less than " + maximum,
            _ => "greater than " + minimum + " and less than " + maximum,
        };

        return Subject(value) + " is out of range: it must be " + bounds + ".";
    }

    /// <summary><c>[RegularExpression]</c>: <c>The value 'EU-1' does not match the pattern '[a-z]+'.</c></summary>
    /// <param name="value">The value as shown, or null for a secret.</param>
    /// <param name="pattern">The pattern.</param>
    /// <returns>The message.</returns>
    public static string PatternMismatch(string? value, string pattern)
        => Subject(value) + " does not match the pattern '" + pattern + "'.";

    /// <summary>
    /// <c>[MinLength]</c>, <c>[MaxLength]</c>, <c>[Length]</c>, <c>[StringLength]</c> on text:
    /// <c>The length of the value is 5: it must be at most 4.</c>
    /// </summary>
    /// <param name="length">The length, or null for a secret (a secret's length narrows it down).</param>
    /// <param name="minimum">The smallest length allowed, if any.</param>
    /// <param name="maximum">The largest length allowed, if any.</param>
    /// <returns>The message.</returns>
    public static string LengthOutOfRange(int? length, int? minimum, int? maximum)
        => Count("length of the value", length, minimum, maximum);

    /// <summary>The same rules on a list or set: <c>The number of elements is 0: it must be at least 1.</c></summary>
    /// <param name="count">The number of elements, or null for a secret.</param>
    /// <param name="minimum">The fewest elements allowed, if any.</param>
    /// <param name="maximum">The most elements allowed, if any.</param>
    /// <returns>The message.</returns>
    public static string ElementCountOutOfRange(int? count, int? minimum, int? maximum)
        => Count("number of elements", count, minimum, maximum);

    /// <summary>The same rules on a dictionary: <c>The number of entries is 9: it must be at most 8.</c></summary>
    /// <param name="count">The number of entries, or null for a secret.</param>
    /// <param name="minimum">The fewest entries allowed, if any.</param>
    /// <param name="maximum">The most entries allowed, if any.</param>
    /// <returns>The message.</returns>
    public static string EntryCountOutOfRange(int? count, int? minimum, int? maximum)
        => Count("number of entries", count, minimum, maximum);

    /// <summary>
    /// <c>[AllowedValues]</c>: <c>The value 'asia' is not one of the allowed values: 'eu', 'us'.</c> A secret's message
    /// lists no values: the list would narrow the secret down.
    /// </summary>
    /// <param name="value">The value as shown, or null for a secret.</param>
    /// <param name="values">The allowed values as shown, comma-separated.</param>
    /// <returns>The message.</returns>
    public static string NotAllowed(string? value, string values)
        => value is null ? "The value is not one of the allowed values." : "The value " + value + " is not one of the allowed values: " + values + ".";

    /// <summary><c>[DeniedValues]</c>: <c>The value 'root' is one of the denied values: 'admin', 'root'.</c></summary>
    /// <param name="value">The value as shown, or null for a secret.</param>
    /// <param name="values">The denied values as shown, comma-separated.</param>
    /// <returns>The message.</returns>
    public static string Denied(string? value, string values)
        => value is null ? "The value is one of the denied values." : "The value " + value + " is one of the denied values: " + values + ".";

    /// <summary>
    /// <c>[EmailAddress]</c>, <c>[Url]</c>, <c>[Phone]</c>, <c>[CreditCard]</c>, <c>[Base64String]</c>, <c>[FileExtensions]</c>:
    /// <c>The value 'x' is not a valid e-mail address.</c>
    /// </summary>
    /// <param name="value">The value as shown, or null for a secret.</param>
    /// <param name="expected">What a valid value is (<c>a valid e-mail address</c>).</param>
    /// <returns>The message.</returns>
    public static string NotExpected(string? value, string expected) => Subject(value) + " is not " + expected + ".";

    /// <summary><c>[Required]</c> on a value that is null (or, for text, empty or whitespace).</summary>
    /// <param name="rejectsEmptyText">Whether empty and whitespace-only text fails too (a string without <c>AllowEmptyStrings</c>).</param>
    /// <returns>The message.</returns>
    public static string ValueRequired(bool rejectsEmptyText)
        => rejectsEmptyText ? "A value is required: it must not be null, empty or whitespace." : "A value is required: it must not be null.";

    /// <summary>A required key (<c>[Required]</c> or <c>required</c>) that no source sets.</summary>
    /// <returns>The message.</returns>
    public static string KeyRequired() => "The key is required but no source provides it.";

    /// <summary>
    /// <c>[AtMost]</c>/<c>[AtLeast]</c>: <c>The value 100 is greater than 'Pool:MaxThreads' (10): it must be at most that value.</c>
    /// </summary>
    /// <param name="value">This member's value as shown, or null when either member is a secret.</param>
    /// <param name="atMost">Whether the relation is <c>[AtMost]</c> (else <c>[AtLeast]</c>).</param>
    /// <param name="otherKey">The other member's key path.</param>
    /// <param name="otherValue">The other member's value as shown, or null when either member is a secret.</param>
    /// <returns>The message.</returns>
    public static string RelationBroken(string? value, bool atMost, string otherKey, string? otherValue)
    {
        var predicate = atMost ? " is greater than '" : " is less than '";
        var bound = atMost ? "at most" : "at least";
        return value is null || otherValue is null
            ? "The value" + predicate + otherKey + "': it must be " + bound + " that value."
            : "The value " + value + predicate + otherKey + "' (" + otherValue + "): it must be " + bound + " that value.";
    }

    /// <summary><c>[Compare]</c>: <c>The value does not match 'Contact:Password': the two must be equal.</c> Never shows a value.</summary>
    /// <param name="other">The other member's key path, or its name when it is not a key.</param>
    /// <returns>The message.</returns>
    public static string NotEqual(string other) => "The value does not match '" + other + "': the two must be equal.";

    /// <summary>
    /// A value that does not convert to its member's type: <c>The value 'abc' is not a valid Int32.</c>, with what to
    /// write for types whose form is not obvious (TimeSpan, Boolean, Char), why a number is not an integer, and what to
    /// do about an empty value.
    /// </summary>
    /// <param name="text">The value as the source gave it.</param>
    /// <param name="secret">Whether the member is a secret: the value, its length and hints drawn from it are not shown.</param>
    /// <param name="typeName">The type's CLR name (<c>Int32</c>, <c>TimeSpan</c>).</param>
    /// <returns>The message.</returns>
    public static string NotValid(string text, bool secret, string typeName)
    {
        if (!secret && text.Length == 0)
        {
            return "An empty value is not a valid " + typeName + ": set a value, or make the member nullable.";
        }

        var message = Subject(secret ? null : Quote(text)) + " is not a valid " + typeName;
        var hint = typeName switch
        {
            "TimeSpan" => ": write [d.]hh:mm[:ss[.fffffff]], such as 00:00:30 for 30 seconds",
            "Boolean" => ": write true or false",
            "Char" => ": write a single character",
            "Byte" or "SByte" or "Int16" or "UInt16" or "Int32" or "UInt32" or "Int64" or "UInt64" or "Int128" or "UInt128"
                when !secret && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
                => ": it is not a whole number, or it is outside the type's range",
            _ => string.Empty,
        };

        return message + hint + ".";
    }

    /// <summary>
    /// A value that names no member of an enum: <c>The value 'Priorty' is not a valid Mode; did you mean 'Priority'?
    /// Expected one of: Fifo, Lifo, Priority.</c>, or without a close name <c>…; expected one of: …</c>.
    /// </summary>
    /// <param name="text">The value as the source gave it.</param>
    /// <param name="secret">Whether the member is a secret: neither the value nor a suggestion drawn from it is shown.</param>
    /// <param name="typeName">The enum's name.</param>
    /// <param name="isFlags">Whether the enum is <c>[Flags]</c>.</param>
    /// <param name="names">The enum's member names, in the order to list them.</param>
    /// <returns>The message.</returns>
    public static string NotAnEnumValue(string text, bool secret, string typeName, bool isFlags, IReadOnlyList<string> names)
    {
        var message = new StringBuilder(Subject(secret ? null : Quote(text))).Append(" is not a valid ").Append(typeName);
        var suggestion = secret ? null : NameSuggestion.Closest(text.Trim(), names);
        message.Append(suggestion is null ? "; e" : "; did you mean '" + suggestion + "'? E")
            .Append(isFlags ? "xpected names separated by commas, or a number made of their values, from: " : "xpected one of: ");
        for (var i = 0; i < names.Count; i++)
        {
            message.Append(i == 0 ? string.Empty : ", ").Append(names[i]);
        }

        return message.Append('.').ToString();
    }

    /// <summary>A section, list or nothing where a value belongs: <c>Expected a value of type Int32, found a section.</c></summary>
    /// <param name="typeName">The type's CLR name.</param>
    /// <param name="found">What was found: <c>a section</c>, <c>null</c>, <c>an empty array or object</c>.</param>
    /// <returns>The message.</returns>
    public static string ExpectedValue(string typeName, string found) => "Expected a value of type " + typeName + ", found " + found + ".";

    /// <summary>JSON <c>null</c> as an element of a list (or an entry of a dictionary) of values that cannot be null.</summary>
    /// <param name="typeName">The element type's CLR name.</param>
    /// <returns>The message.</returns>
    public static string NullElement(string typeName)
        => "Expected a value of type " + typeName + ", found null: remove the element, or make the element type nullable.";

    /// <summary>A value where a section belongs.</summary>
    /// <returns>The message.</returns>
    public static string ExpectedSection() => "Expected a section with keys of its own, found a value.";

    /// <summary>A single value where a list belongs.</summary>
    /// <returns>The message.</returns>
    public static string ExpectedList() => "Expected a list (Key:0, Key:1, …), found a single value.";

    /// <summary>A single value where a dictionary belongs.</summary>
    /// <returns>The message.</returns>
    public static string ExpectedEntries() => "Expected a section of entries (Key:Name), found a single value.";

    /// <summary>A key below a list that is not an index: <c>The key 'first' is not a list index: elements are keyed 0, 1, 2, ….</c></summary>
    /// <param name="key">The key segment.</param>
    /// <returns>The message.</returns>
    public static string NotAListIndex(string key) => "The key " + Quote(key) + " is not a list index: list elements are keyed 0, 1, 2 and so on.";

    private static string Subject(string? value) => value is null ? "The value" : "The value " + value;

    private static string Count(string subject, int? count, int? minimum, int? maximum)
    {
        var bound = minimum is { } least && maximum is { } most
            ? "between " + least.ToString(CultureInfo.InvariantCulture) + " and " + most.ToString(CultureInfo.InvariantCulture)
            : minimum is { } atLeast
                ? "at least " + atLeast.ToString(CultureInfo.InvariantCulture)
                : "at most " + (maximum ?? 0).ToString(CultureInfo.InvariantCulture);
        return count is { } shown
            ? "The " + subject + " is " + shown.ToString(CultureInfo.InvariantCulture) + ": it must be " + bound + "."
            : "The " + subject + " must be " + bound + ".";
    }
}
