using System.Globalization;
using System.Numerics;
using System.Text;

namespace Veltrix.Tests.Parity;

/// <summary>
/// Random values of every supported scalar type, written as text the way users write them: invariant culture,
/// edge values (minimum, maximum, NaN, infinities), other notations (hex integers, exponents, enum names in any
/// case or as numbers, flags as <c>"A, B"</c>, GUIDs in every format, relative and absolute URIs), and
/// stray whitespace around values.
/// </summary>
internal static class ScalarTexts
{
    private static readonly string[] Words = ["alpha", "Beta", "gamma", "DELTA", "north-east", "x_y", "svc01", "ümlaut", "日本", "€uro", "a b", "$HOME", "%PATH%", "${VAR}", "key=value", "a:b", "a__b", "\"quoted\"", "back\\slash", "tab\there", "line\nbreak", "0", "007", "1.50", "-3", "1e3", "null", "[]", "{}"];
    private static readonly char[] Chars = ['a', 'Z', '0', '9', ' ', '-', '_', ':', '/', '"', '\\', '{', 'é', '€', '中', '\t'];

    /// <summary>Whether <paramref name="type"/> (without <c>Nullable&lt;&gt;</c>) is a scalar this class writes.</summary>
    public static bool IsScalar(Type type)
        => type.IsEnum || type.IsPrimitive || type == typeof(string) || type == typeof(decimal) || type == typeof(Int128)
            || type == typeof(UInt128) || type == typeof(TimeSpan) || type == typeof(DateTime) || type == typeof(DateTimeOffset)
            || type == typeof(DateOnly) || type == typeof(TimeOnly) || type == typeof(Guid) || type == typeof(Uri) || type == typeof(Version);

    /// <summary>
    /// Whether ConfigurationBinder binds an empty value of the (non-nullable) type instead of rejecting it: dates
    /// and times as their minimum, char as <c>'\0'</c>, Uri as null. Version is here too: Veltrix reads an empty
    /// Version as null, ConfigurationBinder rejects it.
    /// </summary>
    public static bool ConfigurationBinderReadsEmptyAsValue(Type type)
        => type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(DateOnly) || type == typeof(TimeOnly)
            || type == typeof(char) || type == typeof(Uri) || type == typeof(Version) || type == typeof(string);

    /// <summary>A valid value of <paramref name="type"/>, as text.</summary>
    public static string Valid(Type type, Random random)
    {
        var text = ValidCore(type, random);

        // Users leave spaces around values; every converter ConfigurationBinder uses trims them (strings are kept as written).
        // A padded whitespace char trims to an empty text, which ConfigurationBinder reads as '\0' and Veltrix
        // rejects like any empty value: a deliberate difference (BinderDifferencesTests), not a parity case.
        var padding = type != typeof(string) && !(type == typeof(char) && string.IsNullOrWhiteSpace(text));
        return padding && random.Next(12) == 0 ? Pad(text, random) : text;
    }

    /// <summary>A value that does not parse as <paramref name="type"/>, or overflows it.</summary>
    public static string Invalid(Type type, Random random)
    {
        if (type.IsEnum)
        {
            return Pick(random, "Orange", "Read|Write", "1.5", "Read,", "0x1", "Red Green");
        }

        if (IsInteger(type))
        {
            var (min, max) = Range(type);
            return Pick(random, "1.5", "abc", (max + 1).ToString(CultureInfo.InvariantCulture), (min - 1).ToString(CultureInfo.InvariantCulture), "1_000", "0x", "--1", "1e3", "0x" + new string('F', HexDigits(type) + 1), "12 34");
        }

        return type switch
        {
            _ when type == typeof(bool) => Pick(random, "1", "yes", "on", "ture"),
            _ when type == typeof(float) || type == typeof(double) => Pick(random, "1,5", "abc", "0x10", "1.2.3", "1e", "∞"),
            _ when type == typeof(decimal) => Pick(random, "1,5", "NaN", "1e30", "79228162514264337593543950336", "Infinity"),
            _ when type == typeof(char) => Pick(random, "ab", "xyz"),
            _ when type == typeof(TimeSpan) => Pick(random, "1h", "25:00:00", "abc", "1.2.3.4", "00:60:00"),
            _ when type == typeof(DateTime) || type == typeof(DateTimeOffset) => Pick(random, "2024-13-01", "2024-02-30", "yesterday", "32/01/2024"),
            _ when type == typeof(DateOnly) => Pick(random, "2024-13-01", "2024-02-30", "today"),
            _ when type == typeof(TimeOnly) => Pick(random, "25:00", "12:60", "noon"),
            _ when type == typeof(Guid) => Pick(random, "not-a-guid", "0f8fad5b-d9cb-469f-a165", "0f8fad5bd9cb469fa16570867728950ez"),
            _ when type == typeof(Uri) => Pick(random, "http://[bad", "http://host:99999/", "http://:80/"),
            _ when type == typeof(Version) => Pick(random, "1", "1.2.3.4.5", "a.b", "-1.0", "1..2"),
            _ => throw new ArgumentException("No invalid text for " + type, nameof(type)),
        };
    }

