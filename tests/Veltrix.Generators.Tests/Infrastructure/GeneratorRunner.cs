using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Veltrix.Generators.Tests.Infrastructure;

/// <summary>
/// Runs <see cref="ConfigGenerator"/> (or another incremental generator) over test sources the way the compiler
/// does, and checks on every run that the pipeline is cacheable: a second run over an equivalent compilation
/// must find every tracked step cached, and no step output may hold symbols, syntax or other non-equatable values.
/// </summary>
internal static class GeneratorRunner
{
    /// <summary>Parse options of user sources and of generated sources: latest C#, doc comments checked.</summary>
    /// <remarks>
    /// <see cref="DocumentationMode.Diagnose"/> makes the compiler check XML doc comments in generated code
    /// (a description copied into a <c>&lt;summary&gt;</c> must stay well-formed), as a project with
    /// <c>GenerateDocumentationFile</c> does.
    /// </remarks>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    /// <summary>
    /// Compilation options of a strict consumer: nullable enabled, every warning wave, warnings as errors
    /// (as <c>TreatWarningsAsErrors</c> does).
    /// </summary>
    public static readonly CSharpCompilationOptions CompilationOptions = new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Enable,
        warningLevel: 9999,
        generalDiagnosticOption: ReportDiagnostic.Error,
        deterministic: true);

    private static readonly ImmutableArray<MetadataReference> References =
    [
        .. Basic.Reference.Assemblies.Net100.References.All,
        MetadataReference.CreateFromFile(typeof(VeltrixConfigAttribute).Assembly.Location),
    ];

    private static readonly ImmutableArray<string> ConfigGeneratorTrackingNames = ReadTrackingNames(typeof(TrackingNames));

    /// <summary>The step names <see cref="ConfigGenerator"/> tracks (every constant of <c>TrackingNames</c>).</summary>
    public static ImmutableArray<string> TrackingNamesOfConfigGenerator => ConfigGeneratorTrackingNames;

    /// <summary>Source that no generator cares about, used to make an unrelated edit to a compilation.</summary>
    public const string UnrelatedSource = """
        namespace Unrelated;

        /// <summary>A type no generator looks at.</summary>
        public static class UnrelatedHelper
        {
            /// <summary>Adds one.</summary>
            /// <param name="value">The value.</param>
            /// <returns>The value plus one.</returns>
            public static int Increment(int value) => value + 1;
        }
        """;

    /// <summary>Creates a compilation of <paramref name="sources"/> (files <c>Test0.cs</c>, <c>Test1.cs</c>, …).</summary>
    /// <param name="sources">C# sources.</param>
    /// <returns>The compilation, referencing .NET 10 and the Veltrix runtime.</returns>
    public static CSharpCompilation CreateCompilation(params string[] sources)
    {
        var trees = new SyntaxTree[sources.Length];
        for (var i = 0; i < sources.Length; i++)
        {
            trees[i] = ParseSource(sources[i], $"Test{i}.cs");
        }

        return CSharpCompilation.Create("Veltrix.Generators.TestInput", trees, References, CompilationOptions);
    }

    /// <summary>Parses one source with <see cref="ParseOptions"/>.</summary>
    /// <param name="source">The C# text.</param>
    /// <param name="path">The file path the tree reports in diagnostics.</param>
    /// <returns>The syntax tree.</returns>
    public static SyntaxTree ParseSource(string source, string path)
        => CSharpSyntaxTree.ParseText(source, ParseOptions, path, System.Text.Encoding.UTF8);

    /// <summary>Creates a driver for <paramref name="generator"/> with step tracking on.</summary>
    /// <param name="generator">The generator; <see cref="ConfigGenerator"/> when null.</param>
    /// <returns>The driver.</returns>
    public static GeneratorDriver CreateDriver(IIncrementalGenerator? generator = null)
        => CSharpGeneratorDriver.Create(
            [(generator ?? new ConfigGenerator()).AsSourceGenerator()],
            additionalTexts: null,
            parseOptions: ParseOptions,
            optionsProvider: null,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>
    /// Runs <see cref="ConfigGenerator"/> over <paramref name="sources"/>, asserts that the pipeline is cacheable
    /// (see <see cref="Run(CSharpCompilation, IIncrementalGenerator?, ImmutableArray{string}, bool)"/>), and returns
    /// the first run.
    /// </summary>
    /// <param name="sources">C# sources.</param>
    /// <returns>The result of the first run.</returns>
    public static GenerationResult Run(params string[] sources) => Run(CreateCompilation(sources));

    /// <summary>
    /// Runs a generator over <paramref name="compilation"/>, then twice more with the same driver: over a clone of
    /// the compilation and over the compilation plus an unrelated file. Both later runs must report every output of
    /// every tracked step, and every source output, as <see cref="IncrementalStepRunReason.Cached"/> or
    /// <see cref="IncrementalStepRunReason.Unchanged"/>, with outputs equal to the first run's, and no step output may
    /// hold a symbol, syntax node, compilation, semantic model, location or raw array.
    /// </summary>
    /// <param name="compilation">The input compilation.</param>
    /// <param name="generator">The generator; <see cref="ConfigGenerator"/> when null.</param>
    /// <param name="trackingNames">The tracked steps to check; those of <see cref="ConfigGenerator"/> when default.</param>
    /// <param name="assertCacheable">
    /// Whether to fail at once when the later runs were not cached; when false the problems are left in
    /// <see cref="GenerationResult.CacheProblems"/> for the caller to report together with others.
    /// </param>
    /// <returns>The result of the first run.</returns>
    public static GenerationResult Run(
        CSharpCompilation compilation,
        IIncrementalGenerator? generator = null,
        ImmutableArray<string> trackingNames = default,
        bool assertCacheable = true)
    {
        if (trackingNames.IsDefault)
        {
            trackingNames = ConfigGeneratorTrackingNames;
        }

        var driver = CreateDriver(generator);
        var clone = compilation.Clone();
        var withUnrelatedEdit = compilation.AddSyntaxTrees(ParseSource(UnrelatedSource, "Unrelated.cs"));

        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var outputCompilation, out _);
        var first = GenerationResult.Create(compilation, outputCompilation, driver.GetRunResult());

        driver = driver.RunGenerators(clone);
        var cloneProblems = IncrementalAssertions.FindCacheProblems(first.RunResult, driver.GetRunResult(), trackingNames, "a clone of the compilation");

        driver = driver.RunGenerators(withUnrelatedEdit);
        var editProblems = IncrementalAssertions.FindCacheProblems(first.RunResult, driver.GetRunResult(), trackingNames, "the compilation plus an unrelated file");

        first = first with { CacheProblems = cloneProblems is null && editProblems is null ? null : string.Join("\n", cloneProblems, editProblems) };
        if (assertCacheable)
        {
            first.AssertCacheable();
        }

        return first;
    }

    /// <summary>
    /// Runs an existing driver once over <paramref name="compilation"/> without any assertion; for edit sequences
    /// in incremental tests.
    /// </summary>
    /// <param name="driver">The driver, updated to the one holding this run's state.</param>
    /// <param name="compilation">The input compilation.</param>
    /// <returns>The result of this run.</returns>
    public static GenerationResult RunOnce(ref GeneratorDriver driver, CSharpCompilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var outputCompilation, out _);
        return GenerationResult.Create(compilation, outputCompilation, driver.GetRunResult());
    }

    private static ImmutableArray<string> ReadTrackingNames(Type trackingNamesType)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var field in trackingNamesType.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static))
        {
            if (field.IsLiteral && field.FieldType == typeof(string) && field.GetRawConstantValue() is string { Length: > 0 } name)
            {
                builder.Add(name);
            }
        }

        return builder.ToImmutable();
    }
}
