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
}
