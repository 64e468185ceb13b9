using System.Globalization;
using System.Text;

namespace Veltrix.Tests.Hostile;

/// <summary>Breaks a valid configuration file in the ways files break and attackers break them.</summary>
public static class JsonMutator
{
    /// <summary>The mutations, by name.</summary>
    public static readonly string[] Kinds =
    [
        "truncate", "flip-bit", "random-byte", "duplicate-key", "huge-number", "deep-nesting", "invalid-utf8", "nul-byte",
        "delete-range", "repeat-range", "punctuation",
    ];

    private static readonly byte[][] InvalidUtf8 =
    [
        [0xFF], [0xC0, 0xAF], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80], [0xE2, 0x82], [0xF0, 0x9F, 0x98],
    ];

    private static readonly string[] HugeNumbers =
    [
        "1e999999", "-1e-999999", new string('9', 400), "0." + new string('0', 300) + "1", "123456789012345678901234567890", "-0", "1E+308",
        "2.2250738585072011e-308",
    ];

    private static readonly string[] Punctuation = ["{", "}", "[", "]", ":", ",", "\"", "\\", "/*", "//", "\uFEFF", "\r", "\t", "'"];

    /// <summary>Applies mutation <paramref name="kind"/> at positions chosen by <paramref name="random"/>.</summary>
    public static byte[] Mutate(byte[] document, string kind, Random random)
    {
        var at = document.Length == 0 ? 0 : random.Next(document.Length + 1);
        return kind switch
        {
            "truncate" => document[..at],
            "flip-bit" => Replace(document, Math.Min(at, document.Length - 1), b => (byte)(b ^ (1 << random.Next(8)))),
            "random-byte" => Replace(document, Math.Min(at, document.Length - 1), _ => (byte)random.Next(256)),
            "duplicate-key" => DuplicateKey(document, random),
            "huge-number" => InsertValue(document, random, HugeNumbers[random.Next(HugeNumbers.Length)]),
            "deep-nesting" => InsertValue(document, random, Nesting(random.Next(2) == 0 ? random.Next(60, 70) : random.Next(100, 5000), random.Next(2) == 0)),
            "invalid-utf8" => Insert(document, InsideString(document, random) ?? at, InvalidUtf8[random.Next(InvalidUtf8.Length)]),
            "nul-byte" => Insert(document, InsideString(document, random) ?? at, [0]),
            "delete-range" => [.. document.AsSpan(0, at), .. document.AsSpan(Math.Min(document.Length, at + random.Next(1, 16)))],
            "repeat-range" => Insert(document, at, document.AsSpan(at, Math.Min(document.Length - at, random.Next(1, 64))).ToArray()),
            _ => Insert(document, at, Encoding.UTF8.GetBytes(Punctuation[random.Next(Punctuation.Length)])),
        };
    }

    private static byte[] Replace(byte[] document, int index, Func<byte, byte> change)
    {
        if (document.Length == 0)
        {
            return document;
        }

        var copy = (byte[])document.Clone();
        copy[index] = change(copy[index]);
        return copy;
    }

    private static byte[] Insert(byte[] document, int at, ReadOnlySpan<byte> bytes) => [.. document.AsSpan(0, at), .. bytes, .. document.AsSpan(at)];

    // A position just after an opening quote, so that the bytes land in a string or a name.
    private static int? InsideString(byte[] document, Random random)
    {
        var quotes = new List<int>();
        for (var i = 0; i < document.Length; i++)
        {
            if (document[i] == (byte)'"')
            {
                quotes.Add(i + 1);
            }
        }

        return quotes.Count == 0 ? null : quotes[random.Next(quotes.Count)];
    }

    // Repeats a property name that already exists, in the same object or elsewhere, in another case half the time.
    private static byte[] DuplicateKey(byte[] document, Random random)
    {
        var text = Encoding.UTF8.GetString(document);
        var names = System.Text.RegularExpressions.Regex.Matches(text, "\"([A-Za-z]+)\"\\s*:");
        var opens = System.Text.RegularExpressions.Regex.Matches(text, "\\{");
        if (names.Count == 0 || opens.Count == 0)
        {
            return document;
        }

        var name = names[random.Next(names.Count)].Groups[1].Value;
        name = random.Next(2) == 0 ? name : name.ToUpperInvariant();
        var at = opens[random.Next(opens.Count)].Index + 1;
        var value = random.Next(3) switch { 0 => "1", 1 => "{\"x\":1}", _ => "\"dup\"" };
        return Encoding.UTF8.GetBytes(text[..at] + "\"" + name + "\":" + value + "," + text[at..]);
    }

    // Replaces the value after a random ':' (up to the next ',' or '}') with `value`.
    private static byte[] InsertValue(byte[] document, Random random, string value)
    {
        var colons = new List<int>();
        for (var i = 0; i < document.Length; i++)
        {
            if (document[i] == (byte)':')
            {
                colons.Add(i + 1);
            }
        }

        if (colons.Count == 0)
        {
            return document;
        }

        var start = colons[random.Next(colons.Count)];
        var end = start;
        while (end < document.Length && document[end] is not ((byte)',' or (byte)'}'))
        {
            end++;
        }

        return [.. document.AsSpan(0, start), .. Encoding.UTF8.GetBytes(value), .. document.AsSpan(end)];
    }

    private static string Nesting(int depth, bool objects) => objects
        ? string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth)
        : new string('[', depth) + "1" + new string(']', depth);

    /// <summary>Counts a mutation kind, for the figures.</summary>
    public static string Describe(IReadOnlyDictionary<string, int> counts)
        => string.Join(", ", counts.OrderBy(static p => p.Key, StringComparer.Ordinal).Select(static p => p.Key + " " + p.Value.ToString(CultureInfo.InvariantCulture)));
}
