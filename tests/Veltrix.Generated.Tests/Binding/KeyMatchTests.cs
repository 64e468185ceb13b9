using System;
using System.Text;
using Xunit;

namespace Veltrix.Tests.Binding;

/// <summary>
/// <see cref="KeyTable.Matches"/> compares four ASCII characters per step and must decide every pair of keys exactly
/// as <see cref="StringComparison.OrdinalIgnoreCase"/> does, outside ASCII too.
/// </summary>
public sealed class KeyMatchTests
{
    /// <summary>Every ASCII character, some Latin-1 and Latin Extended-A ones, and the case-folding oddities.</summary>
    private static readonly char[] Alphabet = BuildAlphabet();

    [Fact]
    public void Matches_EveryPairOfCharactersAtEveryPosition_AgreesWithOrdinalIgnoreCase()
    {
        // One differing character at each position of a 9-character key covers the short path, whole blocks and the
        // overlapping last block.
        var template = "Cache:Max";
        for (var position = 0; position < template.Length; position++)
        {
            foreach (var first in Alphabet)
            {
                var left = Replace(template, position, first);
                foreach (var second in Alphabet)
                {
                    var right = Replace(template, position, second);
                    Assert.True(
                        string.Equals(left, right, StringComparison.OrdinalIgnoreCase) == KeyTable.Matches(left, right),
                        $"'{Escape(left)}' against '{Escape(right)}'");
                }
            }
        }
    }

    [Fact]
    public void Matches_ShortKeys_AgreesWithOrdinalIgnoreCase()
    {
        foreach (var first in Alphabet)
        {
            foreach (var second in Alphabet)
            {
                foreach (var length in new[] { 1, 2, 3 })
                {
                    var left = new string(first, length);
                    var right = new string('a', length - 1) + second;
                    Assert.Equal(string.Equals(left, right, StringComparison.OrdinalIgnoreCase), KeyTable.Matches(left, right));
                }
            }
        }
    }

    [Fact]
    public void Matches_RandomKeysOfEveryLength_AgreeWithOrdinalIgnoreCase()
    {
        var random = new Random(20261207);
        for (var round = 0; round < 20_000; round++)
        {
            var length = random.Next(0, 40);
            var left = new StringBuilder(length);
            var right = new StringBuilder(length);
            for (var i = 0; i < length; i++)
            {
                var c = Alphabet[random.Next(Alphabet.Length)];
                left.Append(c);
                // Mostly the same character in another case, sometimes any other character.
                right.Append(random.Next(8) == 0 ? Alphabet[random.Next(Alphabet.Length)] : random.Next(2) == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
            }

            var a = left.ToString();
            var b = right.ToString();
            Assert.True(string.Equals(a, b, StringComparison.OrdinalIgnoreCase) == KeyTable.Matches(a, b), $"'{Escape(a)}' against '{Escape(b)}'");
        }
    }

    [Theory]
    [InlineData("Bench", "bench", true)]
    [InlineData("Bench", "BENCH", true)]
    [InlineData("Bench", "Bench:", false)]
    [InlineData("Bench", "Benc", false)]
    [InlineData("", "", true)]
    [InlineData("Größe:Max", "GRÖßE:MAX", true)]
    [InlineData("Kelvin:Max", "\u212Aelvin:Max", false)]
    [InlineData("Size:Max", "S\u0131ze:Max", false)]
    [InlineData("Cache@Max", "Cache`Max", false)] // '@' and '`' differ only in bit 5 but are not letters.
    [InlineData("Cache[Max", "Cache{Max", false)]
    public void Matches_NamedCases_DecidesAsOrdinalIgnoreCase(string known, string key, bool expected)
    {
        Assert.Equal(expected, string.Equals(known, key, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(expected, KeyTable.Matches(key, known));
    }

    private static char[] BuildAlphabet()
    {
        var characters = new StringBuilder();
        for (var c = 0; c < 0x180; c++)
        {
            characters.Append((char)c);
        }

        // Kelvin sign, Angstrom sign, dotted capital I, long s, Greek sigmas, Cyrillic, a surrogate half, fullwidth A.
        characters.Append("\u212A\u212B\u0130\u017F\u03A3\u03C3\u03C2\u0416\u0436\uD800\uFF21\uFF41");
        return characters.ToString().ToCharArray();
    }

    private static string Replace(string text, int position, char c) => string.Concat(text.AsSpan(0, position), new ReadOnlySpan<char>(in c), text.AsSpan(position + 1));

    private static string Escape(string text)
    {
        var escaped = new StringBuilder();
        foreach (var c in text)
        {
            escaped.Append(c is >= ' ' and < '\x7F' ? c.ToString() : $"\\u{(int)c:X4}");
        }

        return escaped.ToString();
    }
}
