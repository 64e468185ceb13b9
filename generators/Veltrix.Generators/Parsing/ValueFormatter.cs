using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Veltrix.Generators.Parsing;

/// <summary>
/// Writes compile-time constants two ways: as configuration-file text (invariant culture, enum member names) and
/// as C# expressions of a given type (suffixes, casts, escaped literals, enum member names).
/// </summary>
internal static class ValueFormatter
{
    /// <summary>The configuration-file text of a constant of <paramref name="type"/>, or null when there is none.</summary>
    /// <param name="value">The constant (for enums, the underlying number).</param>
    /// <param name="type">The declared type; <c>Nullable&lt;T&gt;</c> is unwrapped.</param>
    public static string? ToConfigText(object? value, ITypeSymbol type)
    {
        if (value is null)
        {
            return null;
        }

        var underlying = TypeClassifier.Underlying(type);
        if (underlying.TypeKind == TypeKind.Enum)
        {
            return EnumText(underlying, value);
        }

        return value switch
        {
            bool b => b ? "true" : "false",
            string s => s,
            char c => c.ToString(),
            float f => f.ToString("R", CultureInfo.InvariantCulture),
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            DateTime dt => dt.ToString("o", CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => null,
        };
    }

    /// <summary>A C# expression of <paramref name="type"/> for the constant, or null when none can be written.</summary>
    /// <remarks>An enum value is written as <see cref="EnumExpression"/> writes it: by member name where it has one.</remarks>
    /// <param name="value">The constant (for enums, the underlying number; null for <c>null</c>/<c>default</c>).</param>
    /// <param name="type">The target type; for <c>Nullable&lt;T&gt;</c> the expression is of <c>T</c> (it converts implicitly).</param>
    public static string? ToExpression(object? value, ITypeSymbol type)
    {
        var underlying = TypeClassifier.Underlying(type);
        if (value is null)
        {
            return type.IsValueType && type.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T ? "default" : "null";
        }

        if (underlying.TypeKind == TypeKind.Enum)
        {
            return EnumExpression(underlying, value);
        }

        return value switch
        {
            bool b => b ? "true" : "false",
            string s => SymbolDisplay.FormatLiteral(s, quote: true),
            char c => SymbolDisplay.FormatLiteral(c, quote: true),
            int i => i.ToString(CultureInfo.InvariantCulture),
            uint u => u.ToString(CultureInfo.InvariantCulture) + "U",
            long l => l.ToString(CultureInfo.InvariantCulture) + "L",
            ulong ul => ul.ToString(CultureInfo.InvariantCulture) + "UL",
            byte b8 => "(byte)" + b8.ToString(CultureInfo.InvariantCulture),
            sbyte s8 => "(sbyte)" + Parenthesized(s8.ToString(CultureInfo.InvariantCulture)),
            short s16 => "(short)" + Parenthesized(s16.ToString(CultureInfo.InvariantCulture)),
            ushort u16 => "(ushort)" + u16.ToString(CultureInfo.InvariantCulture),
            float f => FloatLiteral(f),
            double d => DoubleLiteral(d),
            decimal m => m.ToString(CultureInfo.InvariantCulture) + "m",
            DateTime dt => "new global::System.DateTime(" + dt.Ticks.ToString(CultureInfo.InvariantCulture) + "L, global::System.DateTimeKind."
                + dt.Kind.ToString() + ")",
            _ => null,
        };
    }

    /// <summary>A C# <c>double</c> literal (<c>0.5</c>, <c>1.0</c>, <c>double.NaN</c>).</summary>
    public static string DoubleLiteral(double value)
    {
        if (double.IsNaN(value))
        {
            return "double.NaN";
        }

        if (double.IsPositiveInfinity(value))
        {
            return "double.PositiveInfinity";
        }

        if (double.IsNegativeInfinity(value))
        {
            return "double.NegativeInfinity";
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.IndexOf('.') >= 0 || text.IndexOf('E') >= 0 ? text : text + ".0";
    }

    /// <summary>A C# <c>float</c> literal (<c>1.5f</c>, <c>float.NaN</c>).</summary>
    public static string FloatLiteral(float value)
    {
        if (float.IsNaN(value))
        {
            return "float.NaN";
        }

        if (float.IsPositiveInfinity(value))
        {
            return "float.PositiveInfinity";
        }

        if (float.IsNegativeInfinity(value))
        {
            return "float.NegativeInfinity";
        }

        return value.ToString("R", CultureInfo.InvariantCulture) + "f";
    }

    /// <summary>An enum value as a member access when a member has exactly that value, else a cast.</summary>
    /// <remarks>
    /// For rule operands and attribute arguments, which messages and the configuration-file checks read back as one
    /// value (<see cref="Shown(string)"/>): a flags combination stays a number there, unlike <see cref="EnumExpression"/>.
    /// </remarks>
    public static string EnumMemberOrCast(ITypeSymbol enumType, object value)
    {
        var bits = ToBits(value);
        foreach (var member in enumType.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true } field && ToBits(field.ConstantValue) == bits)
            {
                return SymbolNames.NonNullableFullName(enumType) + "." + EscapeIdentifier(field.Name);
            }
        }

        return EnumCast(enumType, value);
    }

