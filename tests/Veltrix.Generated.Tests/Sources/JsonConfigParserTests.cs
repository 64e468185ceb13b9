using System.Text;
using Xunit;
using static Veltrix.Tests.Sources.ConfigData;

namespace Veltrix.Tests.Sources;

public sealed class JsonConfigParserTests
{
    [Fact]
    public void Parse_NestedObjects_FlattenWithColons()
    {
        var builder = ParseJson("""{"Server":{"Port":8080,"Cache":{"MaxEntries":10}},"Name":"api"}""");

        AssertNoErrors(builder);
        Assert.Equal(
            new Dictionary<string, string?> { ["Server:Port"] = "8080", ["Server:Cache:MaxEntries"] = "10", ["Name"] = "api" },
            Values(builder));
    }

    [Fact]
    public void Parse_Arrays_UseIndexSegments()
    {
        var builder = ParseJson("""{"Hosts":["a","b"],"Matrix":[[1,2],[3]],"Items":[{"Name":"x"},{"Name":"y"}]}""");

        AssertNoErrors(builder);
        Assert.Equal(
            new Dictionary<string, string?>
            {
                ["Hosts:0"] = "a",
                ["Hosts:1"] = "b",
                ["Matrix:0:0"] = "1",
                ["Matrix:0:1"] = "2",
                ["Matrix:1:0"] = "3",
                ["Items:0:Name"] = "x",
                ["Items:1:Name"] = "y",
            },
            Values(builder));
    }

    [Fact]
    public void Parse_ArrayWithManyElements_NumbersEveryElement()
    {
        var json = "{\"a\":[" + string.Join(",", Enumerable.Range(0, 150)) + "]}";

        var values = Values(ParseJson(json));

        Assert.Equal(150, values.Count);
        Assert.Equal("149", values["a:149"]);
        Assert.Equal("10", values["a:10"]);
    }

    [Fact]
    public void Parse_EscapedString_IsUnescaped()
    {
        var builder = ParseJson("""{"a":"line\nbreak \u00e9 \"q\" \\ \/ \ud83d\ude00","b\u0041":"x"}""");

        AssertNoErrors(builder);
        Assert.Equal("line\nbreak é \"q\" \\ / 😀", Values(builder)["a"]);
        Assert.Equal("bA", Node(builder, "bA").Key);
    }

    [Theory]
    [InlineData("1.50e+3")]
    [InlineData("-0")]
    [InlineData("0.1000")]
    [InlineData("1E400")]
    [InlineData("123456789012345678901234567890123456789012345678901234567890")]
    public void Parse_Number_KeepsRawText(string number)
    {
        var builder = ParseJson("{\"n\":" + number + "}");

        AssertNoErrors(builder);
        Assert.Equal(number, Values(builder)["n"]);
    }

    [Fact]
    public void Parse_Booleans_AreTrueAndFalse()
    {
        var values = Values(ParseJson("""{"t":true,"f":false}"""));

        Assert.Equal("True", values["t"]);
        Assert.Equal("False", values["f"]);
    }

    [Fact]
    public void Parse_Null_IsExplicitNull()
    {
        var builder = ParseJson("""{"a":null,"b":[null]}""");

        AssertNoErrors(builder);
        Assert.True(Node(builder, "a").IsNull);
        Assert.True(Node(builder, "b:0").IsNull);
    }

    [Fact]
    public void Parse_EmptyObjectsAndArrays_AreEmptyContainers()
    {
        var builder = ParseJson("""{"a":{},"b":[],"c":[[],{}],"d":{"e":[]}}""");

        AssertNoErrors(builder);
        Assert.Equal(["a", "b", "c:0", "c:1", "d:e"], EmptyContainers(builder));
        Assert.Empty(Values(builder));
    }

    [Fact]
    public void Parse_EmptyContainer_OriginIsItsOpeningBracket()
    {
        var builder = ParseJson("{\n  \"a\": [ ]\n}");

        Assert.Equal(new ConfigOrigin(JsonSource, 2, 8), Node(builder, "a").Origin);
    }

    [Fact]
    public void Parse_EmptyRoot_SetsNothing()
    {
        var builder = ParseJson(" { } ");

        AssertNoErrors(builder);
        Assert.False(builder.Root.HasChildren);
    }

