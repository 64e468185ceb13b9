using System.Collections.Generic;

namespace Veltrix.Analyzers.ConfigSchema;

/// <summary>One validation attribute on a member, with its arguments as the generated validator reads them.</summary>
/// <param name="Kind">The rule.</param>
/// <param name="AttributeName">The attribute's name without <c>Attribute</c>, for messages (<c>Range</c>).</param>
/// <param name="Minimum">The lower bound of <c>[Range]</c> (as text in the invariant culture), or the minimum length.</param>
/// <param name="Maximum">The upper bound of <c>[Range]</c>, or the maximum length.</param>
/// <param name="MinimumIsExclusive"><c>[Range(..., MinimumIsExclusive = true)]</c>.</param>
/// <param name="MaximumIsExclusive"><c>[Range(..., MaximumIsExclusive = true)]</c>.</param>
/// <param name="Pattern">The pattern of <c>[RegularExpression]</c>.</param>
/// <param name="Values">The values of <c>[AllowedValues]</c>/<c>[DeniedValues]</c> as text (null for a null value).</param>
/// <param name="ShownValues">Those values as the generated validator lists them in a message (<c>'eu', 'us'</c>).</param>
/// <param name="Expected">What a valid value is, for the string rules (<c>a valid e-mail address</c>), as the generated validator says it.</param>
internal sealed record SchemaValidation(
    SchemaValidationKind Kind,
    string AttributeName,
    string? Minimum,
    string? Maximum,
    bool MinimumIsExclusive,
    bool MaximumIsExclusive,
    string? Pattern,
    IReadOnlyList<string?> Values,
    string ShownValues,
    string? Expected);
