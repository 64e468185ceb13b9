using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Veltrix.Benchmarks.Analyzers;

/// <summary>
/// What the Veltrix analyzers cost a build (and the IDE, which runs them as the user types), against the analyzer
/// driver's own floor measured in the same run: over a project of 1,000 files that references Veltrix, with no schema
/// type (<see cref="AnalyzedProject.NoSchemaTypes"/>) or with 1,000 of them (<see cref="AnalyzedProject.SchemaTypes"/>),
/// <see cref="VeltrixAnalyzers"/> runs every <see cref="DiagnosticAnalyzer"/> of the analyzer assembly (found by
/// reflection, so that rules added later are included), <see cref="DriverFloor"/> runs a do-nothing analyzer
/// (<see cref="DriverFloorAnalyzer"/>) and <see cref="CompilerOnly"/> the compiler alone, all on fresh clones of the
/// same compilation. The ratio of <see cref="VeltrixAnalyzers"/> to <see cref="DriverFloor"/> is what the Veltrix
/// rules add (docs/benchmarks.md, "Analyzer cost").
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private const int TypeCount = 1_000;

    // As the compiler runs analyzers: concurrently, and without timing each action (csc does only with /reportanalyzer).
    private static readonly CompilationWithAnalyzersOptions Options =
        new(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false);

    private ImmutableArray<DiagnosticAnalyzer> _veltrix;
    private ImmutableArray<DiagnosticAnalyzer> _floor;
    private CSharpCompilation _compilation = null!;

    /// <summary>The project analyzed.</summary>
    [Params(AnalyzedProject.NoSchemaTypes, AnalyzedProject.SchemaTypes)]
    public AnalyzedProject Project { get; set; }

    /// <summary>Builds the compilation, instantiates the analyzers and checks what each reports.</summary>
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

        _veltrix = analyzers.ToImmutable();
        _floor = [new DriverFloorAnalyzer()];
        _compilation = Compile(Project);
        var errors = _compilation.GetDiagnostics().Where(static d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The benchmark source does not compile: " + errors[0]);
        }

        // One warm run of each, and a check that the analyzers really see the schema types (every tenth has a cache
        // size of 0, VLX1001) and report nothing on the plain ones, and that the floor reports nothing at all.
        var reported = Run(_veltrix).Result;
        var expected = Project == AnalyzedProject.SchemaTypes ? TypeCount / 10 : 0;
        if (reported.Length != expected || reported.Any(static d => d.Id != "VLX1001"))
        {
            throw new InvalidOperationException($"{Project}: expected {expected} VLX1001, the analyzers reported {reported.Length}: {string.Join(", ", reported.Take(3))}");
        }

        var floor = Run(_floor).Result;
        if (floor.Length != 0)
        {
            throw new InvalidOperationException($"The do-nothing analyzer reported {floor[0]}");
        }

        Console.WriteLine($"// {Project}: {_veltrix.Length} Veltrix analyzers, {reported.Length} diagnostics over {TypeCount} files");
    }

    /// <summary>The compiler alone: binding and checking the whole project, which every analyzer run causes too.</summary>
    [Benchmark]
    public ImmutableArray<Diagnostic> CompilerOnly() => _compilation.Clone().GetDiagnostics();

    /// <summary>A do-nothing analyzer: the analyzer driver's own floor.</summary>
    [Benchmark(Baseline = true)]
    public Task<ImmutableArray<Diagnostic>> DriverFloor() => Run(_floor);

    /// <summary>Every Veltrix analyzer.</summary>
    [Benchmark]
    public Task<ImmutableArray<Diagnostic>> VeltrixAnalyzers() => Run(_veltrix);

    private Task<ImmutableArray<Diagnostic>> Run(ImmutableArray<DiagnosticAnalyzer> analyzers)
        => _compilation.Clone().WithAnalyzers(analyzers, Options).GetAnalyzerDiagnosticsAsync();

    private static CSharpCompilation Compile(AnalyzedProject project)
    {
        var withSchema = project == AnalyzedProject.SchemaTypes;
        var trees = new List<SyntaxTree>(TypeCount);
        for (var i = 0; i < TypeCount; i++)
        {
            trees.Add(CSharpSyntaxTree.ParseText(Source(i, withSchema), path: $"Type{i}.cs"));
        }

        return CSharpCompilation.Create(project.ToString(), trees, References(), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }

    /// <summary>
    /// What an application that uses Veltrix references: the shared framework, the Veltrix runtime and
    /// <c>IConfiguration</c> (so that every rule is registered). Not the benchmark process's own assemblies, which
    /// include schemas of up to 10,000 keys compiled into this project.
    /// </summary>
    private static List<MetadataReference> References()
    {
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location);
        var references = new List<MetadataReference>();
        foreach (var path in ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator))
        {
            if (string.Equals(Path.GetDirectoryName(path), framework, StringComparison.Ordinal))
            {
                references.Add(MetadataReference.CreateFromFile(path));
            }
        }

        references.Add(MetadataReference.CreateFromFile(typeof(VeltrixConfigAttribute).Assembly.Location));
        references.Add(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Configuration.IConfiguration).Assembly.Location));
        references.Add(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Primitives.IChangeToken).Assembly.Location));
        return references;
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
