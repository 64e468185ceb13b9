using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Veltrix.Generators.Models;
using Veltrix.Generators.Parsing;

namespace Veltrix.Analyzers.ConfigSchema;

/// <summary>
/// The parser's <see cref="ValidationSpec"/>s as the configuration-file checks read them. The parser already decided
/// which attributes apply (an attribute it reports as VLX0006 or VLX0010 is not in the spec, and generated code does not
/// check it); its arguments are C# expressions for the emitter, read back here with the C# parser.
/// </summary>
internal static class SchemaValidations
{
    private static readonly IReadOnlyList<string?> NoValues = [];

    /// <summary>The rules the configuration-file checks evaluate; rules that need the running program (custom attributes, comparisons between members) are left out.</summary>
    /// <param name="validations">A member's validation specs.</param>
    /// <returns>The rules, in source order.</returns>
    public static IReadOnlyList<SchemaValidation> From(EquatableArray<ValidationSpec> validations)
    {
        if (validations.Count == 0)
        {
            return [];
        }

        var result = new List<SchemaValidation>(validations.Count);
        foreach (var spec in validations)
        {
            if (From(spec) is { } validation)
            {
                result.Add(validation);
            }
        }

        return result;
    }

    private static SchemaValidation? From(ValidationSpec spec) => (spec.Kind, spec.Rule) switch
    {
        // The bounds as the user wrote them, which messages quote.
        (ValidationKind.Range, RangeRule range) => Rule(SchemaValidationKind.Range, "Range", range.MinimumText, range.MaximumText, range.MinimumIsExclusive, range.MaximumIsExclusive),
        (ValidationKind.RegularExpression, PatternRule regex) => Rule(SchemaValidationKind.RegularExpression, "RegularExpression", pattern: regex.Pattern),
        (ValidationKind.MinLength, LengthRule length) => Rule(SchemaValidationKind.MinLength, "MinLength", minimum: Number(length.Minimum)),
        (ValidationKind.MaxLength, LengthRule length) => Rule(SchemaValidationKind.MaxLength, "MaxLength", maximum: Number(length.Maximum)),
        (ValidationKind.Length, LengthRule length) => Rule(SchemaValidationKind.Length, "Length", Number(length.Minimum), Number(length.Maximum)),
        (ValidationKind.StringLength, LengthRule length) => Rule(SchemaValidationKind.StringLength, "StringLength", Number(length.Minimum), Number(length.Maximum)),
        (ValidationKind.AllowedValues, ValueListRule list) => Rule(SchemaValidationKind.AllowedValues, "AllowedValues", values: Values(list.Values), shownValues: Shown(list.Values)),
        (ValidationKind.DeniedValues, ValueListRule list) => Rule(SchemaValidationKind.DeniedValues, "DeniedValues", values: Values(list.Values), shownValues: Shown(list.Values)),
        (ValidationKind.Required, RequiredRule required) => Rule(SchemaValidationKind.Required, "Required", minimum: required.AllowEmptyStrings ? "true" : null),
        (ValidationKind.StringCheck, StringCheckRule check) => Rule(SchemaValidationKind.StringCheck, check.Name, pattern: check.Name == "FileExtensions" ? Extensions(check.Expected) : null, expected: check.Expected),
        _ => null,
    };

    private static string Number(int? value) => (value ?? 0).ToString(CultureInfo.InvariantCulture);

    private static SchemaValidation Rule(
        SchemaValidationKind kind,
        string name,
        string? minimum = null,
        string? maximum = null,
        bool minimumIsExclusive = false,
        bool maximumIsExclusive = false,
        string? pattern = null,
        IReadOnlyList<string?>? values = null,
        string shownValues = "",
        string? expected = null)
        => new(kind, name, minimum, maximum, minimumIsExclusive, maximumIsExclusive, pattern, values ?? NoValues, shownValues, expected);

    // Listed as the generated validator lists them: the parser's shared ValueFormatter.Shown.
    private static string Shown(EquatableArray<string> expressions)
    {
        var shown = new List<string>(expressions.Count);
        foreach (var expression in expressions)
        {
            shown.Add(ValueFormatter.Shown(expression));
        }

        return string.Join(", ", shown);
    }

    // The description ends with the extension list as FileExtensionsAttribute shows it (".png, .jpg"), which the
    // checker reads as it reads the attribute's own list.
    private static string? Extensions(string expected)
    {
        var index = expected.LastIndexOf(" extensions ", StringComparison.Ordinal);
        return index < 0 ? null : expected.Substring(index + " extensions ".Length);
    }

    private static List<string?> Values(EquatableArray<string> expressions)
    {
        var values = new List<string?>(expressions.Count);
        foreach (var expression in expressions)
        {
            values.Add(Value(expression));
        }

        return values;
    }

    /// <summary>
    /// The value of an emitted constant expression as invariant text: <c>"a\"b"</c> → <c>a"b</c>, <c>5L</c> → <c>5</c>,
    /// <c>(short)(-1)</c> → <c>-1</c>, <c>1.5D</c> → <c>1.5</c>; an enum member (<c>global::N.Mode.Fast</c>) → <c>Fast</c>;
    /// <c>null</c> → null.
    /// </summary>
    private static string? Value(string expression) => Value(SyntaxFactory.ParseExpression(expression));

    private static string? Value(ExpressionSyntax expression) => expression switch
    {
        LiteralExpressionSyntax { Token.Value: null } => null,
        LiteralExpressionSyntax { Token.Value: string text } => text,
        LiteralExpressionSyntax { Token.Value: bool flag } => flag ? "True" : "False",
        LiteralExpressionSyntax { Token.Value: double number } => number.ToString("R", CultureInfo.InvariantCulture),
        LiteralExpressionSyntax { Token.Value: float number } => number.ToString("R", CultureInfo.InvariantCulture),
        LiteralExpressionSyntax { Token.Value: IFormattable number } => number.ToString(null, CultureInfo.InvariantCulture),
        LiteralExpressionSyntax literal => literal.Token.ValueText,
        ParenthesizedExpressionSyntax parenthesized => Value(parenthesized.Expression),
        CastExpressionSyntax cast => Value(cast.Expression),
        PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression } negated => "-" + Value(negated.Operand),
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        _ => expression.ToString(),
    };
}