    private static string ValidCore(Type type, Random random)
    {
        if (type.IsEnum)
        {
            return EnumText(type, random);
        }

        if (IsInteger(type))
        {
            return IntegerText(type, random);
        }

        if (type == typeof(bool))
        {
            return Pick(random, "true", "false", "True", "False", "TRUE", "fAlSe");
        }

        if (type == typeof(float) || type == typeof(double))
        {
            return FloatText(type == typeof(float), random);
        }

        if (type == typeof(decimal))
        {
            return DecimalText(random);
        }

        if (type == typeof(char))
        {
            return Chars[random.Next(Chars.Length)].ToString();
        }

        if (type == typeof(string))
        {
            return StringText(random);
        }

        if (type == typeof(TimeSpan))
        {
            return TimeSpanText(random);
        }

        if (type == typeof(DateTime))
        {
            return DateTimeText(random);
        }

        if (type == typeof(DateTimeOffset))
        {
            return DateTimeOffsetText(random);
        }

        if (type == typeof(DateOnly))
        {
            var day = DateOnly.FromDateTime(RandomDate(random));
            return day.ToString(Pick(random, "yyyy-MM-dd", "yyyy-MM-dd", "MM/dd/yyyy", "D", "yyyy'-'M'-'d"), CultureInfo.InvariantCulture);
        }

        if (type == typeof(TimeOnly))
        {
            var time = TimeOnly.FromTimeSpan(TimeSpan.FromTicks(random.NextInt64(TimeSpan.TicksPerDay)));
            return time.ToString(Pick(random, "HH:mm", "HH:mm:ss", "HH:mm:ss.fffffff", "h:mm tt", "T"), CultureInfo.InvariantCulture);
        }

        if (type == typeof(Guid))
        {
            var guid = RandomGuid(random).ToString(Pick(random, "D", "D", "N", "B", "P", "X"), CultureInfo.InvariantCulture);
            return random.Next(4) == 0 ? guid.ToUpperInvariant() : guid;
        }

        if (type == typeof(Uri))
        {
            return Pick(
                random,
                "https://example.com/",
                "http://localhost:8080/api/v1?q=1&r=a%20b#frag",
                "ftp://files.example.org/pub/file.txt",
                "file:///var/data/app.db",
                "https://exämple.com/ü/path",
                "https://host/a b",
                "mailto:ops@example.com",
                "api/v1/items",
                "/root/path",
                "../up/one",
                "?query=only",
                "#fragment",
                "relative path with spaces",
                "urn:isbn:0451450523");
        }

        if (type == typeof(Version))
        {
            return Pick(random, "1.0", "1.2.3", "1.2.3.4", "0.0", "10.20.30.40", "2147483647.2147483647", "01.002");
        }

        throw new ArgumentException("No text for " + type, nameof(type));
    }

    private static bool IsInteger(Type type)
        => type == typeof(byte) || type == typeof(sbyte) || type == typeof(short) || type == typeof(ushort) || type == typeof(int)
            || type == typeof(uint) || type == typeof(long) || type == typeof(ulong) || type == typeof(Int128) || type == typeof(UInt128);

    private static int Bits(Type type)
        => type == typeof(byte) || type == typeof(sbyte) ? 8
            : type == typeof(short) || type == typeof(ushort) ? 16
            : type == typeof(int) || type == typeof(uint) ? 32
            : type == typeof(long) || type == typeof(ulong) ? 64
            : 128;

