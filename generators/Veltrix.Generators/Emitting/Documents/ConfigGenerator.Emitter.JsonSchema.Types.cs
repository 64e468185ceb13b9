using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Veltrix.Generators.Emitting.Documents;
using Veltrix.Generators.Models;
using Veltrix.Generators.Parsing;

namespace Veltrix.Generators;

public sealed partial class ConfigGenerator
{
    // The schema of a value as the runtime binds it: numbers and Booleans also as strings, enum names in any case,
    // lists also as objects keyed 0, 1, …; validation attributes become keywords where JSON Schema can say them.
    private static JsonObject TypeSchema(TypeSpec type, EquatableArray<ValidationSpec> validations, Dictionary<string, string> names)
    {
        switch (type.Kind)
        {
            case MemberTypeKind.Scalar:
                return ScalarSchema(type, validations);
            case MemberTypeKind.Section:
                var section = new List<object?> { Ref(names[type.NonNullableFullName]) };
                return type.IsNullable
                    ? new JsonObject().Add("anyOf", new List<object?> { Ref(names[type.NonNullableFullName]), Null() })
                    : new JsonObject().Add("allOf", section);
            case MemberTypeKind.Dictionary or MemberTypeKind.IReadOnlyDictionary or MemberTypeKind.IDictionary:
                return new JsonObject()
                    .Add("type", Types(type.IsNullable, "object"))
                    .Add("additionalProperties", TypeSchema(type.Element!, EquatableArray<ValidationSpec>.Empty, names));
            default:
                var element = TypeSchema(type.Element!, EquatableArray<ValidationSpec>.Empty, names);
                var array = new JsonObject().Add("type", "array").Add("items", element);
                AddLengths(array, validations, "minItems", "maxItems");
                var keyed = new JsonObject()
                    .Add("type", "object")
                    .Add("patternProperties", new JsonObject().Add("^[0-9]+$", element))
                    .Add("additionalProperties", false);
                var forms = new List<object?> { array, keyed };
                if (type.IsNullable)
                {
                    forms.Add(Null());
                }

                return new JsonObject().Add("anyOf", forms);
        }
    }

    private static JsonObject ScalarSchema(TypeSpec type, EquatableArray<ValidationSpec> validations)
    {
        var nullable = type.IsNullable;
        switch (type.Scalar)
        {
            case ScalarKind.Boolean:
                return new JsonObject().Add("type", Types(nullable, "boolean", "string")).Add("pattern", BooleanTextPattern);
            case >= ScalarKind.Byte and <= ScalarKind.UInt128:
                var integer = new JsonObject().Add("type", Types(nullable, "integer", "string")).Add("pattern", IntegerTextPattern);
                AddBounds(integer, type.Scalar, validations);
                return integer;
            case ScalarKind.Single or ScalarKind.Double or ScalarKind.Decimal:
                var number = new JsonObject().Add("type", Types(nullable, "number", "string")).Add("pattern", NumberTextPattern);
                AddBounds(number, type.Scalar, validations);
                return number;
            case ScalarKind.Char:
                return new JsonObject().Add("type", Types(nullable, "string")).Add("minLength", new JsonNumber("1"));
            case ScalarKind.Enum:
                var forms = new List<object?>
                {
                    new JsonObject().Add("enum", ToObjects(type.EnumNames)),
                    new JsonObject().Add("type", "string").Add("pattern", EnumPattern(type.EnumNames, type.IsFlagsEnum)),
                    EnumNumberSchema(type),
                };
                if (nullable)
                {
                    forms.Add(Null());
                }

                return new JsonObject().Add("anyOf", forms);
            case ScalarKind.TimeSpan:
                return new JsonObject().Add("type", Types(nullable, "string")).Add("pattern", TimeSpanTextPattern);
            case ScalarKind.Version:
                return new JsonObject().Add("type", Types(nullable, "string")).Add("pattern", VersionTextPattern);
            case ScalarKind.String:
                var text = new JsonObject().Add("type", Types(nullable, "string"));
                AddLengths(text, validations, "minLength", "maxLength");
                foreach (var validation in validations)
                {
                    if (validation.Rule is PatternRule pattern)
                    {
                        // DataAnnotations matches the whole value; JSON Schema patterns match anywhere.
                        text.Add("pattern", "^(?:" + pattern.Pattern + ")$");
                    }
                    else if (validation.Kind == ValidationKind.AllowedValues && AllowedStrings((ValueListRule)validation.Rule) is { } allowed)
                    {
                        text.Add("enum", allowed);
                    }
                }

                return text;
            default:
                return new JsonObject().Add("type", Types(nullable, "string"));
        }
    }

    private static void AddBounds(JsonObject schema, ScalarKind scalar, EquatableArray<ValidationSpec> validations)
    {
        string? min = scalar switch
        {
            ScalarKind.Byte or ScalarKind.UInt16 or ScalarKind.UInt32 or ScalarKind.UInt64 or ScalarKind.UInt128 => "0",
            ScalarKind.SByte => "-128",
            ScalarKind.Int16 => "-32768",
            ScalarKind.Int32 => "-2147483648",
            ScalarKind.Int64 => "-9223372036854775808",
            _ => null,
        };
        string? max = scalar switch
        {
            ScalarKind.Byte => "255",
            ScalarKind.SByte => "127",
            ScalarKind.Int16 => "32767",
            ScalarKind.UInt16 => "65535",
            ScalarKind.Int32 => "2147483647",
            ScalarKind.UInt32 => "4294967295",
            ScalarKind.Int64 => "9223372036854775807",
            ScalarKind.UInt64 => "18446744073709551615",
            _ => null,
        };
        bool minExclusive = false, maxExclusive = false;
        if (RangeOf(validations) is { } range && IsNumberText(range.MinimumText) && IsNumberText(range.MaximumText))
        {
            min = range.MinimumText;
            max = range.MaximumText;
            minExclusive = range.MinimumIsExclusive;
            maxExclusive = range.MaximumIsExclusive;
        }

        if (min is not null)
        {
            schema.Add(minExclusive ? "exclusiveMinimum" : "minimum", new JsonNumber(min));
        }

        if (max is not null)
        {
            schema.Add(maxExclusive ? "exclusiveMaximum" : "maximum", new JsonNumber(max));
        }
    }

