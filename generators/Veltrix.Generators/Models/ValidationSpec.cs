namespace Veltrix.Generators.Models;

/// <summary>The DataAnnotations rules the generated <c>Validate</c> evaluates.</summary>
internal enum ValidationKind
{
    /// <summary><c>[Range]</c>, with a <see cref="RangeRule"/>.</summary>
    Range,

    /// <summary><c>[RegularExpression]</c>, with a <see cref="PatternRule"/>.</summary>
    RegularExpression,

    /// <summary><c>[MinLength]</c>, with a <see cref="LengthRule"/> that has a minimum. Applies to strings and collections.</summary>
    MinLength,

    /// <summary><c>[MaxLength]</c>, with a <see cref="LengthRule"/> that has a maximum. Applies to strings and collections.</summary>
    MaxLength,

    /// <summary><c>[Length]</c>, with a <see cref="LengthRule"/> that has both. Applies to strings and collections.</summary>
    Length,

    /// <summary><c>[StringLength]</c>, with a <see cref="LengthRule"/> that has both (the minimum 0 unless set).</summary>
    StringLength,

    /// <summary><c>[AllowedValues]</c>, with a <see cref="ValueListRule"/>.</summary>
    AllowedValues,

    /// <summary><c>[DeniedValues]</c>, with a <see cref="ValueListRule"/>.</summary>
    DeniedValues,

    /// <summary>
    /// <c>[Required]</c> on a value, with a <see cref="RequiredRule"/>: a string must not be empty or whitespace-only
    /// unless empty strings are allowed; a reference must not be null. Presence of the key is checked at bind time.
    /// </summary>
    Required,

    /// <summary>
    /// <c>[AtMost(nameof(Other))]</c> or <c>[AtLeast(nameof(Other))]</c>, with a <see cref="RelationRule"/>. Passes when
    /// either value is null.
    /// </summary>
    Relation,

    /// <summary>
    /// <c>[EmailAddress]</c>, <c>[Url]</c>, <c>[Phone]</c>, <c>[CreditCard]</c>, <c>[Base64String]</c>, <c>[FileExtensions]</c> on a
    /// string, with a <see cref="StringCheckRule"/>: the attribute's own reflection-free <c>IsValid(object)</c> decides.
    /// </summary>
    StringCheck,

    /// <summary>
    /// <c>[Compare("Other")]</c>, with a <see cref="CompareRule"/>: generated instead of <c>CompareAttribute</c>'s
    /// reflection. Null is compared like any value.
    /// </summary>
    Compare,

    /// <summary>
    /// Any other <c>ValidationAttribute</c> (the user's own included), with an <see cref="AttributeRule"/>: constructed as
    /// written and asked through <c>GetValidationResult</c>, null values included.
    /// </summary>
    Custom,
}

/// <summary>One validation attribute on a member (or, for <see cref="ValidationKind.Custom"/>, on a section type).</summary>
/// <param name="Kind">The rule.</param>
/// <param name="Rule">What the rule checks, typed by its shape (see each <see cref="ValidationKind"/>).</param>
/// <param name="ErrorMessage">The attribute's <c>ErrorMessage</c>, if the user set one (may contain <c>{0}</c> for the member name).</param>
internal sealed record ValidationSpec(ValidationKind Kind, ValidationRule Rule, string? ErrorMessage);
