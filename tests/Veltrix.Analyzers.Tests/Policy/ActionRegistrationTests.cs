using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;
using Microsoft.CodeAnalysis.Text;
using Veltrix.Analyzers.Diagnostics;
using Veltrix.Analyzers.Tests.Infrastructure;
using Veltrix.Analyzers.Tests.Usage;

namespace Veltrix.Analyzers.Tests.Policy;

/// <summary>
/// What each analyzer asks of the analyzer driver (docs/benchmarks.md, "Analyzer cost"), read from the driver's own
/// telemetry: in a compilation without Veltrix, its compilation-start action and nothing else; with Veltrix, syntax
/// actions on the few kinds it looks at (and, for configuration files, one additional-file action) but never a
/// compilation-wide operation, block or symbol action, which would make the driver bind or track every member of the
/// project. And every analyzer still reports where Veltrix is used.
/// </summary>
public sealed class ActionRegistrationTests
{
    /// <summary>The analyzers of the assembly, by type name, as the package ships them.</summary>
    public static TheoryData<string> AnalyzerNames()
    {
        var names = new TheoryData<string>();
        foreach (var type in AnalyzerTypes())
        {
            names.Add(type.Name);
        }

        return names;
    }

    [Theory]
    [MemberData(nameof(AnalyzerNames))]
    public async Task Analyzer_VeltrixNotReferenced_RegistersOnlyItsCompilationStart(string analyzerName)
    {
        // IConfiguration and an appsettings.json are there: only the missing Veltrix reference keeps the rules out.
        var analyzer = Create(analyzerName);
        var compilation = Compile(PlainSource, referenceVeltrix: false);

        var counts = await ActionCountsAsync(compilation, analyzer, withConfigFile: true);

        Assert.Equal(1, counts["CompilationStartActionsCount"]);
        AssertOnly(counts, "CompilationStartActionsCount");
    }

    [Theory]
    [InlineData("SettingValuesAnalyzer", 1, 0, false)]
    [InlineData("MutableSchemaMemberAnalyzer", 1, 0, false)]
    [InlineData("RoleSuggestionAnalyzer", 1, 0, false)]
    [InlineData("CurrentReadAnalyzer", 1, 0, false)]
    [InlineData("SnapshotStorageAnalyzer", 1, 0, false)]
    [InlineData("ConfigurationKeyAnalyzer", 1, 0, false)]
    [InlineData("ConfigFileAnalyzer", 0, 0, false)]
    [InlineData("ConfigFileAnalyzer", 0, 1, true)]
    public async Task Analyzer_VeltrixReferenced_RegistersSyntaxActionsOnly(string analyzerName, int syntaxNodeActions, int additionalFileActions, bool withConfigFile)
    {
        var analyzer = Create(analyzerName);
        var compilation = Compile(PlainSource, referenceVeltrix: true);

        var counts = await ActionCountsAsync(compilation, analyzer, withConfigFile);

        Assert.Equal(1, counts["CompilationStartActionsCount"]);
        Assert.Equal(syntaxNodeActions, counts["SyntaxNodeActionsCount"]);
        Assert.Equal(additionalFileActions, counts["AdditionalFileActionsCount"]);
        AssertOnly(counts, "CompilationStartActionsCount", "SyntaxNodeActionsCount", "AdditionalFileActionsCount");
    }

