using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using Veltrix.Analyzers.ConfigSchema;
using Veltrix.Generators.Models;
using Veltrix.Generators.Parsing;

namespace Veltrix.Analyzers.ConfigFiles;

/// <summary>
/// Decides whether a configuration value binds to a scalar type by the runtime's rules
/// (src/Veltrix.Generated/Binding/BindContext.cs): invariant culture; integers also as <c>0x</c>/<c>&amp;h</c>/<c>#</c>
/// hex; enums by name case-insensitively, by a defined member's number, and for <c>[Flags]</c> as a comma list or a
/// number made of defined flags; <c>TimeSpan</c> and dates through their
/// own invariant parsers. An empty value binds to null for nullable types and is an error otherwise (strings
/// excepted). The parsed value is returned as a <see cref="double"/>, <see cref="decimal"/>,
/// <see cref="BigInteger"/> or <see cref="TimeSpan"/> where rules compare it.
/// </summary>
internal static class ScalarConverter
{
    /// <summary>Converts <paramref name="text"/> to <paramref name="type"/>'s scalar.</summary>
    /// <param name="type">A scalar type.</param>
    /// <param name="text">The value as the runtime stores it.</param>
    /// <param name="secret">Whether the member is a secret: the problem then quotes neither the value nor anything drawn from it.</param>
    /// <param name="value">The parsed value (see the class summary), or the text itself.</param>
    /// <param name="problem">Why it does not bind, worded as the runtime words it (<see cref="ValidationMessages"/>).</param>
    /// <returns>Whether the value binds.</returns>
    public static bool TryConvert(SchemaType type, string text, bool secret, out object? value, out string? problem)
    {
        value = null;
        problem = null;
        if (type.Scalar == ScalarKind.String)
        {
            value = text;
            return true;
        }

        if (text.Length == 0)
        {
            if (type.IsNullable)
            {
                return true;
            }

            problem = ValidationMessages.NotValid(text, secret, RuntimeName(type));
            return false;
        }

        var trimmed = text.Trim();
        var ok = type.Scalar switch
        {
            ScalarKind.Boolean => TryBoolean(trimmed, out value),
            ScalarKind.Byte => TryInteger(trimmed, byte.MinValue, byte.MaxValue, 1, out value),
            ScalarKind.SByte => TryInteger(trimmed, sbyte.MinValue, sbyte.MaxValue, 1, out value),
            ScalarKind.Int16 => TryInteger(trimmed, short.MinValue, short.MaxValue, 2, out value),
            ScalarKind.UInt16 => TryInteger(trimmed, ushort.MinValue, ushort.MaxValue, 2, out value),
            ScalarKind.Int32 => TryInteger(trimmed, int.MinValue, int.MaxValue, 4, out value),
            ScalarKind.UInt32 => TryInteger(trimmed, uint.MinValue, uint.MaxValue, 4, out value),
            ScalarKind.Int64 => TryInteger(trimmed, long.MinValue, long.MaxValue, 8, out value),
            ScalarKind.UInt64 => TryInteger(trimmed, ulong.MinValue, ulong.MaxValue, 8, out value),
            ScalarKind.Int128 => TryInteger(trimmed, -(BigInteger.One << 127), (BigInteger.One << 127) - 1, 16, out value),
            ScalarKind.UInt128 => TryInteger(trimmed, BigInteger.Zero, (BigInteger.One << 128) - 1, 16, out value),
            ScalarKind.Single => TrySingle(trimmed, out value),
            ScalarKind.Double => TryDouble(trimmed, out value),
            ScalarKind.Decimal => TryDecimal(trimmed, out value),
            // As CharConverter: a longer text is trimmed, so " a " is 'a' but " " stays a space.
            ScalarKind.Char => (text.Length > 1 ? trimmed : text).Length == 1,
            ScalarKind.Enum => TryEnum(type, trimmed, out value),
            ScalarKind.TimeSpan => TryTimeSpan(trimmed, out value),
            ScalarKind.DateTime or ScalarKind.DateOnly or ScalarKind.TimeOnly
                => DateTime.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            ScalarKind.DateTimeOffset => DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            ScalarKind.Guid => Guid.TryParse(trimmed, out _),
            ScalarKind.Uri => Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out _),
            ScalarKind.Version => Version.TryParse(text, out _),
            _ => true,
        };

