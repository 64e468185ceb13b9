using Veltrix.Generators.Tests.Infrastructure;
using Xunit;

namespace Veltrix.Generators.Tests;

/// <summary>
/// A literal initializer of the member's own type is read from its token, without binding; any other initializer is
/// bound. Parenthesised, the same literal takes the bound path: both must give the same output, byte for byte.
/// </summary>
public sealed class LiteralDefaultTests
{
    [Theory]
    [InlineData("string", "\"localhost\"")]
    [InlineData("string", "\"tab\\t \\\"quoted\\\" \\u00e9 \\U0001F600\"")]
    [InlineData("string", "@\"C:\\data\\\"\"x\"\"\"")]
    [InlineData("string", "\"\"\"\n            raw \"quoted\" text\n            \"\"\"")]
    [InlineData("string", "\"\"")]
    [InlineData("string?", "\"nullable\"")]
    [InlineData("char", "'x'")]
    [InlineData("char", "'\\n'")]
    [InlineData("bool", "true")]
    [InlineData("bool", "false")]
    [InlineData("int", "8080")]
    [InlineData("int", "0x7FFF_FFFF")]
    [InlineData("int", "0b1010")]
    [InlineData("uint", "42u")]
    [InlineData("long", "9_000_000_000")]
    [InlineData("long", "5L")]
    [InlineData("ulong", "18446744073709551615")]
    [InlineData("float", "1.5f")]
    [InlineData("float", "3.4028235E+38f")]
    [InlineData("double", "0.25")]
    [InlineData("double", "1e-7")]
    [InlineData("double", "1.7976931348623157E+308")]
    [InlineData("decimal", "19.990m")]
    [InlineData("decimal", "0.0000000000000000000000000001m")]
    public void Initializer_LiteralOfMemberType_SameOutputAsBoundLiteral(string type, string literal)
    {
        var read = GeneratorRunner.Run(Schema(type, literal));
        var bound = GeneratorRunner.Run(Schema(type, "(" + literal + ")"));

        Assert.Empty(read.GeneratorDiagnostics);
        // The documents state the default, so the comparison covers the value read.
        Assert.Contains(read.GeneratedSources, static source => source.SourceText.ToString().Contains("default\\\"", StringComparison.Ordinal));
        var readSources = read.GeneratedSources;
        var boundSources = bound.GeneratedSources;
        Assert.Equal(boundSources.Length, readSources.Length);
        for (var i = 0; i < readSources.Length; i++)
        {
            Assert.Equal(boundSources[i].HintName, readSources[i].HintName);
            Assert.Equal(boundSources[i].SourceText.ToString(), readSources[i].SourceText.ToString());
        }
    }

    private static string Schema(string type, string initializer) => $$"""
        using Veltrix;

        namespace Demo;

        [VeltrixConfig("Literal")]
        public sealed partial class LiteralConfig
        {
            public {{type}} Value { get; init; } = {{initializer}};
        }
        """;
}
