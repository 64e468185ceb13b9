using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Veltrix.Generators.Tests.Infrastructure;
using Xunit;
using Schema = NJsonSchema.JsonSchema;

namespace Veltrix.Generators.Tests.JsonSchema;

/// <summary>
/// The emitted JSON Schema, read by a published validator (NJsonSchema, draft-07), accepts what the runtime binds
/// and rejects what it would reject: unknown keys, wrong types, out-of-range numbers, unknown enum names, patterns,
/// lengths and missing required keys. Case variants of keys and the runtime's string forms of numbers are accepted.
/// </summary>
public sealed class JsonSchemaTests
{
    private const string Source = """
        using System;
        using System.Collections.Generic;
        using System.ComponentModel.DataAnnotations;
        using Veltrix;

        namespace Demo;

        public enum Mode { Fifo, Lifo, Priority }

        [Flags] public enum Access { None = 0, Read = 1, Write = 2 }

        [VeltrixConfig("App:Server")]
        public sealed partial class ServerConfig
        {
            /// <summary>The instance name.</summary>
            [Required] public string Name { get; init; } = "";
            [Range(1, 65535)] public int Port { get; init; } = 8080;
            public Mode Mode { get; init; }
            public Access Access { get; init; }
            [RegularExpression("[a-z]+"), StringLength(8, MinimumLength = 2)] public string Region { get; init; } = "eu";
            [MinLength(1)] public List<EndpointConfig> Endpoints { get; init; } = [];
            public Dictionary<string, int> Weights { get; init; } = new();
            public CacheSection? Cache { get; init; }
            public bool Enabled { get; init; } = true;
            [Range(0.0, 1.0)] public double Ratio { get; init; } = 0.5;
        }

        public sealed partial class EndpointConfig
        {
            [Required] public string? Url { get; init; }
            public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(5);
        }

        public sealed partial class CacheSection
        {
            [CacheSize] public int MaxEntries { get; init; } = 1000;
        }
        """;

    private static readonly Lazy<Task<Schema>> LazySchema = new(LoadSchema);

    public static TheoryData<string> GoodDocuments =>
    [
        """{ "$schema": "x.json", "Logging": { "Level": "Debug" }, "App": { "Server": { "Name": "orders" } } }""",
        """
        {
          "App": { "Server": {
            "Name": "orders", "port": "0x1F90", "Mode": "priority", "Region": "eu",
            "Endpoints": [ { "Url": "http://a", "Timeout": "00:00:30" } ],
            "Weights": { "a": 1, "b": "2" }, "Cache": null, "Enabled": "True", "Ratio": 0.25
          } }
        }
        """,
        """{ "App": { "Server": { "Name": "x", "Endpoints": { "0": { "Url": "u" } }, "Cache": { "MaxEntries": 5 }, "Mode": 2 } } }""",
        """{ "App": { "Server": { "Name": "x", "Mode": " lifo ", "Access": 3 } } }""",
        """{ "App": { "Server": { "Name": "x", "Access": "Read, write" } } }""",
    ];

    public static TheoryData<string, string> BadDocuments => new()
    {
        { """{ "App": { "Server": { "Name": "x", "Prot": 1 } } }""", "Prot" },
        { """{ "App": { "Server": { "Name": "x", "Port": 70000 } } }""", "Port" },
        { """{ "App": { "Server": { "Name": "x", "Port": "abc" } } }""", "Port" },
        { """{ "App": { "Server": { "Name": "x", "Mode": "Priorty" } } }""", "Mode" },
        { """{ "App": { "Server": { "Name": "x", "Mode": 7 } } }""", "Mode" },
        { """{ "App": { "Server": { "Name": "x", "Mode": "Fifo, Lifo" } } }""", "Mode" },
        { """{ "App": { "Server": { "Name": "x", "Access": 4 } } }""", "Access" },
        { """{ "App": { "Server": { "Name": "x", "Region": "EU-1" } } }""", "Region" },
        { """{ "App": { "Server": { "Name": "x", "Region": "abcdefghij" } } }""", "Region" },
        { """{ "App": { "Server": { "Name": "x", "Endpoints": [] } } }""", "Endpoints" },
        { """{ "App": { "Server": { "Name": "x", "Endpoints": [ { "Timeout": "soon" } ] } } }""", "Url" },
        { """{ "App": { "Server": { "Name": "x", "Weights": { "a": "many" } } } }""", "a" },
        { """{ "App": { "Server": { "Name": "x", "Enabled": "yes" } } }""", "Enabled" },
        { """{ "App": { "Server": { "Name": "x", "Ratio": 1.5 } } }""", "Ratio" },
        { """{ "App": { "Server": { "Port": 80 } } }""", "Name" },
        { """{ "App": { "Server": { "Name": "x", "Cache": { "MaxEntires": 5 } } } }""", "MaxEntires" },
    };

    [Theory]
    [MemberData(nameof(GoodDocuments))]
    public async Task Validate_DocumentTheRuntimeBinds_NoErrors(string document)
    {
        var schema = await LazySchema.Value;

        var errors = schema.Validate(document);

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(static e => e.ToString())));
    }

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public async Task Validate_DocumentTheRuntimeRejects_ErrorNamesTheKey(string document, string key)
    {
        var schema = await LazySchema.Value;

        var errors = schema.Validate(document);

        Assert.NotEmpty(errors);
        Assert.Contains(key, string.Join("\n", errors.Select(Describe)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schema_Always_CarriesDefaultsDescriptionsEnumNamesAndRequiredKeys()
    {
        var schema = await LazySchema.Value;
        var server = schema.Definitions["ServerConfig"];

        Assert.Equal("The instance name.", server.Properties["Name"].Description);
        Assert.Equal(8080L, Convert.ToInt64(server.Properties["Port"].Default, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(65535m, server.Properties["Port"].Maximum);
        Assert.Contains("Name", server.RequiredProperties);
        Assert.Equal(["Fifo", "Lifo", "Priority"], server.Properties["Mode"].AnyOf.First().Enumeration.Select(static e => (string)e!));
    }

    [Fact]
    public void KeyReference_Always_ListsPathTypeDefaultVariableAndDescription()
    {
        var reference = Metadata("Veltrix.KeyReference:ServerConfig");

        Assert.Contains("| `App:Server:Name` | string | `` | yes | `App__Server__Name` | The instance name. |", reference, StringComparison.Ordinal);
        Assert.Contains("| `App:Server:Endpoints:*:Timeout` | TimeSpan | `00:00:05` |  | `App__Server__Endpoints__0__Timeout` |  |", reference, StringComparison.Ordinal);
        Assert.Contains("| `App:Server:Cache:MaxEntries` | int [CacheSize] | `1000` |", reference, StringComparison.Ordinal);
    }

    private static string Describe(NJsonSchema.Validation.ValidationError error)
        => error is NJsonSchema.Validation.ChildSchemaValidationError child
            ? error + " " + string.Join(" ", child.Errors.SelectMany(static e => e.Value).Select(Describe))
            : error.ToString() + " " + error.Path + " " + error.Property;

    private static Task<Schema> LoadSchema() => Schema.FromJsonAsync(Metadata("Veltrix.JsonSchema:ServerConfig"));

    // The value of an [assembly: AssemblyMetadata(key, value)] the generator emitted, as the compiler reads it.
    private static string Metadata(string key)
    {
        var result = GeneratorRunner.Run(Source);
        var documents = result.GetSource("Demo.ServerConfig.Documents.g.cs");
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
