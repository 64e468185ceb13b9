using System.Text;

namespace Veltrix.Tests.Sources;

/// <summary>The watcher's test for a file caught half-written: the same reader options as the parser.</summary>
public sealed class JsonWellFormedTests
{
    [Theory]
    [InlineData("""{"a": 1}""")]
    [InlineData("""{"a": [1, 2,], /* comment */ "b": {"c": true,},}""")]
    [InlineData("\uFEFF{\"a\": 1}")]
    [InlineData("""{"a": 1} // trailing comment""")]
    public void IsWellFormed_CompleteDocument_ReturnsTrue(string json)
        => Assert.True(JsonConfigParser.IsWellFormed(Encoding.UTF8.GetBytes(json)));

    [Theory]
    [InlineData("")]
    [InlineData("""{"a": """)]
    [InlineData("""{"a": 1""")]
    [InlineData("""{"a": [1, 2""")]
    [InlineData("""{"a": "unterminated""")]
    [InlineData("""{"a": 1}}""")]
    public void IsWellFormed_TruncatedOrBroken_ReturnsFalse(string json)
        => Assert.False(JsonConfigParser.IsWellFormed(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void IsWellFormed_WellFormedButSemanticallyWrong_ReturnsTrue()
    {
        // Duplicate keys and a non-object root are the parser's to report with positions; the watcher only asks
        // whether the writer has finished.
        Assert.True(JsonConfigParser.IsWellFormed("""{"a": 1, "a": 2}"""u8));
        Assert.True(JsonConfigParser.IsWellFormed("[1]"u8));
    }
}