    /// <summary>
    /// An enum value in C# by the names <see cref="Enum.ToString()"/> gives it, so that generated code reads as the
    /// configuration-file text and the documents do: a member with exactly that value (<c>global::N.Mode.Fast</c>);
    /// for <c>[Flags]</c>, the members it decomposes into (<c>global::N.Access.Read | global::N.Access.Write</c>);
    /// otherwise a cast of the number (<c>(global::N.Mode)7</c>).
    /// </summary>
    /// <param name="enumType">The enum type.</param>
    /// <param name="value">The value as its underlying number.</param>
    public static string EnumExpression(ITypeSymbol enumType, object value)
    {
        if (EnumNames(enumType, value) is not { } names)
        {
            return EnumCast(enumType, value);
        }

        var type = SymbolNames.NonNullableFullName(enumType);
        var text = new StringBuilder();
        foreach (var name in names)
        {
            text.Append(text.Length == 0 ? string.Empty : " | ").Append(type).Append('.').Append(EscapeIdentifier(name));
        }

        return text.ToString();
    }

    /// <summary>Escapes a C# keyword used as an identifier (<c>@class</c>).</summary>
    public static string EscapeIdentifier(string name)
        => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    private static string EnumCast(ITypeSymbol enumType, object value)
    {
        var number = value is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : "0";
        return "(" + SymbolNames.NonNullableFullName(enumType) + ")" + Parenthesized(number);
    }

    private static string Parenthesized(string number) => number.StartsWith("-", StringComparison.Ordinal) ? "(" + number + ")" : number;

    private static string EnumText(ITypeSymbol enumType, object value)
        => EnumNames(enumType, value) is { } names
            ? string.Join(", ", names)
            : value is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : "0";

    /// <summary>
    /// The member names <see cref="Enum.ToString()"/> shows for a value: the member with exactly that value; for
    /// <c>[Flags]</c>, the members it decomposes into, in ascending order; null when the value has no names.
    /// </summary>
    private static List<string>? EnumNames(ITypeSymbol enumType, object value)
    {
        var bits = ToBits(value);
        var fields = new List<(string Name, ulong Bits)>();
        foreach (var member in enumType.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true } field)
            {
                var fieldBits = ToBits(field.ConstantValue);
                if (fieldBits == bits)
                {
                    return [field.Name];
                }

                fields.Add((field.Name, fieldBits));
            }
        }

        if (bits == 0 || !IsFlags(enumType))
        {
            return null;
        }

        // Like Enum.ToString for [Flags]: take the largest members whose bits are all set, until none remain.
        fields.Sort(static (a, b) => b.Bits.CompareTo(a.Bits));
        var remaining = bits;
        var picked = new List<(string Name, ulong Bits)>();
        foreach (var field in fields)
        {
            if (field.Bits != 0 && (remaining & field.Bits) == field.Bits)
            {
                picked.Add(field);
                remaining &= ~field.Bits;
            }
        }

        if (remaining != 0)
        {
            return null;
        }

        picked.Sort(static (a, b) => a.Bits.CompareTo(b.Bits));
        var names = new List<string>(picked.Count);
        foreach (var field in picked)
        {
            names.Add(field.Name);
        }

        return names;
    }

    private static bool IsFlags(ITypeSymbol type)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (SymbolNames.IsAttribute(attribute, "System", "FlagsAttribute"))
            {
                return true;
            }
        }

        return false;
    }

    private static ulong ToBits(object? value) => value switch
    {
        byte v => v,
        sbyte v => unchecked((ulong)v),
        short v => unchecked((ulong)v),
        ushort v => v,
        int v => unchecked((ulong)v),
        uint v => v,
        long v => unchecked((ulong)v),
        ulong v => v,
        char v => v,
        bool v => v ? 1UL : 0UL,
        _ => 0,
    };

    /// <summary>
    /// How a rule operand the parser wrote as a C# expression reads in a validation message, the same way the generated
    /// validator shows a value of the member: text quoted (<c>'eu'</c>), a character bare, <c>true</c>/<c>false</c>,
    /// a number in the invariant culture without suffix or cast (<c>5L</c> → <c>5</c>), an enum member by name,
    /// <c>null</c>. The generator's messages and the configuration-file checks both list operands with it.
    /// </summary>
    /// <param name="expression">The operand expression.</param>
    /// <returns>The operand as a message shows it.</returns>
    public static string Shown(string expression) => Shown(SyntaxFactory.ParseExpression(expression));

    private static string Shown(ExpressionSyntax expression) => expression switch
    {
        LiteralExpressionSyntax { Token.Value: null } => "null",
        LiteralExpressionSyntax { Token.Value: string text } => "'" + text + "'",
        LiteralExpressionSyntax { Token.Value: char c } => c.ToString(),
        LiteralExpressionSyntax { Token.Value: bool flag } => flag ? "true" : "false",
        LiteralExpressionSyntax { Token.Value: double number } => number.ToString("R", CultureInfo.InvariantCulture),
        LiteralExpressionSyntax { Token.Value: float number } => number.ToString("R", CultureInfo.InvariantCulture),
        LiteralExpressionSyntax { Token.Value: IFormattable number } => number.ToString(null, CultureInfo.InvariantCulture),
        LiteralExpressionSyntax literal => literal.Token.ValueText,
        ParenthesizedExpressionSyntax parenthesized => Shown(parenthesized.Expression),
        CastExpressionSyntax cast => Shown(cast.Expression),
        PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression } negated => "-" + Shown(negated.Operand),
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        _ => expression.ToString(),
    };
}
