using System;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Veltrix.Generators.Emitting;

/// <summary>Turns names and values into C# text, and reads back the C# expressions the parser puts in models.</summary>
internal static class CSharp
{
    /// <summary>An identifier, escaped with <c>@</c> when it is a keyword (<c>@class</c>).</summary>
    public static string Id(string name)
        => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    /// <summary>A quoted, escaped string literal.</summary>
    public static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    /// <summary>A quoted, escaped string literal, or <c>null</c>.</summary>
    public static string LiteralOrNull(string? value) => value is null ? "null" : Literal(value);

    /// <summary>A quoted, escaped character literal.</summary>
    public static string Literal(char value) => SymbolDisplay.FormatLiteral(value, quote: true);

    /// <summary><c>true</c> or <c>false</c>.</summary>
    public static string Literal(bool value) => value ? "true" : "false";

    /// <summary>An invariant-culture integer literal.</summary>
    public static string Literal(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Text for the literal part of a regular interpolated string (<c>$"…"</c>): escaped like a string literal,
    /// braces doubled.
    /// </summary>
    public static string InterpolatedText(string text)
    {
        var literal = Literal(text);
        return literal.Substring(1, literal.Length - 2).Replace("{", "{{").Replace("}", "}}");
    }

    /// <summary>
    /// Whether an expression is cheap and pure enough to evaluate at every use: a literal, a negated literal, a
    /// <c>default</c>, or a member access such as <c>global::N.Mode.Fast</c> or <c>int.MaxValue</c>. Anything
    /// else (a <c>Parse</c> call) is evaluated once into a static field.
    /// </summary>
    public static bool IsConstantLike(string expression)
    {
        var syntax = SyntaxFactory.ParseExpression(expression);
        return syntax switch
        {
            LiteralExpressionSyntax => true,
            PrefixUnaryExpressionSyntax { OperatorToken.RawKind: (int)SyntaxKind.MinusToken, Operand: LiteralExpressionSyntax } => true,
            MemberAccessExpressionSyntax member => IsNameChain(member),
            CastExpressionSyntax { Expression: var operand } => IsConstantLike(operand.ToString()),
            _ => false,
        };

        static bool IsNameChain(ExpressionSyntax node) => node switch
        {
            MemberAccessExpressionSyntax member => IsNameChain(member.Expression),
            NameSyntax or PredefinedTypeSyntax => true,
            _ => false,
        };
    }

    /// <summary>The value of a string literal expression (<c>"a\\d"</c> gives <c>a\d</c>), or null.</summary>
    public static string? StringValue(string expression)
        => SyntaxFactory.ParseExpression(expression) is LiteralExpressionSyntax { Token.Value: string value } ? value : null;

    /// <summary>
    /// The value of an integer literal expression, possibly negated (<c>-1</c>, <c>300</c>, <c>10UL</c>), as a
    /// <see cref="decimal"/>; null for anything else (a real literal, a call).
    /// </summary>
    public static decimal? IntegerValue(string expression)
    {
        var syntax = SyntaxFactory.ParseExpression(expression);
        var negate = false;
        if (syntax is PrefixUnaryExpressionSyntax { OperatorToken.RawKind: (int)SyntaxKind.MinusToken } unary)
        {
            negate = true;
            syntax = unary.Operand;
        }

        if (syntax is not LiteralExpressionSyntax { Token.Value: { } value })
        {
            return null;
        }

        decimal? result = value switch
        {
            int i => i,
            uint u => u,
            long l => l,
            ulong ul => ul,
            _ => null,
        };
        return negate ? -result : result;
    }

    /// <summary>Whether an expression is a real (<c>double</c> or <c>float</c>) literal, possibly negated.</summary>
    public static bool IsRealLiteral(string expression)
    {
        var syntax = SyntaxFactory.ParseExpression(expression);
        if (syntax is PrefixUnaryExpressionSyntax { OperatorToken.RawKind: (int)SyntaxKind.MinusToken } unary)
        {
            syntax = unary.Operand;
        }

        return syntax is LiteralExpressionSyntax { Token.Value: double or float }
            || (syntax is MemberAccessExpressionSyntax { Expression: PredefinedTypeSyntax predefined }
                && predefined.Keyword.RawKind is (int)SyntaxKind.DoubleKeyword or (int)SyntaxKind.FloatKeyword);
    }

    /// <summary>
    /// How a value expression reads in a message: a string literal's value, a number as written, an enum member's
    /// name (<c>global::N.Mode.Fast</c> gives <c>Fast</c>), or the expression itself.
    /// </summary>
    public static string Display(string expression)
    {
        var syntax = SyntaxFactory.ParseExpression(expression);
        return syntax switch
        {
            LiteralExpressionSyntax { Token.Value: string or char } literal => literal.Token.ValueText,
            LiteralExpressionSyntax literal => literal.Token.Text,
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
            _ => expression,
        };
    }

    /// <summary>Text for an XML doc comment: <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> escaped.</summary>
    public static string Xml(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    /// <summary>A file-name-safe form of a type name, for hint names.</summary>
    public static string HintSafe(string fullName)
    {
        var name = fullName.StartsWith("global::", StringComparison.Ordinal) ? fullName.Substring("global::".Length) : fullName;
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append(char.IsLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '_');
        }

        return builder.ToString();
    }
}