    [Fact]
    public void Parse_CommentsAndTrailingCommas_AreAllowed()
    {
        var builder = ParseJson("""
            // leading comment
            {
              /* block
                 comment */
              "a": 1, // trailing comment
              "b": [1, 2,],
            }
            // after the root
            """);

        AssertNoErrors(builder);
        Assert.Equal(new Dictionary<string, string?> { ["a"] = "1", ["b:0"] = "1", ["b:1"] = "2" }, Values(builder));
        Assert.Equal(new ConfigOrigin(JsonSource, 5, 8), Node(builder, "a").Origin);
    }

    [Fact]
    public void Parse_ByteOrderMark_IsSkippedWithoutShiftingColumns()
    {
        var builder = ParseJson([0xEF, 0xBB, 0xBF, .. "{\"a\":1}"u8]);

        AssertNoErrors(builder);
        Assert.Equal(new ConfigOrigin(JsonSource, 1, 6), Node(builder, "a").Origin);
    }

    [Fact]
    public void Parse_Values_CarryOneBasedLineAndColumnOfTheValueToken()
    {
        var builder = ParseJson("{\n  \"Server\": {\n    \"Port\": 8080,\n    \"Hosts\": [\"a\",\n      \"b\"]\n  }\n}");

        Assert.Equal(new ConfigOrigin(JsonSource, 3, 13), Node(builder, "Server:Port").Origin);
        Assert.Equal(new ConfigOrigin(JsonSource, 4, 15), Node(builder, "Server:Hosts:0").Origin);
        Assert.Equal(new ConfigOrigin(JsonSource, 5, 7), Node(builder, "Server:Hosts:1").Origin);
    }

    [Fact]
    public void Parse_CrLfLineEndings_CountOneLineEach()
    {
        var builder = ParseJson("{\r\n  \"a\": 1,\r\n  \"b\": 2\r\n}");

        Assert.Equal(new ConfigOrigin(JsonSource, 2, 8), Node(builder, "a").Origin);
        Assert.Equal(new ConfigOrigin(JsonSource, 3, 8), Node(builder, "b").Origin);
    }

    [Fact]
    public void Parse_NonAsciiText_CountsColumnsInCharactersNotBytes()
    {
        // 'é' and 'ü' are two UTF-8 bytes but one character; '😀' is four bytes and two UTF-16 characters.
        var builder = ParseJson("{\"é\":\"ü\", \"b\": 1, \"x\":\"😀\",\"y\":2}");

        Assert.Equal(new ConfigOrigin(JsonSource, 1, 16), Node(builder, "b").Origin);
        Assert.Equal(new ConfigOrigin(JsonSource, 1, 32), Node(builder, "y").Origin);
    }

    [Fact]
    public void Parse_DuplicatePropertyIgnoringCase_ReportsBothPositions()
    {
        var builder = ParseJson("{\"a\":1,\n \"A\":2}");

        var error = SingleError(builder);
        Assert.Equal("DuplicateKey", error.Rule);
        Assert.Equal("A", error.KeyPath);
        Assert.Equal(new ConfigOrigin(JsonSource, 2, 2), error.Origin);
        Assert.Contains("first at test.json:1:2, again at test.json:2:2", error.Message, StringComparison.Ordinal);
        Assert.Equal("1", Values(builder)["a"]);
    }

    [Fact]
    public void Parse_DuplicateObjects_AreRejectedOnceWithoutFollowOnErrors()
    {
        // Microsoft.Extensions.Configuration.Json would merge these two objects silently.
        var builder = ParseJson("{\"a\":{\"b\":1},\n\"a\":{\"b\":2,\"c\":{}}}");

        var error = SingleError(builder);
        Assert.Equal("DuplicateKey", error.Rule);
        Assert.Equal(new ConfigOrigin(JsonSource, 2, 1), error.Origin);
        Assert.Contains("test.json:1:2", error.Message, StringComparison.Ordinal);
        Assert.Equal(new Dictionary<string, string?> { ["a:b"] = "1" }, Values(builder));
    }

    [Fact]
    public void Parse_DuplicateEmptyArrays_AreRejected()
    {
        var error = SingleError(ParseJson("""{"a":[],"a":[]}"""));

        Assert.Equal("DuplicateKey", error.Rule);
        Assert.Equal(new ConfigOrigin(JsonSource, 1, 9), error.Origin);
    }

