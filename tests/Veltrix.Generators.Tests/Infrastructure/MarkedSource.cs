using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Veltrix.Generators.Tests.Infrastructure;

/// <summary>
/// Source text with marked spans, written as in Microsoft.CodeAnalysis.Testing: <c>{|#0:Name|}</c> marks
/// <c>Name</c> as location 0. Marks do not nest.
/// </summary>
/// <param name="Text">The source without the markup.</param>
/// <param name="Spans">The marked spans by their number.</param>
internal sealed record MarkedSource(string Text, ImmutableDictionary<int, TextSpan> Spans)
{
    private const string Open = "{|#";
    private const string Close = "|}";

    /// <summary>Removes the markup from <paramref name="markup"/> and records where each marked span is.</summary>
    /// <param name="markup">Source with <c>{|#n:…|}</c> marks.</param>
    /// <returns>The clean source and its spans.</returns>
    public static MarkedSource Parse(string markup)
    {
        var text = new StringBuilder(markup.Length);
        var spans = ImmutableDictionary.CreateBuilder<int, TextSpan>();
        var position = 0;
        while (true)
        {
            var open = markup.IndexOf(Open, position, StringComparison.Ordinal);
            if (open < 0)
            {
                text.Append(markup, position, markup.Length - position);
                break;
            }

            text.Append(markup, position, open - position);
            var colon = markup.IndexOf(':', open);
            var close = markup.IndexOf(Close, colon, StringComparison.Ordinal);
            if (colon < 0 || close < 0)
            {
                throw new FormatException($"Unterminated mark at offset {open}.");
            }

            var number = int.Parse(markup.AsSpan(open + Open.Length, colon - open - Open.Length), CultureInfo.InvariantCulture);
            var start = text.Length;
            text.Append(markup, colon + 1, close - colon - 1);
            spans.Add(number, TextSpan.FromBounds(start, text.Length));
            position = close + Close.Length;
        }

        return new MarkedSource(text.ToString(), spans.ToImmutable());
    }

    /// <summary>Fails unless <paramref name="diagnostic"/> is reported exactly at marked span <paramref name="mark"/> of <c>Test0.cs</c>.</summary>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <param name="mark">The number of the mark.</param>
    public void AssertLocation(Diagnostic diagnostic, int mark)
    {
        var expected = Spans[mark];
        var lineSpan = diagnostic.Location.GetLineSpan();
        Assert.True(
            lineSpan.IsValid && Path.GetFileName(lineSpan.Path) == "Test0.cs" && diagnostic.Location.SourceSpan == expected,
            $"{diagnostic.Id} is reported at {lineSpan.Path}{diagnostic.Location.SourceSpan} '{Slice(diagnostic.Location.SourceSpan)}', "
            + $"expected Test0.cs{expected} '{Slice(expected)}'.");
    }

    private string Slice(TextSpan span)
        => span.End <= Text.Length ? Text.Substring(span.Start, span.Length) : "(outside the source)";
}
