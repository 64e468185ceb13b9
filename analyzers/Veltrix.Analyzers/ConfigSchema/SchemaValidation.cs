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
internal sealed record SchemaValidation(
    SchemaValidationKind Kind,
    string AttributeName,
    string? Minimum,
    string? Maximum,
    bool MinimumIsExclusive,
    bool MaximumIsExclusive,
    string? Pattern,
    IReadOnlyList<string?> Values);
