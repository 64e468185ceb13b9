namespace Veltrix.Analyzers.ConfigSchema;

/// <summary>The DataAnnotations rules the generated validators evaluate.</summary>
internal enum SchemaValidationKind
{
    /// <summary><c>[Range(min, max)]</c>.</summary>
    Range,

    /// <summary><c>[RegularExpression(pattern)]</c>, matched against the whole value.</summary>
    RegularExpression,

    /// <summary><c>[MinLength(n)]</c>.</summary>
    MinLength,

    /// <summary><c>[MaxLength(n)]</c>.</summary>
    MaxLength,

    /// <summary><c>[Length(min, max)]</c>.</summary>
    Length,

    /// <summary><c>[StringLength(max, MinimumLength = min)]</c>.</summary>
    StringLength,

    /// <summary><c>[AllowedValues(...)]</c>.</summary>
    AllowedValues,

    /// <summary><c>[DeniedValues(...)]</c>.</summary>
    DeniedValues,

    /// <summary><c>[Required]</c> as a value rule: not null, and for strings not empty or whitespace unless <c>AllowEmptyStrings</c> (<see cref="SchemaValidation.Minimum"/> is <c>"true"</c> then).</summary>
    Required,

    /// <summary>
    /// A string rule DataAnnotations decides from the text alone, named by <see cref="SchemaValidation.AttributeName"/>:
    /// <c>EmailAddress</c>, <c>Url</c>, <c>Phone</c>, <c>CreditCard</c>, <c>Base64String</c>, or <c>FileExtensions</c>
    /// (its extension list in <see cref="SchemaValidation.Pattern"/>, null for the default).
    /// </summary>
    StringCheck,
}
