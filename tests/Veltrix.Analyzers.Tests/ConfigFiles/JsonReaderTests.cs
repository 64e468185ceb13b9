using Veltrix.Analyzers.Json;

namespace Veltrix.Analyzers.Tests.ConfigFiles;

public sealed class JsonReaderTests
{
    [Fact]
    public void Parse_CommentsTrailingCommasAndEscapes_ReadsValuesAndSpans()
    {
        const string text = "{\n  // a comment\n  \"A\": { \"B\": [1, -2.5e3, true, null,], /* c */ \"C\": \"x\\u0041\\n\", },\n}";

        var result = JsonReader.Parse(text);

        Assert.Null(result.Error);
        var a = Assert.Single(result.Root!.Properties);
        Assert.Equal("A", a.Name);
        Assert.Equal(text.IndexOf("\"A\"", StringComparison.Ordinal), a.NameSpan.Start);
        var b = a.Value.Properties[0].Value;
        Assert.Equal(JsonNodeKind.Array, b.Kind);
        Assert.Equal(["1", "-2.5e3", "True", null], b.Items.Select(static i => i.Text));
        Assert.Equal("xA\n", a.Value.Properties[1].Value.Text);
        Assert.Equal(text.IndexOf("-2.5e3", StringComparison.Ordinal), b.Items[1].Span.Start);
    }

    [Theory]
    [InlineData("{ \"A\": 1 \"B\": 2 }", 9, "is a comma missing")]
    [InlineData("{ \"A\": tru }", 7, "unquoted word is not a JSON value")]
    [InlineData("{ \"A\": 01 }", 7, "not a valid JSON number")]
    [InlineData("{ \"A\": \"x }", 7, "not closed")]
    [InlineData("{ A: 1 }", 2, "property name in double quotes")]
    [InlineData("{ \"A\": 1 ", 9, "'}' was expected")]
    [InlineData("[1, 2]", 0, "holds one JSON object")]
    [InlineData("", 0, "empty")]
    [InlineData("{ } x", 4, "after the end")]
    [InlineData("{ /* open", 2, "comment is not closed")]
    public void Parse_Malformed_ReportsFirstErrorAtItsPosition(string text, int position, string message)
    {
        var result = JsonReader.Parse(text);

        Assert.Null(result.Root);
        Assert.Equal(position, result.ErrorPosition);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"Password\": hunter2 }")]
    [InlineData("{ \"Password\": 0hunter2 }")]
    [InlineData("{ \"Password\": \"p\"hunter2\" }")]
    [InlineData("{ \"Password\": \"p\\hunter2\" }")]
    [InlineData("{ \"Password\": \"p\" hunter2 }")]
    [InlineData("{ \"Password\": \"p\", hunter2: 1 }")]
    [InlineData("{ \"Password\": %hunter2 }")]
    [InlineData("hunter2")]
    public void Parse_Malformed_NeverQuotesTheText(string text)
    {
        var result = JsonReader.Parse(text);

        Assert.Null(result.Root);
        Assert.DoesNotContain("hunter", result.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Parse_NestedBeyondLimit_ReportsErrorInsteadOfOverflowing()
    {
        var text = "{\"a\":" + new string('[', 100_000) + new string(']', 100_000) + "}";

        var result = JsonReader.Parse(text);

        Assert.Null(result.Root);
        Assert.Contains("nested more than", result.Error, StringComparison.Ordinal);
    }
}
