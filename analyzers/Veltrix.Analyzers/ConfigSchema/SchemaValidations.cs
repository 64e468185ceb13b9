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

    private static SchemaValidation? From(ValidationSpec spec)
    {
        var args = spec.Arguments;
        return spec.Kind switch
        {
            // [0] min, [1] max as expressions, [2]/[3] exclusive flags, [4]/[5] the bounds as the user wrote them.
            ValidationKind.Range => Rule(SchemaValidationKind.Range, "Range", args[4], args[5], args[2] == "true", args[3] == "true"),
            ValidationKind.RegularExpression => Rule(SchemaValidationKind.RegularExpression, "RegularExpression", pattern: Value(args[0])),
            ValidationKind.MinLength => Rule(SchemaValidationKind.MinLength, "MinLength", minimum: args[0]),
            ValidationKind.MaxLength => Rule(SchemaValidationKind.MaxLength, "MaxLength", maximum: args[0]),
            ValidationKind.Length => Rule(SchemaValidationKind.Length, "Length", args[0], args[1]),
            ValidationKind.StringLength => Rule(SchemaValidationKind.StringLength, "StringLength", args[1], args[0]),
            ValidationKind.AllowedValues => Rule(SchemaValidationKind.AllowedValues, "AllowedValues", values: Values(args), shownValues: Shown(args)),
            ValidationKind.DeniedValues => Rule(SchemaValidationKind.DeniedValues, "DeniedValues", values: Values(args), shownValues: Shown(args)),
            ValidationKind.Required => Rule(SchemaValidationKind.Required, "Required", minimum: args[0] == "true" ? "true" : null),
            ValidationKind.StringCheck => Rule(SchemaValidationKind.StringCheck, args[0], pattern: args[0] == "FileExtensions" ? Extensions(args[2]) : null, expected: args[2]),
            _ => null,
        };
    }

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
