using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Veltrix.Benchmarks.Analyzers;

/// <summary>
/// What the Veltrix analyzers cost a build (and the IDE, which runs them as the user types): every
/// <see cref="DiagnosticAnalyzer"/> of the analyzer assembly, found by reflection so that rules added later are
/// included, run through <see cref="CompilationWithAnalyzers.GetAnalyzerDiagnosticsAsync()"/> over a project of
/// 1,000 schema types (one file each, every member with a role attribute and a value) and over a project of the same
/// size with no schema types. <see cref="CompilerOnly"/> is the compiler's own binding of the schema project, for scale:
/// analyzer runs bind the same code, so the analyzers' own cost is the difference.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private const int TypeCount = 1_000;

    private ImmutableArray<DiagnosticAnalyzer> _analyzers;
    private CSharpCompilation _schemas = null!;
    private CSharpCompilation _plain = null!;

    /// <summary>Builds both compilations and instantiates the analyzers.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var analyzerAssembly = typeof(Veltrix.Analyzers.Settings.SettingValuesAnalyzer).Assembly;
        var analyzers = ImmutableArray.CreateBuilder<DiagnosticAnalyzer>();
        foreach (var type in analyzerAssembly.GetTypes())
        {
            if (!type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type))
            {
                analyzers.Add((DiagnosticAnalyzer)Activator.CreateInstance(type)!);
            }
        }

        _analyzers = analyzers.ToImmutable();
        _schemas = Compile("Schemas", withSchema: true);
        _plain = Compile("Plain", withSchema: false);
        foreach (var compilation in new[] { _schemas, _plain })
        {
            var errors = compilation.GetDiagnostics().Where(static d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count > 0)
            {
                throw new InvalidOperationException("The benchmark source does not compile: " + errors[0]);
            }
        }

        // One warm run, and a check that the analyzers really see the schema types: every tenth one has a bad value.
        var reported = Run(_schemas).Result;
        Console.WriteLine($"// {_analyzers.Length} analyzers; {reported.Length} diagnostics over {TypeCount} schema types; {Run(_plain).Result.Length} over {TypeCount} plain types");
    }

    /// <summary>All analyzers over 1,000 schema types.</summary>
    [Benchmark]
    public Task<ImmutableArray<Diagnostic>> SchemaTypes1000() => Run(_schemas);

    /// <summary>All analyzers over 1,000 types with no Veltrix attribute (Veltrix referenced).</summary>
    [Benchmark]
    public Task<ImmutableArray<Diagnostic>> NoSchemaTypes() => Run(_plain);

    /// <summary>The compiler alone binding the schema project: the floor every analyzer run pays too.</summary>
    [Benchmark(Baseline = true)]
    public ImmutableArray<Diagnostic> CompilerOnly() => _schemas.Clone().GetDiagnostics();

    private Task<ImmutableArray<Diagnostic>> Run(CSharpCompilation compilation)
        => compilation.Clone().WithAnalyzers(_analyzers).GetAnalyzerDiagnosticsAsync();

    private static CSharpCompilation Compile(string name, bool withSchema)
    {
        var trees = new List<SyntaxTree>(TypeCount);
        for (var i = 0; i < TypeCount; i++)
        {
            trees.Add(CSharpSyntaxTree.ParseText(Source(i, withSchema), path: $"Type{i}.cs"));
        }

        var references = new List<MetadataReference>();
        foreach (var path in ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator))
        {
            references.Add(MetadataReference.CreateFromFile(path));
        }

        references.Add(MetadataReference.CreateFromFile(typeof(VeltrixConfigAttribute).Assembly.Location));
        return CSharpCompilation.Create(name, trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }

    private static string Source(int i, bool withSchema)
    {
        var n = i.ToString(CultureInfo.InvariantCulture);
        var bad = i % 10 == 0;
        var text = new StringBuilder()
            .AppendLine("using System;")
            .AppendLine("using Veltrix;")
            .AppendLine("namespace Bench;")
            .AppendLine(withSchema ? $"[VeltrixConfig(\"Section{n}\")]" : string.Empty)
            .AppendLine($"public sealed partial class Schema{n}")
            .AppendLine("{")
            .AppendLine($"    {(withSchema ? "[CacheSize] " : string.Empty)}public int MaxEntries {{ get; init; }} = {(bad ? "0" : "10_000")};")
            .AppendLine($"    {(withSchema ? "[CacheTtl] " : string.Empty)}public TimeSpan Ttl {{ get; init; }} = TimeSpan.FromMinutes(5);")
            .AppendLine($"    {(withSchema ? "[ThreadCount, AtMost(nameof(MaxWorkers))] " : string.Empty)}public int Workers {{ get; init; }} = 8;")
            .AppendLine($"    {(withSchema ? "[ThreadCount] " : string.Empty)}public int MaxWorkers {{ get; init; }} = 64;")
            .AppendLine($"    {(withSchema ? "[QueueCapacity] " : string.Empty)}public int Queue {{ get; init; }} = 1_000;")
            .AppendLine($"    {(withSchema ? "[RetryCount] " : string.Empty)}public int Retries {{ get; init; }} = 2;")
            .AppendLine($"    {(withSchema ? "[Timeout(TimeoutScope.PerAttempt)] " : string.Empty)}public TimeSpan AttemptTimeout {{ get; init; }} = TimeSpan.FromSeconds(5);")
            .AppendLine($"    {(withSchema ? "[Timeout(TimeoutScope.Overall)] " : string.Empty)}public TimeSpan OverallTimeout {{ get; init; }} = TimeSpan.FromSeconds(30);")
            .AppendLine("    public string Host { get; init; } = \"localhost\";")
            .AppendLine("    public int Port { get; init; } = 8080;")
            .AppendLine($"    public string Describe() => Host + \":\" + Port.ToString(System.Globalization.CultureInfo.InvariantCulture) + \"/{n}\";")
            .AppendLine("}");
        return text.ToString();
    }
}