    private static int HexDigits(Type type) => Bits(type) / 4;

    private static bool IsSigned(Type type)
        => type == typeof(sbyte) || type == typeof(short) || type == typeof(int) || type == typeof(long) || type == typeof(Int128);

    private static (BigInteger Min, BigInteger Max) Range(Type type)
    {
        var bits = Bits(type);
        return IsSigned(type)
            ? (-(BigInteger.One << (bits - 1)), (BigInteger.One << (bits - 1)) - 1)
            : (BigInteger.Zero, (BigInteger.One << bits) - 1);
    }

    private static string IntegerText(Type type, Random random)
    {
        var (min, max) = Range(type);
        var bits = Bits(type);
        BigInteger value = random.Next(8) switch
        {
            0 => min,
            1 => max,
            2 => 0,
            3 => IsSigned(type) ? -1 : 1,
            4 => random.Next(0, 1000),
            _ => RandomBits(random, random.Next(1, bits + 1)) + (IsSigned(type) ? min : 0),
        };
        if (value > max)
        {
            value = max;
        }

        if (random.Next(5) == 0)
        {
            // Hex spells the bit pattern, as Convert.ToInt32("FFFFFFFF", 16) reads it: negative values wrap.
            var pattern = value < 0 ? value + (BigInteger.One << bits) : value;
            var hex = pattern.ToString("X", CultureInfo.InvariantCulture).TrimStart('0');
            hex = hex.Length == 0 ? "0" : hex;
            if (random.Next(3) == 0 && hex.Length < HexDigits(type))
            {
                hex = "0" + hex;
            }

            if (random.Next(2) == 0)
            {
                hex = hex.ToLowerInvariant();
            }

            return Pick(random, "0x", "0X", "&h", "&H", "#") + hex;
        }

        var text = value.ToString(CultureInfo.InvariantCulture);
        return random.Next(10) switch
        {
            0 when value >= 0 => "+" + text,
            1 when value >= 0 && value < 1000 => "00" + text,
            _ => text,
        };
    }

    private static BigInteger RandomBits(Random random, int bits)
    {
        var bytes = new byte[(bits + 7) / 8 + 1];
        random.NextBytes(bytes);
        bytes[^1] = 0;
        return new BigInteger(bytes) & ((BigInteger.One << bits) - 1);
    }