    [Fact]
    public void RegistrationTable_CoversEveryAnalyzer()
    {
        // A new analyzer needs its row in the test above: what it registers is a decision about the IDE's speed.
        string[] covered =
        [
            "SettingValuesAnalyzer", "MutableSchemaMemberAnalyzer", "RoleSuggestionAnalyzer", "CurrentReadAnalyzer",
            "SnapshotStorageAnalyzer", "ConfigurationKeyAnalyzer", "ConfigFileAnalyzer",
        ];

        Assert.Equal(covered.OrderBy(static n => n, StringComparer.Ordinal), AnalyzerTypes().Select(static t => t.Name).OrderBy(static n => n, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("SettingValuesAnalyzer", new[] { DiagnosticIds.CacheSizeNotPositive })]
    [InlineData("CurrentReadAnalyzer", new[] { DiagnosticIds.CurrentReadMoreThanOnce })]
    [InlineData("SnapshotStorageAnalyzer", new[] { DiagnosticIds.SnapshotStoredInField })]
    [InlineData("MutableSchemaMemberAnalyzer", new[] { DiagnosticIds.SchemaMemberHasSetter, DiagnosticIds.SchemaMemberHasMutableCollection })]
    [InlineData("ConfigurationKeyAnalyzer", new[] { DiagnosticIds.ConfigurationKeyCoveredBySchema })]
    [InlineData("RoleSuggestionAnalyzer", new[] { DiagnosticIds.RoleAttributeSuggested })]
    [InlineData("ConfigFileAnalyzer", new[] { DiagnosticIds.ConfigFileUnknownKey, DiagnosticIds.CacheSizeNotPositive })]
    public async Task Analyzer_VeltrixUsed_StillReports(string analyzerName, string[] expectedIds)
    {
        var analyzer = Create(analyzerName);
        var (generatedName, generated) = UsageTest.GeneratedPart("ServerConfig");
        var compilation = Compile(UsingSource, referenceVeltrix: true, (generated, "/src/" + generatedName));

        var diagnostics = await With(compilation, analyzer, withConfigFile: true).GetAnalyzerDiagnosticsAsync([analyzer], CancellationToken.None);

        var ids = diagnostics.Select(static d => d.Id).Distinct().OrderBy(static id => id, StringComparer.Ordinal).ToArray();
        Assert.Equal(expectedIds.OrderBy(static id => id, StringComparer.Ordinal), ids);
    }

    /// <summary>A project's ordinary code: classes, initializers, method bodies, indexers, assignments, a loop.</summary>
    private const string PlainSource = """
        using System;
        using System.Collections.Generic;

        public sealed class Options
        {
            public int Port { get; set; } = 8080;
            public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(5);
            public List<string> Hosts { get; set; } = new();
        }

        public sealed class Service(Options options)
        {
            private readonly Dictionary<string, int> _counts = new();
            private int _total;

            public int Count(string key)
            {
                _counts[key] = _counts.TryGetValue(key, out var count) ? count + 1 : 1;
                foreach (var host in options.Hosts)
                {
                    _total += host.Length;
                }

                return _counts[key] + _total + options.Port;
            }
        }
        """;

    /// <summary>One reason for each analyzer to report.</summary>
    private const string UsingSource = """
        using System;
        using System.Collections.Generic;
        using Microsoft.Extensions.Configuration;
        using Veltrix;

        [VeltrixConfig("Server")]
        public sealed partial class ServerConfig
        {
            public int Port { get; set; }
            public List<string> Hosts { get; init; } = new();
            public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);
            [CacheSize] public int MaxEntries { get; init; } = 0;
        }

        public sealed class Consumer(LiveConfig<ServerConfig> live, IConfiguration configuration)
        {
            private static ServerConfig? s_config;

            public int Sum() => live.Current.Port + live.Current.Port;

            public void Store() => s_config = live.Current;

            public string? Read() => configuration["Server:Port"];
        }
        """;

    private const string AppSettings = """
        {
          "Server": { "Prot": 80, "MaxEntries": 0 }
        }
        """;

    private static IEnumerable<Type> AnalyzerTypes()
        => typeof(DiagnosticDescriptors).Assembly.GetTypes()
            .Where(static t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract);

    private static DiagnosticAnalyzer Create(string name)
        => (DiagnosticAnalyzer)Activator.CreateInstance(AnalyzerTypes().Single(t => t.Name == name))!;

    private static CSharpCompilation Compile(string source, bool referenceVeltrix, params (string Source, string Path)[] more)
    {
        IEnumerable<MetadataReference> references = referenceVeltrix
            ? [.. TestReferences.Net100, TestReferences.Veltrix, TestReferences.ConfigurationAbstractions]
            : [.. TestReferences.Net100, TestReferences.ConfigurationAbstractions];
        var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(source, path: "/src/Code.cs") };
        foreach (var (text, path) in more)
        {
            trees.Add(CSharpSyntaxTree.ParseText(text, path: path));
        }

        var compilation = CSharpCompilation.Create(
            "Project",
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(static d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        return compilation;
    }

    private static CompilationWithAnalyzers With(Compilation compilation, DiagnosticAnalyzer analyzer, bool withConfigFile)
    {
        var options = new AnalyzerOptions(withConfigFile ? [new InMemoryAdditionalText("/src/appsettings.json", AppSettings)] : []);
        return compilation.WithAnalyzers(
            [analyzer],
            new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
    }

    /// <summary>Every <c>*ActionsCount</c> of the driver's telemetry for <paramref name="analyzer"/>, after a full analysis.</summary>
    private static async Task<Dictionary<string, int>> ActionCountsAsync(Compilation compilation, DiagnosticAnalyzer analyzer, bool withConfigFile)
    {
        var withAnalyzers = With(compilation, analyzer, withConfigFile);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        Assert.DoesNotContain(diagnostics, static d => d.Id == "AD0001");

        var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var property in typeof(AnalyzerTelemetryInfo).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.PropertyType == typeof(int) && property.Name.EndsWith("ActionsCount", StringComparison.Ordinal))
            {
                counts.Add(property.Name, (int)property.GetValue(telemetry)!);
            }
        }

        return counts;
    }

    private static void AssertOnly(Dictionary<string, int> counts, params string[] allowed)
    {
        var others = counts.Where(pair => pair.Value != 0 && !allowed.Contains(pair.Key)).Select(static pair => pair.Key + " = " + pair.Value).ToList();
        Assert.True(others.Count == 0, "Registered besides " + string.Join(", ", allowed) + ": " + string.Join(", ", others));
    }

    private sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