        if (!ok)
        {
            problem = type.Scalar == ScalarKind.Enum
                ? ValidationMessages.NotAnEnumValue(text, secret, RuntimeName(type), type.IsFlags, RuntimeEnumNames(type))
                : ValidationMessages.NotValid(text, secret, RuntimeName(type));
        }

        return ok;
    }

    /// <summary>
    /// The type's name as the runtime's messages give it: the CLR name of a scalar (<c>Int32</c>, <c>TimeSpan</c>), an
    /// enum's own simple name, never nullable.
    /// </summary>
    /// <param name="type">A scalar type.</param>
    /// <returns>The name.</returns>
    public static string RuntimeName(SchemaType type)
    {
        if (type.Scalar != ScalarKind.Enum)
        {
            return type.Scalar.ToString();
        }

        var name = type.DisplayName.TrimEnd('?');
        return name.Substring(name.LastIndexOf('.') + 1);
    }

    // As Enum.GetNames lists them: by value, compared as unsigned (so negative values come last).
    private static List<string> RuntimeEnumNames(SchemaType type)
    {
        var order = new List<(bool Negative, decimal Value, int Index)>(type.EnumNames.Count);
        for (var i = 0; i < type.EnumNames.Count; i++)
        {
            var value = i < type.EnumValues.Count && decimal.TryParse(type.EnumValues[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : i;
            order.Add((value < 0, value, i));
        }

        order.Sort(static (a, b) => a.Negative != b.Negative ? a.Negative.CompareTo(b.Negative) : a.Value != b.Value ? a.Value.CompareTo(b.Value) : a.Index.CompareTo(b.Index));
        var names = new List<string>(order.Count);
        foreach (var entry in order)
        {
            names.Add(type.EnumNames[entry.Index]);
        }

        return names;
    }

    private static bool TryBoolean(string text, out object? value)
    {
        var ok = bool.TryParse(text, out var parsed);
        value = parsed;
        return ok;
    }

    private static bool TryInteger(string text, BigInteger min, BigInteger max, int bytes, out object? value)
    {
        value = null;
        BigInteger parsed;
        string? hex = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) || text.StartsWith("&h", StringComparison.OrdinalIgnoreCase)
            ? text.Substring(2)
            : text.StartsWith("#", StringComparison.Ordinal) ? text.Substring(1) : null;
        if (hex is not null)
        {
            // Hex digits fill the type's width, as T.TryParse(AllowHexSpecifier) reads them: "0xFFFFFFFF" is -1 for int.
            if (hex.Length == 0 || hex.Length > bytes * 2 || !BigInteger.TryParse("0" + hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out parsed))
            {
                return false;
            }

            if (min.Sign < 0 && parsed > max)
            {
                parsed -= BigInteger.One << (bytes * 8);
            }

            value = parsed;
            return true;
        }

        if (!BigInteger.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out parsed) || parsed < min || parsed > max)
        {
            return false;
        }

        value = parsed;
        return true;
    }

    private static bool TrySingle(string text, out object? value)
    {
        var ok = float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed);
        value = (double)parsed;
        return ok;
    }

    private static bool TryDouble(string text, out object? value)
    {
        var ok = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed);
        value = parsed;
        return ok;
    }

    private static bool TryDecimal(string text, out object? value)
    {
        var ok = decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed);
        value = parsed;
        return ok;
    }

    private static bool TryTimeSpan(string text, out object? value)
    {
        var ok = TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var parsed);
        value = parsed;
        return ok;
    }

    // As the runtime's ParseEnum: Enum.TryParse(ignoreCase: true), then only a defined member's number (for flags, a
    // number made of defined flags), and a comma list of names only for flags.
    private static bool TryEnum(SchemaType type, string text, out object? value)
    {
        value = text;
        if (text.Length > 0 && (char.IsDigit(text[0]) || text[0] is '-' or '+'))
        {
            return EnumNumbers.TryBits(text, out var bits) && EnumNumbers.IsDefined(bits, type.EnumValues, type.IsFlags);
        }

        var parts = text.Split(',');
        if (parts.Length > 1 && !type.IsFlags)
        {
            return false;
        }

        foreach (var part in parts)
        {
            var name = part.Trim();
            var found = false;
            foreach (var candidate in type.EnumNames)
            {
                if (string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase))
                {
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }
}
