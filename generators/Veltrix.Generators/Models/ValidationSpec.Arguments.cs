using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;

namespace Veltrix.Generators.Models;

internal sealed partial record ValidationSpec
{
    /// <summary>
    /// <see cref="Rule"/> as the positional strings it replaced, for the analyzers' <c>SchemaValidations</c>, which
    /// still reads them: <c>[Range]</c> minimum, maximum, the two exclusive flags as <c>true</c>/<c>false</c>, the two
    /// bounds as written; <c>[RegularExpression]</c> the pattern as a C# literal and the timeout; <c>[StringLength]</c>
    /// maximum then minimum; and so on in <see cref="RuleArguments"/>. Derived, so not part of equality. Delete this
    /// file once that reader takes <see cref="Rule"/>.
    /// </summary>
    public EquatableArray<string> Arguments => RuleArguments().ToEquatableArray();

    private string[] RuleArguments() => Rule switch
    {
        RangeRule range =>
        [
            range.Minimum, range.Maximum, Flag(range.MinimumIsExclusive), Flag(range.MaximumIsExclusive), range.MinimumText, range.MaximumText,
        ],
        PatternRule pattern => [SymbolDisplay.FormatLiteral(pattern.Pattern, quote: true), Number(pattern.MatchTimeoutMilliseconds)],
        LengthRule length => Kind switch
        {
            ValidationKind.MinLength => [Number(length.Minimum)],
            ValidationKind.MaxLength => [Number(length.Maximum)],
            ValidationKind.StringLength => [Number(length.Maximum), Number(length.Minimum)],
            _ => [Number(length.Minimum), Number(length.Maximum)],
        },
        ValueListRule list => [.. list.Values],
        RequiredRule required => [Flag(required.AllowEmptyStrings)],
        RelationRule relation => [relation.Name, relation.OtherMember],
        StringCheckRule check => [check.Name, check.Construction, check.Expected],
        CompareRule compare => [compare.OtherProperty, compare.OtherKey, compare.IsSameType ? "same" : "object"],
        AttributeRule attribute => [attribute.Name, attribute.Construction],
        _ => [],
    };

    private static string Flag(bool value) => value ? "true" : "false";

    private static string Number(int? value) => (value ?? 0).ToString(CultureInfo.InvariantCulture);
}
