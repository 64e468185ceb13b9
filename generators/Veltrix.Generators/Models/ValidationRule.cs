namespace Veltrix.Generators.Models;

// A closed family of small records, one per argument shape, kept in one file so that it reads as the one union it is.

/// <summary>What a <see cref="ValidationSpec"/> checks: one sealed record per shape of attribute arguments.</summary>
internal abstract record ValidationRule;

/// <summary><c>[Range]</c>.</summary>
/// <param name="Minimum">
/// The minimum as a C# expression of the operand type: <c>1</c>, <c>0.5</c>, or for <c>[Range(typeof(TimeSpan), "00:00:01", "01:00:00")]</c>
/// <c>global::System.TimeSpan.Parse("00:00:01", global::System.Globalization.CultureInfo.InvariantCulture)</c>.
/// </param>
/// <param name="Maximum">The maximum, as <paramref name="Minimum"/>.</param>
/// <param name="MinimumIsExclusive">Whether the minimum itself fails.</param>
/// <param name="MaximumIsExclusive">Whether the maximum itself fails.</param>
/// <param name="MinimumText">The minimum as the user wrote it, for messages and documents.</param>
/// <param name="MaximumText">The maximum as the user wrote it.</param>
internal sealed record RangeRule(
    string Minimum,
    string Maximum,
    bool MinimumIsExclusive,
    bool MaximumIsExclusive,
    string MinimumText,
    string MaximumText) : ValidationRule;

/// <summary><c>[RegularExpression]</c>.</summary>
/// <param name="Pattern">The pattern, as the attribute holds it (not a C# literal).</param>
/// <param name="MatchTimeoutMilliseconds">The match timeout; <c>-1</c> for none.</param>
internal sealed record PatternRule(string Pattern, int MatchTimeoutMilliseconds) : ValidationRule;

/// <summary><c>[MinLength]</c>, <c>[MaxLength]</c>, <c>[Length]</c> or <c>[StringLength]</c>: a string's length or a collection's count.</summary>
/// <param name="Minimum">The least length, or null when the attribute sets none (<c>[MaxLength]</c>); <c>[StringLength]</c> always has one, 0 unless set.</param>
/// <param name="Maximum">The greatest length, or null when the attribute sets none (<c>[MinLength]</c>).</param>
internal sealed record LengthRule(int? Minimum, int? Maximum) : ValidationRule;

/// <summary><c>[AllowedValues]</c> or <c>[DeniedValues]</c>.</summary>
/// <param name="Values">The values as C# expressions of the member's type (<c>"eu"</c>, <c>5L</c>, <c>global::N.Mode.Fast</c>, <c>null</c>).</param>
internal sealed record ValueListRule(EquatableArray<string> Values) : ValidationRule;

/// <summary><c>[Required]</c>.</summary>
/// <param name="AllowEmptyStrings">The attribute's <c>AllowEmptyStrings</c>: an empty or whitespace-only string passes.</param>
internal sealed record RequiredRule(bool AllowEmptyStrings) : ValidationRule;

/// <summary><c>[AtMost(nameof(Other))]</c> or <c>[AtLeast(nameof(Other))]</c>.</summary>
/// <param name="IsAtMost">True for <c>[AtMost]</c>, false for <c>[AtLeast]</c>.</param>
/// <param name="OtherMember">The other member's C# name (a member of the same section, checked by the parser).</param>
internal sealed record RelationRule(bool IsAtMost, string OtherMember) : ValidationRule
{
    /// <summary>The rule's name in errors: <c>AtMost</c> or <c>AtLeast</c>.</summary>
    public string Name => IsAtMost ? "AtMost" : "AtLeast";
}

/// <summary><c>[EmailAddress]</c>, <c>[Url]</c>, <c>[Phone]</c>, <c>[CreditCard]</c>, <c>[Base64String]</c> or <c>[FileExtensions]</c>.</summary>
/// <param name="Name">The rule name: the attribute's name without <c>Attribute</c>.</param>
/// <param name="Construction">The attribute's construction as written on the member, a C# expression.</param>
/// <param name="Expected">What a valid value is, for messages.</param>
/// <param name="Extensions">For <c>[FileExtensions]</c>: the extension list as the attribute shows it (<c>.png, .jpg</c>); otherwise null.</param>
internal sealed record StringCheckRule(string Name, string Construction, string Expected, string? Extensions) : ValidationRule;

/// <summary><c>[Compare("Other")]</c>.</summary>
/// <param name="OtherProperty">The other property's C# name.</param>
/// <param name="OtherKey">Its key segment.</param>
/// <param name="IsSameType">
/// Whether both have the same type (compared with <c>EqualityComparer&lt;T&gt;</c>); otherwise compared with
/// <c>object.Equals</c>, as DataAnnotations does.
/// </param>
internal sealed record CompareRule(string OtherProperty, string OtherKey, bool IsSameType) : ValidationRule;

/// <summary>Any other <c>ValidationAttribute</c>, asked for its own verdict.</summary>
/// <param name="Name">The rule name: the attribute's name without <c>Attribute</c>.</param>
/// <param name="Construction">The attribute's construction as written, a C# expression.</param>
internal sealed record AttributeRule(string Name, string Construction) : ValidationRule;
