using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Veltrix.Generators;

namespace Veltrix.Benchmarks.Generators;

/// <summary>
/// The Veltrix generator over a project of 10, 100 or 1,000 schema types (one file each, 8 keys of mixed types,
/// one nested section): a cold run with a new <c>GeneratorDriver</c>, and an edit of one schema's file with a kept
/// driver, as the IDE runs it on every keystroke. The edit must cost a small fraction of the cold run.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private CSharpCompilation _unrelatedEdited = null!;
    private GeneratorDriver _driver = null!;
    private GeneratorDriver _floorDriver = null!;
    private bool _toggle;
    private bool _floorToggle;
    private bool _unrelatedToggle;

    /// <summary>The number of <c>[VeltrixConfig]</c> types in the project.</summary>
    [Params(10, 100, 1_000)]
    public int Schemas { get; set; }

    /// <summary>Builds the compilation and its one-schema edit, runs the kept driver over both once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var trees = new SyntaxTree[Schemas + 1];
        for (var i = 0; i < Schemas; i++)
        {
            trees[i] = Parse(i, defaultPort: 8080);
        }

        trees[Schemas] = ParseUnrelated(retries: 3);

        ImmutableArray<MetadataReference> references =
        [
            .. Basic.Reference.Assemblies.Net100.References.All,
            MetadataReference.CreateFromFile(typeof(VeltrixConfigAttribute).Assembly.Location),
        ];
        _compilation = CSharpCompilation.Create(
            "Veltrix.Benchmarks.GeneratorInput",
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        // The edit: a changed default in the middle schema's file, as typing in it does.
        var edited = Schemas / 2;
        _edited = _compilation.ReplaceSyntaxTree(trees[edited], Parse(edited, defaultPort: 9090));

        // An edit that no schema depends on: a method body in a file without schemas.
        _unrelatedEdited = _compilation.ReplaceSyntaxTree(trees[Schemas], ParseUnrelated(retries: 4));

        var cold = Cold();
        var result = cold.GetRunResult();
        if (result.Diagnostics.Length > 0 || result.Results[0].Exception is not null || result.GeneratedTrees.Length < Schemas)
        {
            throw new InvalidOperationException($"The generator failed: {result.Results[0].Exception} {string.Join("; ", result.Diagnostics)}");
        }

        _driver = cold;
        Edit();
        Edit();
        UnrelatedEdit();
        UnrelatedEdit();

        _floorDriver = CSharpGeneratorDriver.Create([new AttributeOnlyGenerator().AsSourceGenerator()], parseOptions: ParseOptions)
            .RunGenerators(_compilation);
        EditFloor();
        EditFloor();
    }

    /// <summary>A new driver over the whole project: a build, or the first run in an IDE.</summary>
    [Benchmark(Baseline = true, Description = "cold run, new GeneratorDriver")]
    public GeneratorDriver Cold()
        => CSharpGeneratorDriver.Create([new ConfigGenerator().AsSourceGenerator()], parseOptions: ParseOptions, driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false))
            .RunGenerators(_compilation);

    /// <summary>The kept driver after one schema's file changed (alternately to and from the edit).</summary>
    [Benchmark(Description = "one-schema edit, kept GeneratorDriver")]
    public GeneratorDriver Edit()
    {
        _toggle = !_toggle;
        _driver = _driver.RunGenerators(_toggle ? _edited : _compilation);
        return _driver;
    }

    /// <summary>The kept driver after a file without schemas changed (alternately to and from the edit).</summary>
    [Benchmark(Description = "unrelated edit, kept GeneratorDriver")]
    public GeneratorDriver UnrelatedEdit()
    {
        _unrelatedToggle = !_unrelatedToggle;
        _driver = _driver.RunGenerators(_unrelatedToggle ? _unrelatedEdited : _compilation);
        return _driver;
    }

    /// <summary>
    /// The same edit with a kept driver of <see cref="AttributeOnlyGenerator"/>: what any generator that finds the
    /// schemas this way pays, so that the Veltrix generator's own share of an edit is the difference.
    /// </summary>
    [Benchmark(Description = "one-schema edit, kept driver of a generator that only finds the schemas")]
    public GeneratorDriver EditFloor()
    {
        _floorToggle = !_floorToggle;
        _floorDriver = _floorDriver.RunGenerators(_floorToggle ? _edited : _compilation);
        return _floorDriver;
    }

    private static SyntaxTree Parse(int index, int defaultPort)
    {
        var n = index.ToString(CultureInfo.InvariantCulture);
        var source = $$"""
            using System;
            using System.Collections.Immutable;
            using Veltrix;

            namespace Demo.Schemas{{n}};

            [VeltrixConfig("Service{{n}}")]
            public sealed partial class Service{{n}}Config
            {
                public string Host { get; init; } = "localhost";
                public int Port { get; init; } = {{defaultPort.ToString(CultureInfo.InvariantCulture)}};
                public bool UseTls { get; init; } = true;
                public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
                public double SampleRate { get; init; } = 0.25;
                public ImmutableArray<string> Tags { get; init; } = [];
                public Service{{n}}Cache Cache { get; init; } = new();
            }

            public sealed partial class Service{{n}}Cache
            {
                public int MaxEntries { get; init; } = 1000;
                public TimeSpan Ttl { get; init; } = TimeSpan.FromMinutes(5);
            }
            """;
        return CSharpSyntaxTree.ParseText(source, ParseOptions, $"Service{n}Config.cs", Encoding.UTF8);
    }

    private static SyntaxTree ParseUnrelated(int retries)
    {
        var source = $$"""
            namespace Demo;

            public static class Retry
            {
                public static int Attempts(int failures) => failures < {{retries.ToString(CultureInfo.InvariantCulture)}} ? failures + 1 : 0;
            }
            """;
        return CSharpSyntaxTree.ParseText(source, ParseOptions, "Retry.cs", Encoding.UTF8);
    }
}