    private static bool IsNumberText(string text)
        => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && !double.IsInfinity(value) && !double.IsNaN(value);

    // [MinLength(n)] [MaxLength(n)] [Length(min, max)] [StringLength(max, MinimumLength = min)].
    private static void AddLengths(JsonObject schema, EquatableArray<ValidationSpec> validations, string minKeyword, string maxKeyword)
    {
        foreach (var validation in validations)
        {
            if (validation.Rule is not LengthRule limits)
            {
                continue;
            }

            if (limits.Minimum is { } min && min != 0)
            {
                schema.Add(minKeyword, new JsonNumber(min.ToString(CultureInfo.InvariantCulture)));
            }

            // MaxLength(-1) means "no limit".
            if (limits.Maximum is { } max && max >= 0)
            {
                schema.Add(maxKeyword, new JsonNumber(max.ToString(CultureInfo.InvariantCulture)));
            }
        }
    }

    private static List<object?>? AllowedStrings(ValueListRule rule)
    {
        var values = new List<object?>();
        foreach (var argument in rule.Values)
        {
            if (Unquote(argument) is not { } value)
            {
                return null;
            }

            values.Add(value);
        }

        return values;
    }

    // The parser stores strings as C# literals; read the value back.
    private static string? Unquote(string literal)
        => SyntaxFactory.ParseExpression(literal) is LiteralExpressionSyntax { Token.Value: string value } ? value : null;

    private static string EnumPattern(EquatableArray<string> names, bool isFlags)
    {
        var alternatives = new StringBuilder();
        foreach (var name in names)
        {
            alternatives.Append(alternatives.Length > 0 ? "|" : string.Empty).Append(CaseInsensitive(name));
        }

        // Enum.TryParse accepts names in any case, with spaces around them; the runtime takes a comma list only for flags.
        var one = "(" + alternatives + ")";
        return isFlags ? @"^\s*" + one + @"(\s*,\s*" + one + @")*\s*$" : @"^\s*" + one + @"\s*$";
    }

    // The numbers the runtime binds (EnumNumbers): the members' values; for flags, every combination of their bits,
    // listed while there are at most 256, else bounded by their union (JSON Schema has no bitwise test).
    private static JsonObject EnumNumberSchema(TypeSpec type)
    {
        var numbers = new SortedSet<long>();
        var unsigned = new SortedSet<ulong>();
        foreach (var value in type.EnumValues)
        {
            if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var signed))
            {
                numbers.Add(signed);
            }
            else if (ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var large))
            {
                unsigned.Add(large);
            }
        }

        if (type.IsFlagsEnum)
        {
            if (unsigned.Count > 0 || (numbers.Count > 0 && numbers.Min < 0))
            {
                // A negative or 64-bit flag: no range says it, so any integer (the runtime still checks the bits).
                return new JsonObject().Add("type", "integer");
            }

            var union = EnumNumbers.Union(type.EnumValues);
            var bits = new List<ulong>();
            for (var bit = 0; bit < 64; bit++)
            {
                if ((union & (1UL << bit)) != 0)
                {
                    bits.Add(1UL << bit);
                }
            }

            if (bits.Count > 8)
            {
                return new JsonObject().Add("type", "integer").Add("minimum", new JsonNumber("0"))
                    .Add("maximum", new JsonNumber(union.ToString(CultureInfo.InvariantCulture)));
            }

            numbers.Clear();
            for (var subset = 0; subset < 1 << bits.Count; subset++)
            {
                long combined = 0;
                for (var i = 0; i < bits.Count; i++)
                {
                    if ((subset & (1 << i)) != 0)
                    {
                        combined |= (long)bits[i];
                    }
                }

                numbers.Add(combined);
            }
        }

        var list = new List<object?>(numbers.Count + unsigned.Count);
        foreach (var number in numbers)
        {
            list.Add(new JsonNumber(number.ToString(CultureInfo.InvariantCulture)));
        }

        foreach (var number in unsigned)
        {
            list.Add(new JsonNumber(number.ToString(CultureInfo.InvariantCulture)));
        }

        return new JsonObject().Add("enum", list);
    }

    private static List<object?> ToObjects(EquatableArray<string> values)
    {
        var list = new List<object?>(values.Count);
        foreach (var value in values)
        {
            list.Add(value);
        }

        return list;
    }

    private static object Types(bool nullable, string first, string? second = null)
    {
        if (!nullable && second is null)
        {
            return first;
        }

        var types = new List<object?> { first };
        if (second is not null)
        {
            types.Add(second);
        }

        if (nullable)
        {
            types.Add("null");
        }

        return types;
    }

    private static JsonObject Null() => new JsonObject().Add("type", "null");
}