    private static string FloatText(bool single, Random random)
    {
        switch (random.Next(12))
        {
            case 0:
                return Pick(random, "NaN", "nan", "Infinity", "-Infinity", "-infinity", "+Infinity");
            case 1:
                return single
                    ? Pick(random, "3.4028235E+38", "-3.4028235E+38", "1E-45", "1.17549435E-38", "1e39", "-1e39")
                    : Pick(random, "1.7976931348623157E+308", "-1.7976931348623157E+308", "5E-324", "2.2250738585072014E-308", "1e400", "-1e400", "1e-400");
            case 2:
                return Pick(random, "0", "-0", "0.0", ".5", "5.", "+1.5", "1.5E3", "-2.5e-3", "1E+10", "1e0", "123456789012345678901234567890");
            default:
                var value = (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-12, 13));
                return single
                    ? ((float)value).ToString(Pick(random, "R", "G", "E3", "F2", "e"), CultureInfo.InvariantCulture)
                    : value.ToString(Pick(random, "R", "G17", "E", "F4", "e10"), CultureInfo.InvariantCulture);
        }
    }

    private static string DecimalText(Random random)
    {
        switch (random.Next(8))
        {
            case 0:
                return Pick(random, "79228162514264337593543950335", "-79228162514264337593543950335", "0.0000000000000000000000000001", "1.5E3", "-2.5e-3", "1E+20", "0", "-0", "+7", ".25", "1e-30");
            default:
                var digits = new StringBuilder();
                var count = random.Next(1, 28);
                for (var i = 0; i < count; i++)
                {
                    digits.Append((char)('0' + random.Next(10)));
                }

                var point = random.Next(count + 1);
                var text = point == count ? digits.ToString() : digits.ToString(0, point) + "." + digits.ToString(point, count - point);
                if (text.StartsWith('.'))
                {
                    text = "0" + text;
                }

                return random.Next(3) == 0 ? "-" + text : text;
        }
    }

    private static string StringText(Random random)
    {
        switch (random.Next(6))
        {
            case 0:
                return string.Empty;
            case 1:
                return Words[random.Next(Words.Length)] + " " + Words[random.Next(Words.Length)];
            case 2:
                return new string('x', random.Next(100, 300));
            default:
                return Words[random.Next(Words.Length)];
        }
    }

    private static string EnumText(Type type, Random random)
    {
        var names = Enum.GetNames(type);
        var values = Enum.GetValuesAsUnderlyingType(type).Cast<object>().Select(v => Convert.ToInt64(v, CultureInfo.InvariantCulture)).ToArray();
        switch (random.Next(6))
        {
            case 0:
                return values[random.Next(values.Length)].ToString(CultureInfo.InvariantCulture);
            case 1 when type.IsDefined(typeof(FlagsAttribute), inherit: false):
                // A combination of defined flags as one number. A number that names no member or sets an undefined
                // bit is a deliberate difference (BinderDifferencesTests), not a parity case.
                return (values[random.Next(values.Length)] | values[random.Next(values.Length)]).ToString(CultureInfo.InvariantCulture);
            case 2 when type.IsDefined(typeof(FlagsAttribute), inherit: false):
                // A comma list only for flags: on a plain enum Veltrix rejects it (BinderDifferencesTests).
                var a = InputRenderer.Recase(names[random.Next(names.Length)], random);
                var b = InputRenderer.Recase(names[random.Next(names.Length)], random);
                return a + Pick(random, ", ", ",", " , ") + b;
            default:
                return InputRenderer.Recase(names[random.Next(names.Length)], random);
        }
    }

    private static DateTime RandomDate(Random random)
        => random.Next(20) == 0
            ? Pick(random, DateTime.MinValue.AddDays(2), DateTime.MaxValue.AddDays(-2).Date, new DateTime(2000, 2, 29))
            : new DateTime(random.Next(1970, 2100), 1, 1).AddDays(random.Next(366)).AddTicks(random.NextInt64(TimeSpan.TicksPerDay));

    private static string TimeSpanText(Random random)
    {
        switch (random.Next(8))
        {
            case 0:
                return Pick(random, "10", "00:01", "1.02:03:04.5", "-00:05:00", "23:59:59.9999999", "10675199.02:48:05.4775807", "-10675199.02:48:05.4775808", "0:0:1");
            default:
                var ticks = random.NextInt64(-TimeSpan.TicksPerDay * 3, TimeSpan.TicksPerDay * 400);
                if (random.Next(2) == 0)
                {
                    ticks -= ticks % TimeSpan.TicksPerSecond;
                }

                return new TimeSpan(ticks).ToString(Pick(random, "c", "g", "G"), CultureInfo.InvariantCulture);
        }
    }

    private static string DateTimeText(Random random)
    {
        var date = RandomDate(random);
        return random.Next(8) switch
        {
            0 => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            1 => date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            2 => date.ToString("s", CultureInfo.InvariantCulture),
            3 => date.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            4 => date.ToString("yyyy-MM-ddTHH:mm:ss.fffffff", CultureInfo.InvariantCulture) + Pick(random, "+02:00", "-05:30", "Z", string.Empty),
            5 => date.ToString("R", CultureInfo.InvariantCulture),
            6 => date.ToString("G", CultureInfo.InvariantCulture),
            _ => date.ToString("o", CultureInfo.InvariantCulture),
        };
    }

    private static string DateTimeOffsetText(Random random)
    {
        var offset = TimeSpan.FromMinutes(random.Next(-14 * 4, 14 * 4 + 1) * 15);
        var date = RandomDate(random);
        if (date.Year is < 2 or > 9998)
        {
            offset = TimeSpan.Zero;
        }

        var value = new DateTimeOffset(date, offset);
        return random.Next(5) switch
        {
            0 => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            1 => value.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture),
            2 => value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            3 => value.ToString("R", CultureInfo.InvariantCulture),
            _ => value.ToString("o", CultureInfo.InvariantCulture),
        };
    }

    private static Guid RandomGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private static string Pad(string text, Random random) => Pick(random, " ", "  ", "\t") + text + Pick(random, " ", string.Empty, " \t");

    private static T Pick<T>(Random random, params T[] choices) => choices[random.Next(choices.Length)];
}
