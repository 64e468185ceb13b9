using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Veltrix.Analyzers.Diagnostics;
using Veltrix.Analyzers.Tests.Infrastructure;
using Veltrix.Analyzers.Tests.Usage;

namespace Veltrix.Analyzers.Tests.Policy;

/// <summary>
/// The severity policy (docs/diagnostics/README.md): an existing options class annotated with <c>partial</c> +
/// <c>[VeltrixConfig]</c>, written the usual way and without role attributes, draws advice (Info) and nothing louder
/// from any analyzer of the assembly, with its default severities.
/// </summary>
public sealed class QuietByDefaultTests
{
    private const int MemberCount = 200;

    [Fact]
    public async Task ExistingSettingsClass_AllAnalyzersDefaultSeverities_NoWarningOrError()
    {
        var diagnostics = await AnalyzeAsync(SettingsSource(), AppSettings());

        var loud = diagnostics.Where(static d => d.Severity >= DiagnosticSeverity.Warning).Select(static d => d.ToString()).ToList();
        Assert.True(loud.Count == 0, "Warning or Error by default:\n" + string.Join("\n", loud));

        // The advice is still there, as Info: every settable member, every mutable collection, the double read.
        var ids = diagnostics.Select(static d => d.Id).ToList();
        Assert.True(ids.Count(static id => id == DiagnosticIds.SchemaMemberHasSetter) >= MemberCount, "VLX3003 did not see every member.");
        Assert.Contains(DiagnosticIds.SchemaMemberHasMutableCollection, ids);
        Assert.Contains(DiagnosticIds.CurrentReadMoreThanOnce, ids);
        Assert.DoesNotContain(diagnostics, static d => d.Id == "AD0001");
    }

    [Fact]
    public void Descriptors_AdviceRules_DefaultToInfo()
    {
        string[] advice =
        [
            DiagnosticIds.CurrentReadMoreThanOnce,
            DiagnosticIds.SnapshotStoredInField,
            DiagnosticIds.SchemaMemberHasSetter,
            DiagnosticIds.SchemaMemberHasMutableCollection,
            DiagnosticIds.ConfigurationKeyCoveredBySchema,
            DiagnosticIds.RoleAttributeSuggested,
        ];

        foreach (var analyzer in AllAnalyzers())
        {
            foreach (var descriptor in analyzer.SupportedDiagnostics.Where(d => advice.Contains(d.Id)))
            {
                Assert.Equal(DiagnosticSeverity.Info, descriptor.DefaultSeverity);
            }
        }
    }

    /// <summary>Every analyzer of the assembly, as the package ships them.</summary>
    private static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers()
        => [.. typeof(DiagnosticDescriptors).Assembly.GetTypes()
            .Where(static t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(static t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)];

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string source, string appSettings)
    {
        var (generatedName, generated) = UsageTest.GeneratedPart("LegacySettings");
        var compilation = CSharpCompilation.Create(
            "Legacy",
            [
                CSharpSyntaxTree.ParseText(source, path: "/src/LegacySettings.cs"),
                CSharpSyntaxTree.ParseText(generated, path: "/src/" + generatedName),
            ],
            [.. TestReferences.Net100, TestReferences.Veltrix, TestReferences.ConfigurationAbstractions],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var errors = compilation.GetDiagnostics().Where(static d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));

        var options = new AnalyzerOptions([new InMemoryAdditionalText("/src/appsettings.json", appSettings)]);
        return await compilation.WithAnalyzers(AllAnalyzers(), options).GetAnalyzerDiagnosticsAsync();
    }

    /// <summary>A settings class as real projects write them: 200 settable members of the usual types.</summary>
    private static string SettingsSource()
    {
        string[] scalars =
        [
            "public TimeSpan FailSafeThrottleDuration{0} {{ get; set; }} = TimeSpan.FromSeconds(10);",
            "public int CacheSizeLimitMb{0} {{ get; set; }} = 512;",
            "public int MaxCacheItems{0} {{ get; set; }}",
            "public TimeSpan RequestTimeout{0} {{ get; set; }} = TimeSpan.FromSeconds(30);",
            "public int ConnectTimeoutSeconds{0} {{ get; set; }} = 15;",
            "public TimeSpan ThrottleWindow{0} {{ get; set; }} = TimeSpan.FromMinutes(1);",
            "public string ConnectionString{0} {{ get; set; }} = \"\";",
            "public bool EnableFeature{0} {{ get; set; }}",
            "public List<string> AllowedHosts{0} {{ get; set; }} = new();",
            "public Dictionary<string, int> Weights{0} {{ get; set; }} = new();",
            "public int MaxRetries{0} {{ get; set; }} = 3;",
            "public int WorkerThreads{0} {{ get; set; }} = 4;",
            "public TimeSpan CacheExpiration{0} {{ get; set; }} = TimeSpan.FromMinutes(5);",
            "public int PoolSize{0} {{ get; set; }} = 100;",
            "public string[] Tags{0} {{ get; set; }} = [];",
            "public double SamplingRatio{0} {{ get; set; }} = 0.1;",
            "public Dictionary<string, string> Headers{0} {{ get; set; }} = new();",
            "public int? MaxConcurrency{0} {{ get; set; }}",
            "public TimeSpan? IdleTimeout{0} {{ get; set; }}",
            "public Uri? Endpoint{0} {{ get; set; }}",
        ];

        var builder = new StringBuilder();
        builder.AppendLine("using System;");
        builder.AppendLine("using System.Collections.Generic;");
        builder.AppendLine("using Microsoft.Extensions.Configuration;");
        builder.AppendLine("using Veltrix;");
        builder.AppendLine();
        builder.AppendLine("[VeltrixConfig(\"Legacy\")]");
        builder.AppendLine("public partial class LegacySettings");
        builder.AppendLine("{");
        builder.AppendLine("    public ProviderSettings Provider { get; set; } = new();");
        builder.AppendLine("    public List<EndpointSettings> Endpoints { get; set; } = new();");
        builder.AppendLine("    public Dictionary<string, EndpointSettings> Named { get; set; } = new();");
        builder.AppendLine("    public TimeSpan FailSafeThrottleDuration { get; set; } = TimeSpan.FromSeconds(10);");
        for (var i = 4; i < MemberCount; i++)
        {
            builder.Append("    ").AppendLine(string.Format(CultureInfo.InvariantCulture, scalars[i % scalars.Length], i));
        }

        builder.AppendLine("}");
        builder.AppendLine("""
            public class ProviderSettings
            {
                public string Name { get; set; } = "";
                public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);
                public int CacheSize { get; set; } = 1000;
            }

            public class EndpointSettings
            {
                public string Url { get; set; } = "";
                public List<string> Scopes { get; set; } = new();
            }

            public sealed class Consumer(LiveConfig<LegacySettings> live, IConfiguration configuration)
            {
                private readonly LegacySettings _atStartup = live.Current;

                public string Describe() => live.Current.Provider.Name + live.Current.Provider.Timeout + configuration["Legacy:Provider:Name"] + _atStartup;
            }
            """);
        return builder.ToString();
    }

    private static string AppSettings() => """
        {
          "Legacy": {
            "Provider": { "Name": "primary", "Timeout": "00:00:05", "CacheSize": 1000 },
            "Endpoints": [ { "Url": "https://a.example", "Scopes": [ "read" ] } ],
            "Named": { "b": { "Url": "https://b.example" } },
            "FailSafeThrottleDuration": "00:00:10",
            "FailSafeThrottleDuration20": "00:00:10",
            "RequestTimeout23": "00:00:30",
            "AllowedHosts8": [ "a", "b" ]
          }
        }
        """;

    private sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
