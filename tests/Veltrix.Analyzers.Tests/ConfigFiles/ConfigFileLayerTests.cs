using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Veltrix.Analyzers.ConfigFiles;
using Veltrix.Analyzers.Diagnostics;
using Veltrix.Analyzers.Tests.Infrastructure;
using static Veltrix.Analyzers.Tests.ConfigFiles.ConfigFileTest;

namespace Veltrix.Analyzers.Tests.ConfigFiles;

/// <summary>
/// Stacks stated with <see cref="ConfigFileAnalyzer.LayeredOverMetadata"/> (how deploy tools describe environment
/// files and mounted directories over the JSON files), and the defaults of a schema compiled into a referenced
/// assembly, read from the JSON Schema its generator embedded.
/// </summary>
public sealed class ConfigFileLayerTests
{
    private const string Source = """
        #nullable enable
        using System;
        using System.ComponentModel.DataAnnotations;
        using Veltrix;

        [VeltrixConfig("Server")]
        public sealed partial class ServerConfig
        {
            [Required] public string? Name { get; init; }
            public TimeoutSection Timeouts { get; init; } = new();
        }

        public sealed partial class TimeoutSection
        {
            [Timeout(TimeoutScope.Overall)] public TimeSpan Request { get; init; } = TimeSpan.FromSeconds(30);
            [Timeout(TimeoutScope.PerAttempt)] public TimeSpan Attempt { get; init; } = TimeSpan.FromSeconds(15);
            [RetryCount] public int Retries { get; init; }
        }
        """;

    private const string Base = """{ "Server": { "Name": "a", "Timeouts": { "Request": "00:00:20" } } }""";

    private const string Layer = """{ "Server": { "Timeouts": { "Retries": 1 } } }""";

    [Fact]
    public async Task LayeredOver_RuleJudgedOnTheStacksValues()
    {
        // Two attempts of the 15 s default exceed the 20 s the base sets; the layer alone (with the 30 s default) is fine.
        var test = Create(Source, ("/deploy/appsettings.json", Base), ("/deploy/layer.json", Layer));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", """
            is_global = true

            [/deploy/layer.json]
            build_metadata.AdditionalFiles.VeltrixConfigFile = true
            build_metadata.AdditionalFiles.VeltrixConfigLayeredOver = /deploy/appsettings.json
            """));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.RetriesExceedOverallTimeout, "/deploy/layer.json", 1, 40, 1)
            .WithArguments("2", "Retries", "Attempt", "00:00:15", "00:00:30", "Request", "00:00:20", "0"));

        await test.RunAsync();
    }

    [Fact]
    public async Task NotLayered_FileJudgedOnItsOwn()
    {
        var test = Create(Source, ("/deploy/appsettings.json", Base), ("/deploy/layer.json", Layer));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", """
            is_global = true

            [/deploy/layer.json]
            build_metadata.AdditionalFiles.VeltrixConfigFile = true
            """));

        await test.RunAsync();
    }

    [Fact]
    public async Task LayeredOver_RequiredKey_ReportedOnceByTheTopOfTheStack()
    {
        var test = Create(Source, ("/deploy/appsettings.json", """{ "Server": { } }"""), ("/deploy/layer.json", "{ }"));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", """
            is_global = true

            [/deploy/layer.json]
            build_metadata.AdditionalFiles.VeltrixConfigFile = true
            build_metadata.AdditionalFiles.VeltrixConfigLayeredOver = /deploy/appsettings.json
            build_metadata.AdditionalFiles.VeltrixConfigEnvironment = Production
            """));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileRequiredKeyMissing, "/deploy/layer.json", 1, 1, 1)
            .WithArguments("Server:Name", "environment 'Production' (appsettings.json + layer.json)"));

        await test.RunAsync();
    }

    [Fact]
    public async Task SchemaInReferencedAssembly_DefaultsReadFromItsEmbeddedJsonSchema()
    {
        // What the generator embeds, reduced to the defaults: Request 20 s here (the initializer says 30 s, but a
        // referenced assembly has no initializer syntax to read), Attempt 15 s.
        const string Embedded = """
            {"type":"object","properties":{"Server":{"allOf":[{"$ref":"#/definitions/ServerConfig"}]}},
             "definitions":{
               "ServerConfig":{"type":"object","properties":{"Timeouts":{"allOf":[{"$ref":"#/definitions/TimeoutSection"}]}}},
               "TimeoutSection":{"type":"object","properties":{"Request":{"type":"string","default":"00:00:20"},"Attempt":{"type":"string","default":"00:00:15"},"Retries":{"type":"integer","default":0}}}}}
            """;
        var library = Compile(Source.Replace(
            "[VeltrixConfig(",
            "[assembly: System.Reflection.AssemblyMetadata(\"Veltrix.JsonSchema:ServerConfig\", " + SymbolDisplay.FormatLiteral(Embedded, quote: true) + ")]\n\n[VeltrixConfig(",
            StringComparison.Ordinal));

        var test = Create("internal static class App { }", ("/app/appsettings.json", """{ "Server": { "Name": "a", "Timeouts": { "Retries": 1 } } }"""));
        test.TestState.AdditionalReferences.Add(library);
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.RetriesExceedOverallTimeout, "/app/appsettings.json", 1, 53, 1)
            .WithArguments("2", "Retries", "Attempt", "00:00:15", "00:00:30", "Request", "00:00:20", "0"));

        await test.RunAsync();
    }

    private static PortableExecutableReference Compile(string source)
    {
        var compilation = CSharpCompilation.Create(
            "SchemaLibrary",
            [CSharpSyntaxTree.ParseText(source)],
            [.. TestReferences.Net100, TestReferences.Veltrix],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
