using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Veltrix.Compatibility.Tests;

/// <summary>
/// The analyzers on real code. The build runs them over every corpus class and every shipped appsettings file but one,
/// with warnings as errors, so a false positive fails the build. The one left out is YARP's configuration sample:
/// it holds real mistakes, which this test pins, and nothing else.
/// </summary>
public sealed class CorpusAnalyzerTests
{
    [Fact]
    public async Task YarpConfigSample_EveryAnalyzer_ReportsExactlyTheSamplesRealMistakes()
    {
        var corpus = Path.Combine(ProjectDirectory(), "Corpus", "Yarp");
        var file = Path.Combine(corpus, "samples", "ReverseProxy.Config.Sample", "appsettings.json");

        var diagnostics = await Analyze(corpus, file);

        Assert.Equal(
            [
                // ForwarderRequestConfig has ActivityTimeout; "Timeout" binds nothing.
                "VLX4002 117 'Timeout' in 'ReverseProxy:Clusters:allClusterProps:HttpRequest'",
                // "Authorization Policy" (with a space) binds nothing: the member is AuthorizationPolicy.
                "VLX4002 33 'Authorization Policy' in 'ReverseProxy:Routes:allRouteProps'",
                // "2" is not a System.Version: the runtime rejects it, and ConfigurationBinder drops the whole cluster.
                "VLX4003 118 'ReverseProxy:Clusters:allClusterProps:HttpRequest:Version'",
            ],
            diagnostics.Select(static d => $"{d.Id} {d.Location.GetLineSpan().StartLinePosition.Line + 1} {Subject(d)}").Order(StringComparer.Ordinal));
    }

    private static async Task<ImmutableArray<Diagnostic>> Analyze(string corpus, string file)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);

        // The corpus compiles with implicit usings, as its upstream projects do.
        var trees = Directory.EnumerateFiles(corpus, "*.cs", SearchOption.AllDirectories)
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), parseOptions, path))
            .Append(CSharpSyntaxTree.ParseText(
                "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; "
                    + "global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks;",
                parseOptions));
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Append(typeof(VeltrixConfigAttribute).Assembly.Location)
            .Distinct(StringComparer.Ordinal)
            .Select(static path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "Yarp",
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(static d => d.Severity == DiagnosticSeverity.Error));

        var analyzers = typeof(Veltrix.Analyzers.ConfigFiles.ConfigFileAnalyzer).Assembly.GetTypes()
            .Where(static t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .Select(static t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
        var options = new AnalyzerOptions([new JsonFile(file)]);
        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();

        // Advice (Info) is not the subject here: the quiet-by-default policy allows it.
        return [.. diagnostics.Where(static d => d.Severity >= DiagnosticSeverity.Warning)];
    }

    // The key the message is about: its first quoted name, and for an unknown key the section it is in.
    private static string Subject(Diagnostic diagnostic)
    {
        var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        var end = diagnostic.Id == "VLX4002" ? message.IndexOf(" (", StringComparison.Ordinal) : message.IndexOf("': ", StringComparison.Ordinal) + 1;
        return end <= 0 ? message : message[..end];
    }

    private static string ProjectDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    private sealed class JsonFile(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(File.ReadAllText(Path));
    }
}
