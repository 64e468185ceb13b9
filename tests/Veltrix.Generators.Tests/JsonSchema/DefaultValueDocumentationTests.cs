using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Veltrix.Generators.Tests.Infrastructure;
using Xunit;
using Schema = NJsonSchema.JsonSchema;

namespace Veltrix.Generators.Tests.JsonSchema;

/// <summary>
/// An initializer the generator cannot evaluate (<c>TimeSpan.Parse("00:05:00")</c>, <c>Enum.Parse&lt;Mode&gt;("Lifo")</c>)
/// is documented by the member's <c>[DefaultValue]</c> in the JSON Schema and the key reference; a recognised
/// initializer wins, and a <c>[DefaultValue]</c> of another type documents nothing.
/// </summary>
public sealed class DefaultValueDocumentationTests
{
    private const string Source = """
        using System;
        using System.ComponentModel;
        using Veltrix;

        namespace Demo;

        public enum Mode { Fifo, Lifo }

        [VeltrixConfig("Jobs")]
        public sealed partial class JobsConfig
        {
            [DefaultValue(typeof(TimeSpan), "00:05:00")] public TimeSpan Interval { get; init; } = TimeSpan.Parse("00:05:00");
            [DefaultValue("0:0:30")] public TimeSpan Grace { get; init; } = TimeSpan.Parse("00:00:30");
            [DefaultValue(Mode.Lifo)] public Mode Order { get; init; } = Enum.Parse<Mode>("Lifo");
            [DefaultValue("fifo")] public Mode Fallback { get; init; } = Enum.Parse<Mode>("Fifo");
            [DefaultValue(8)] public int Workers { get; init; } = Environment.ProcessorCount;
            [DefaultValue(99)] public int Retries { get; init; } = 3;
            [DefaultValue("soon")] public TimeSpan Bad { get; init; } = TimeSpan.Parse("00:00:01");
            [DefaultValue(typeof(int), "5")] public TimeSpan Mismatch { get; init; } = TimeSpan.Parse("00:00:05");
            [DefaultValue(7)] public int NoInitializer { get; init; }
        }
        """;

    [Fact]
    public async Task Schema_DefaultValueAttributeOnComputedInitializer_IsTheDefault()
    {
        var properties = (await Schema.FromJsonAsync(Metadata("Veltrix.JsonSchema:JobsConfig"))).Definitions["JobsConfig"].Properties;

        Assert.Equal("00:05:00", properties["Interval"].Default);
        Assert.Equal("00:00:30", properties["Grace"].Default);
        Assert.Equal("Lifo", properties["Order"].Default);
        Assert.Equal("Fifo", properties["Fallback"].Default);
        Assert.Equal(8L, Convert.ToInt64(properties["Workers"].Default, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Schema_RecognisedInitializerOrUnusableDefaultValue_NotOverridden()
    {
        var properties = (await Schema.FromJsonAsync(Metadata("Veltrix.JsonSchema:JobsConfig"))).Definitions["JobsConfig"].Properties;

        // The initializer is what binding keeps: the attribute does not contradict it.
        Assert.Equal(3L, Convert.ToInt64(properties["Retries"].Default, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Null(properties["Bad"].Default);
        Assert.Null(properties["Mismatch"].Default);
        Assert.Null(properties["NoInitializer"].Default);
    }

    [Fact]
    public void KeyReference_DefaultValueAttributeOnComputedInitializer_ListsTheDefault()
    {
        var reference = Metadata("Veltrix.KeyReference:JobsConfig");

        Assert.Contains("| `Jobs:Interval` | TimeSpan | `00:05:00` |", reference, StringComparison.Ordinal);
        Assert.Contains("| `Jobs:Order` | Mode | `Lifo` |", reference, StringComparison.Ordinal);
        Assert.Contains("| `Jobs:Workers` | int | `8` |", reference, StringComparison.Ordinal);
        Assert.Contains("| `Jobs:Mismatch` | TimeSpan |  |", reference, StringComparison.Ordinal);
    }

    // The value of an [assembly: AssemblyMetadata(key, value)] the generator emitted, as the compiler reads it.
    private static string Metadata(string key)
    {
        var result = GeneratorRunner.Run(Source);
        result.AssertOutputCompilesCleanly();
        var documents = result.GetSource("Demo.JobsConfig.Documents.g.cs");
        foreach (var attribute in CSharpSyntaxTree.ParseText(documents).GetRoot().DescendantNodes().OfType<AttributeSyntax>())
        {
            var arguments = attribute.ArgumentList!.Arguments;
            if (arguments[0].Expression is LiteralExpressionSyntax { Token.ValueText: var name } && name == key)
            {
                return ((LiteralExpressionSyntax)arguments[1].Expression).Token.ValueText;
            }
        }

        throw new InvalidOperationException("No " + key + " in the generated documents.");
    }
}
