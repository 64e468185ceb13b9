using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Veltrix.Generators.Tests.Infrastructure;

/// <summary>One generator run: its input, the compilation with the generated files added, and what it produced.</summary>
/// <param name="InputCompilation">The compilation the generator ran over.</param>
/// <param name="OutputCompilation">The input compilation plus every generated tree.</param>
/// <param name="RunResult">The driver's result, with tracked steps.</param>
internal sealed record GenerationResult(Compilation InputCompilation, Compilation OutputCompilation, GeneratorDriverRunResult RunResult)
{
    private const int MaxListedProblems = 60;

    private static readonly string GeneratedCodeWithVersion =
        $"GeneratedCode(\"Veltrix.Generators\", \"{typeof(ConfigGenerator).Assembly.GetName().Version}\")";

    /// <summary>
    /// What later runs over equivalent compilations failed to reuse (see
    /// <see cref="IncrementalAssertions.FindCacheProblems"/>); null when they reused everything or were not made.
    /// </summary>
    public string? CacheProblems { get; init; }

    /// <summary>The generated files, sorted by hint name.</summary>
    public ImmutableArray<GeneratedSourceResult> GeneratedSources =>
        [.. RunResult.Results.Single().GeneratedSources.OrderBy(static s => s.HintName, StringComparer.Ordinal)];

    /// <summary>The diagnostics the generator reported, sorted by position then ID.</summary>
    public ImmutableArray<Diagnostic> GeneratorDiagnostics => Sort(RunResult.Results.Single().Diagnostics);

    /// <summary>Creates the result and fails if the generator threw.</summary>
    /// <param name="input">The input compilation.</param>
    /// <param name="output">The output compilation.</param>
    /// <param name="runResult">The driver's result.</param>
    /// <returns>The result.</returns>
    public static GenerationResult Create(Compilation input, Compilation output, GeneratorDriverRunResult runResult)
    {
        var single = Assert.Single(runResult.Results);
        if (single.Exception is { } exception)
        {
            Assert.Fail($"The generator threw: {exception}");
        }

        return new GenerationResult(input, output, runResult);
    }

    /// <summary>The text of the generated file with <paramref name="hintName"/>; fails when there is none.</summary>
    /// <param name="hintName">The hint name, such as <c>Demo.ServerConfig.g.cs</c>.</param>
    /// <returns>The text, with <c>\n</c> line endings.</returns>
    public string GetSource(string hintName)
    {
        foreach (var source in GeneratedSources)
        {
            if (string.Equals(source.HintName, hintName, StringComparison.Ordinal))
            {
                return Snapshot.NormalizeLineEndings(source.SourceText.ToString());
            }
        }

        Assert.Fail($"No generated file named '{hintName}'. Generated: {string.Join(", ", GeneratedSources.Select(static s => s.HintName))}");
        return string.Empty;
    }

    /// <summary>Fails when later runs over equivalent compilations did not reuse this run (see <see cref="CacheProblems"/>).</summary>
    public void AssertCacheable()
    {
        if (CacheProblems is not null)
        {
            Assert.Fail(CacheProblems);
        }
    }

    /// <summary>
    /// Fails unless the output compilation (user code plus generated code) has no warning or error at all under
    /// the strict options of <see cref="GeneratorRunner.CompilationOptions"/>. Missing XML docs on user types
    /// (CS1591) are the only exception, and only outside generated files.
    /// </summary>
    public void AssertOutputCompilesCleanly()
    {
        if (DescribeOutputProblems() is { } problems)
        {
            Assert.Fail(problems);
        }
    }

    /// <summary>Describes the warnings and errors of the output compilation (see <see cref="AssertOutputCompilesCleanly"/>).</summary>
    /// <returns>Null when it compiles cleanly; otherwise every problem.</returns>
    public string? DescribeOutputProblems()
    {
        var problems = OutputProblems();
        return problems.Length == 0
            ? null
            : $"The output compilation has {problems.Length} warning(s)/error(s):\n"
                + string.Join("\n", problems.Take(MaxListedProblems).Select(Format))
                + (problems.Length > MaxListedProblems ? $"\n… {problems.Length - MaxListedProblems} more" : string.Empty)
                + "\n" + DescribeGeneratedFiles();
    }

    /// <summary>
    /// The golden-file text of this run: every generated file sorted by hint name, each after a
    /// <c>//----- hintName</c> header, then the generator's diagnostics.
    /// </summary>
    /// <returns>The snapshot text, with <c>\n</c> line endings.</returns>
    public string ToSnapshotText()
    {
        var builder = new StringBuilder();
        foreach (var source in GeneratedSources)
        {
            builder.Append("//----- ").Append(source.HintName).Append('\n');
            var text = ScrubVersion(Snapshot.NormalizeLineEndings(source.SourceText.ToString()));
            builder.Append(text);
            if (!text.EndsWith('\n'))
            {
                builder.Append('\n');
            }

            builder.Append('\n');
        }

        builder.Append("//----- Diagnostics\n");
        var diagnostics = GeneratorDiagnostics;
        if (diagnostics.IsEmpty)
        {
            builder.Append("(none)\n");
        }

        foreach (var diagnostic in diagnostics)
        {
            builder.Append(Format(diagnostic)).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>Formats a diagnostic as <c>ID Severity File(line,col): message</c> with 1-based positions.</summary>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <returns>One line.</returns>
    public static string Format(Diagnostic diagnostic)
    {
        var where = "(no location)";
        if (diagnostic.Location.IsInSource || diagnostic.Location.Kind == LocationKind.ExternalFile)
        {
            var span = diagnostic.Location.GetLineSpan();
            where = string.Create(
                CultureInfo.InvariantCulture,
                $"{Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})");
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"{diagnostic.Id} {diagnostic.Severity} {where}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}");
    }

    /// <summary>
    /// Replaces the generator's version in <c>[GeneratedCode("Veltrix.Generators", "…")]</c> with <c>VERSION</c>, so
    /// that a version bump does not rewrite every golden file.
    /// </summary>
    private static string ScrubVersion(string text)
        => text.Replace(GeneratedCodeWithVersion, "GeneratedCode(\"Veltrix.Generators\", \"VERSION\")", StringComparison.Ordinal);

    private ImmutableArray<Diagnostic> OutputProblems()
    {
        var generatedPaths = RunResult.GeneratedTrees.Select(static t => t.FilePath).ToHashSet(StringComparer.Ordinal);
        var problems = OutputCompilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Where(d => !(d.Id == "CS1591" && !generatedPaths.Contains(d.Location.SourceTree?.FilePath ?? string.Empty)));
        return Sort(problems);
    }

    private string DescribeGeneratedFiles()
        => GeneratedSources.IsEmpty
            ? "(the generator produced no files)"
            : "Generated files: " + string.Join(", ", GeneratedSources.Select(static s => s.HintName));

    private static ImmutableArray<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics)
        => [.. diagnostics
            .OrderBy(static d => d.Location.GetLineSpan().Path ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(static d => d.Location.SourceSpan.Start)
            .ThenBy(static d => d.Id, StringComparer.Ordinal)
            .ThenBy(static d => d.GetMessage(CultureInfo.InvariantCulture), StringComparer.Ordinal)];
}
