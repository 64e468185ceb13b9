namespace Veltrix.Generators.Models;

/// <summary>The DataAnnotations rules the generated <c>Validate</c> evaluates.</summary>
internal enum ValidationKind
{
    /// <summary>
    /// <c>[Range]</c>. Arguments: [0] minimum, [1] maximum, as C# expressions of the operand type
    /// (<c>1</c>, <c>0.5</c>, or for <c>[Range(typeof(TimeSpan), "00:00:01", "01:00:00")]</c>
    /// <c>global::System.TimeSpan.Parse("00:00:01", global::System.Globalization.CultureInfo.InvariantCulture)</c>);
    /// [2] <c>true</c>/<c>false</c> minimum is exclusive; [3] <c>true</c>/<c>false</c> maximum is exclusive;
    /// [4] the minimum as the user wrote it, [5] the maximum as the user wrote it (for messages).
    /// </summary>
    Range,

    /// <summary><c>[RegularExpression]</c>. Arguments: [0] the pattern as a C# string literal (quoted, escaped); [1] the match timeout in ms or <c>-1</c>.</summary>
    RegularExpression,

    /// <summary><c>[MinLength]</c>. Arguments: [0] the length. Applies to strings and collections.</summary>
    MinLength,

    /// <summary><c>[MaxLength]</c>. Arguments: [0] the length. Applies to strings and collections.</summary>
    MaxLength,

    /// <summary><c>[Length]</c>. Arguments: [0] minimum, [1] maximum length. Applies to strings and collections.</summary>
    Length,

    /// <summary><c>[StringLength]</c>. Arguments: [0] maximum, [1] minimum length.</summary>
    StringLength,

    /// <summary><c>[AllowedValues]</c>. Arguments: the allowed values as C# expressions of the member's type.</summary>
    AllowedValues,

    /// <summary><c>[DeniedValues]</c>. Arguments: the denied values as C# expressions of the member's type.</summary>
    DeniedValues,

    /// <summary>
    /// <c>[Required]</c> on a value: a string must not be empty or whitespace-only unless Arguments[0] is
    /// <c>true</c> (AllowEmptyStrings); a reference must not be null. Presence of the key is checked at bind time.
    /// </summary>
    Required,

    /// <summary>
    /// <c>[AtMost(nameof(Other))]</c> or <c>[AtLeast(nameof(Other))]</c>. Arguments: [0] <c>AtMost</c> or <c>AtLeast</c>;
    /// [1] the other member's C# name (a member of the same section, checked by the parser). Passes when either value is null.
    /// </summary>
    Relation,

    /// <summary>
    /// <c>[EmailAddress]</c>, <c>[Url]</c>, <c>[Phone]</c>, <c>[CreditCard]</c>, <c>[Base64String]</c>, <c>[FileExtensions]</c> on a
    /// string: the attribute's own reflection-free <c>IsValid(object)</c> decides. Arguments: [0] the rule name; [1] the
    /// attribute's construction expression; [2] what a valid value is, for messages.
    /// </summary>
    StringCheck,

    /// <summary>
    /// <c>[Compare("Other")]</c>, generated instead of <c>CompareAttribute</c>'s reflection. Arguments: [0] the other property's
    /// C# name; [1] its key segment; [2] <c>same</c> (same type) or <c>object</c> (compared with <c>object.Equals</c>).
    /// Null is compared like any value.
    /// </summary>
    Compare,

    /// <summary>
    /// Any other <c>ValidationAttribute</c> (the user's own included): constructed as written and asked through
    /// <c>GetValidationResult</c>, null values included. Arguments: [0] the rule name; [1] the construction expression.
    /// </summary>
    Custom,
}

/// <summary>One validation attribute on a member.</summary>
/// <param name="Kind">The rule.</param>
/// <param name="Arguments">Rule arguments, ready to emit as C# expressions (see each <see cref="ValidationKind"/>).</param>
/// <param name="ErrorMessage">The attribute's <c>ErrorMessage</c>, if the user set one (may contain <c>{0}</c> for the member name).</param>
internal sealed record ValidationSpec(ValidationKind Kind, EquatableArray<string> Arguments, string? ErrorMessage);