    [Fact]
    public void Parse_DuplicateInNestedObject_NamesTheFullKey()
    {
        var error = SingleError(ParseJson("""{"x":{"k":1,"K":2}}"""));

        Assert.Equal("x:K", error.KeyPath);
        Assert.Equal(new ConfigOrigin(JsonSource, 1, 13), error.Origin);
    }

    [Fact]
    public void Parse_DuplicateInLargeObject_IsFound()
    {
        var properties = Enumerable.Range(0, 40).Select(i => $"\"p{i}\":{i}").ToList();
        properties.Add("\"P3\":99");
        var json = "{\"o\":{" + string.Join(",\n", properties) + "}}";

        var error = SingleError(ParseJson(json));

        Assert.Equal("o:P3", error.KeyPath);
        Assert.Equal(new ConfigOrigin(JsonSource, 41, 1), error.Origin);
        Assert.Contains("first at test.json:4:1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SameNamesInDifferentObjects_AreNotDuplicates()
    {
        var large = "{" + string.Join(",", Enumerable.Range(0, 20).Select(i => $"\"p{i}\":{i}")) + "}";
        var json = $$"""{"a":{"n":1},"b":{"n":2},"big1":{{large}},"big2":{{large}},"small":{"p0":1},"list":[{{large}},{{large}}]}""";

        var builder = ParseJson(json);

        AssertNoErrors(builder);
        Assert.Equal("19", Values(builder)["list:1:p19"]);
    }

    [Fact]
    public void Parse_DuplicateInLargeObjectAfterALargerSibling_IsFoundAndOnlyIt()
    {
        // The second object reuses the index the first one grew at the same depth; the first one's names must be gone.
        var first = string.Join(",", Enumerable.Range(0, 40).Select(i => $"\"q{i}\":{i}"));
        var second = string.Join(",", Enumerable.Range(0, 12).Select(i => $"\"q{i}\":{i}")) + ",\"Q10\":99,\"q39\":1";
        var json = "{\"a\":{" + first + "},\"b\":{" + second + "}}";

        var error = SingleError(ParseJson(json));

        Assert.Equal("DuplicateKey", error.Rule);
        Assert.Equal("b:Q10", error.KeyPath);
    }

    [Fact]
    public void Parse_ColonKeyCollidingWithNestedKey_IsRejectedWithPositions()
    {
        var error = SingleError(ParseJson("""{"a:b":1,"a":{"b":2}}"""));

        Assert.Equal("DuplicateKey", error.Rule);
        Assert.Equal(new ConfigOrigin(JsonSource, 1, 19), error.Origin);
        Assert.Contains("test.json:1:8", error.Message, StringComparison.Ordinal);
        Assert.Contains("test.json:1:19", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"a": "hunter2""", 1, 15, "Unterminated string")]
    [InlineData("{\"a\":1,\n  \"b\": \"hunter2", 2, 16, "Unterminated string")]
    [InlineData("""{"a": hunter2}""", 1, 7, "Expected a value after ':'")]
    [InlineData("""{"a":}""", 1, 6, "Expected a value after ':'")]
    [InlineData("""{"a":[1,}]}""", 1, 9, "Expected a value (")]
    [InlineData("""{"a": tru}""", 1, 10, "Invalid literal")]
    [InlineData("""{"a":1,,}""", 1, 8, "Expected a property name")]
    [InlineData("""{hunter2:1}""", 1, 2, "Expected a property name")]
    [InlineData("{\n  \"a\" 1\n}", 2, 7, "Expected ':'")]
    [InlineData("""{"a":1 "b":2}""", 1, 8, "Expected ',' or a closing")]
    [InlineData("""{"a":1}}""", 1, 8, "Unexpected content after the end of the root object")]
    [InlineData("""{"a":1} {"b":2}""", 1, 9, "Unexpected content after the end of the root object")]
    [InlineData("""{"a":[1}""", 1, 8, "A closing bracket does not match")]
    [InlineData("""{"a":01}""", 1, 7, "leading zero")]
    [InlineData("""{"a":1.}""", 1, 8, "Invalid number")]
    [InlineData("""{"a":12x}""", 1, 8, "Invalid number")]
    [InlineData("{\"a\":\"x\ty\"}", 1, 8, "control character")]
    [InlineData("{\"a\":\"x\0\"}", 1, 8, "control character")]
    [InlineData("""{"a":"\x"}""", 1, 8, "Invalid escape sequence")]
    [InlineData("""{"a":"\u12G4"}""", 1, 11, "four hex digits")]
    [InlineData("""{"a":1 /* open""", 1, 8, "Unterminated comment")]
    [InlineData("""{"a":1 / x}""", 1, 8, "Invalid comment")]
    [InlineData("""{"a":1""", 1, 7, "Unexpected end of the file")]
    [InlineData("{\"a\":[\n", 2, 1, "Unexpected end of the file")]
    [InlineData("", 1, 1, "contains no JSON")]
    [InlineData("  \n  // only a comment\n", 3, 1, "contains no JSON")]
    [InlineData("{\"é\":x}", 1, 6, "Expected a value after ':'")]
    public void Parse_MalformedJson_ReportsSyntaxAtOneBasedPositionWithoutValueText(string json, int line, int column, string message)
    {
        var error = SingleError(ParseJson(json));

        Assert.Equal("Syntax", error.Rule);
        Assert.Equal(new ConfigOrigin(JsonSource, line, column), error.Origin);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("tru", error.Message.Replace("true", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("BytePosition", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SyntaxErrorInValue_NamesThePropertyKey()
    {
        var error = SingleError(ParseJson("""{"Db":{"Password":"hunter2"""));

        Assert.Equal("Db:Password", error.KeyPath);
        Assert.DoesNotContain("hunter2", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidUtf8InValue_ReportsItAndKeepsParsing()
    {
        byte[] json = [.. "{\"a\":\""u8, 0xC3, 0x28, .. "\",\"b\":1}"u8];

        var builder = ParseJson(json);

        var error = SingleError(builder);
        Assert.Equal("Syntax", error.Rule);
        Assert.Equal("a", error.KeyPath);
        Assert.Contains("not valid UTF-8", error.Message, StringComparison.Ordinal);
        Assert.Equal(new ConfigOrigin(JsonSource, 1, 6), error.Origin);
        Assert.Equal("1", Values(builder)["b"]);
    }

    [Fact]
    public void Parse_InvalidUtf8InPropertyName_ReportsItAndSkipsItsValue()
    {
        byte[] json = [.. "{\"x\":{\""u8, 0xFF, .. "\":{\"deep\":1}},\"b\":1}"u8];

        var builder = ParseJson(json);

        var error = SingleError(builder);
        Assert.Equal("x", error.KeyPath);
        Assert.Contains("property name is not valid UTF-8", error.Message, StringComparison.Ordinal);
        Assert.Equal(new ConfigOrigin(JsonSource, 1, 7), error.Origin);
        Assert.Equal(new Dictionary<string, string?> { ["b"] = "1" }, Values(builder));
    }

    [Theory]
    [InlineData("""{"a":"\uD800"}""", "a", 6)]
    [InlineData("""{"a":"x\uDC00y"}""", "a", 6)]
    [InlineData("""{"\uD800":1}""", "", 2)]
    public void Parse_UnpairedSurrogateEscape_ReportsSyntax(string json, string key, int column)
    {
        var error = SingleError(ParseJson(json));

        Assert.Equal("Syntax", error.Rule);
        Assert.Equal(key, error.KeyPath);
        Assert.Contains("unpaired UTF-16 surrogate", error.Message, StringComparison.Ordinal);
        Assert.Equal(new ConfigOrigin(JsonSource, 1, column), error.Origin);
    }

    [Theory]
    [InlineData("[1]", 1, 1, "an array")]
    [InlineData("\"text\"", 1, 1, "a string")]
    [InlineData("42", 1, 1, "a number")]
    [InlineData("null", 1, 1, "null")]
    [InlineData("true", 1, 1, "true or false")]
    [InlineData("// comment\n  [ ]", 2, 3, "an array")]
    public void Parse_RootNotAnObject_ReportsSyntax(string json, int line, int column, string found)
    {
        var error = SingleError(ParseJson(json));

        Assert.Equal("Syntax", error.Rule);
        Assert.StartsWith("The root of a configuration file must be a JSON object", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("this file starts with " + found + ".", error.Message, StringComparison.Ordinal);
        Assert.Equal(new ConfigOrigin(JsonSource, line, column), error.Origin);
    }

    [Fact]
    public void Parse_NestingAtMaxDepth_Loads()
    {
        var builder = ParseJson("""{"a":{"b":{"c":1}},"x":[[1]]}""", new ConfigLimits { MaxDepth = 3 });

        AssertNoErrors(builder);
        Assert.Equal("1", Values(builder)["a:b:c"]);
    }

    [Theory]
    [InlineData("""{"a":{"b":{"c":{}}}}""", "a:b:c", 16)]
    [InlineData("""{"a":[[[1]]]}""", "a:0:0", 8)]
    public void Parse_NestingBeyondMaxDepth_ReportsLimit(string json, string key, int column)
    {
        var error = SingleError(ParseJson(json, new ConfigLimits { MaxDepth = 3 }));

        Assert.Equal("Limit", error.Rule);
        Assert.Equal(key, error.KeyPath);
        Assert.Contains("ConfigLimits.MaxDepth", error.Message, StringComparison.Ordinal);
        Assert.Equal(new ConfigOrigin(JsonSource, 1, column), error.Origin);
    }

    [Fact]
    public void Parse_HostileNesting_ReportsLimitWithoutOverflowingTheStack()
    {
        var json = "{\"a\":" + new string('[', 100_000) + new string(']', 100_000) + "}";

        var error = SingleError(ParseJson(json));

        Assert.Equal("Limit", error.Rule);
        Assert.Equal(new ConfigOrigin(JsonSource, 1, 6 + ConfigLimits.Default.MaxDepth - 1), error.Origin);
    }

    [Fact]
    public void Parse_DuplicateValueNestedBeyondMaxDepth_ReportsBoth()
    {
        var builder = ParseJson("""{"a":1,"a":[[[[[[1]]]]]]}""", new ConfigLimits { MaxDepth = 3 });

        Assert.Equal(["DuplicateKey", "Limit"], builder.Errors.Select(e => e.Rule));
    }

    [Fact]
    public void Parse_UnboundedMaxDepth_Works()
    {
        AssertNoErrors(ParseJson("""{"a":{"b":1}}""", new ConfigLimits { MaxDepth = int.MaxValue }));
    }

    [Fact]
    public void Parse_EmptyPropertyName_IsRejectedByTheBuilder()
    {
        // Microsoft.Extensions.Configuration accepts "" as a key; Veltrix keys never have empty segments.
        var error = SingleError(ParseJson("""{"a":{"":1}}"""));

        Assert.Equal("Key", error.Rule);
        Assert.Equal(new ConfigOrigin(JsonSource, 1, 10), error.Origin);
    }

    [Fact]
    public void Parse_ValueOverMaxValueLength_ReportsLimitWithoutTheValue()
    {
        var error = SingleError(ParseJson("""{"a":"hunter2"}""", new ConfigLimits { MaxValueLength = 4 }));

        Assert.Equal("Limit", error.Rule);
        Assert.DoesNotContain("hunter2", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MutatedAndTruncatedDocuments_NeverThrow()
    {
        var valid = Encoding.UTF8.GetBytes("""
            { // comment
              "Server": { "Port": 8080, "Hosts": ["a", "b\u00e9", "\ud83d\ude00"], "On": true, "Off": null },
              "Empty": [], "Obj": {}, "n": -1.5e3, "s": "x\"y" /* c */
            }
            """);
        byte[] interesting = [0, (byte)'{', (byte)'}', (byte)'[', (byte)']', (byte)'"', (byte)'\\', (byte)':', (byte)',', (byte)'/', (byte)'*', 0x80, 0xC3, 0xED, 0xF0, 0xFF, (byte)'\n', (byte)'u', (byte)'e', (byte)'0'];
        var random = new Random(12345);
        for (var i = 0; i < 5000; i++)
        {
            var bytes = valid[..random.Next(valid.Length + 1)];
            for (var m = random.Next(1, 4); m > 0 && bytes.Length > 0; m--)
            {
                bytes[random.Next(bytes.Length)] = random.Next(2) == 0 ? interesting[random.Next(interesting.Length)] : (byte)random.Next(256);
            }

            var builder = ParseJson(bytes);

            Assert.All(builder.Errors, e => Assert.True(e.Origin.Line >= 1 && e.Origin.Column >= 1, e.ToString()));
        }
    }
}
