using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Veltrix.Analyzers.ConfigFiles;
using Veltrix.Analyzers.Diagnostics;
using Veltrix.Analyzers.Settings;
using Veltrix.Analyzers.Tests.Infrastructure;
using static Veltrix.Analyzers.Tests.ConfigFiles.ConfigFileTest;

namespace Veltrix.Analyzers.Tests.ConfigFiles;

public sealed class ConfigFileRuleTests
{
    internal const string Source = """
        using System;
        using Veltrix;

        [VeltrixConfig("Server")]
        public sealed partial class ServerConfig
        {
            public CacheSection Cache { get; init; } = new();
            [Timeout] public TimeSpan Request { get; init; } = TimeSpan.FromSeconds(30);
        }

        public sealed partial class CacheSection
        {
            [CacheSize] public int MaxEntries { get; init; } = 10_000;
            [CacheTtl] public TimeSpan Ttl { get; init; } = TimeSpan.FromMinutes(5);
        }
        """;

    [Fact]
    public async Task Rules_ZeroCacheSizeInProductionOverlay_ReportedAtOverlayTokenWithCodeRuleId()
    {
        var test = Create(
            Source,
            ("/app/appsettings.json", """{ "Server": { "Cache": { "MaxEntries": 50000 } } }"""),
            ("/app/appsettings.Production.json", "{\n  \"Server\": { \"Cache\": { \"MaxEntries\": 0 } }\n}"));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.CacheSizeNotPositive, "/app/appsettings.Production.json", 2, 40, 1)
            .WithArguments("MaxEntries", "0"));

        await test.RunAsync();
    }

    [Fact]
    public async Task BareNumber_TimeoutAndCacheTtl_ReportedAsDaysWithSecondsSpelling()
    {
        var test = Create(Source, ("/appsettings.json", """{ "Server": { "Request": 30, "Cache": { "Ttl": "7" } } }"""))
            .WithEditorConfig("veltrix.VLX2002.max_timeout = 3650.00:00:00");
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileTimeSpanBareNumber, "/appsettings.json", 1, 26, 2)
            .WithArguments("Server:Request", "30", "30.00:00:00", "00:00:30"));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileTimeSpanBareNumber, "/appsettings.json", 1, 48, 3)
            .WithArguments("Server:Cache:Ttl", "7", "7.00:00:00", "00:00:07"));

        await test.RunAsync();
    }

    [Theory]
    [InlineData("\"00:00:30\"")]
    [InlineData("\"30.00:00:00\"")]
    public async Task BareNumber_TimeSpanText_NothingReported(string value)
    {
        await Create(Source, ("/appsettings.json", "{ \"Server\": { \"Request\": " + value + " } }"))
            .WithEditorConfig("veltrix.VLX2002.max_timeout = 3650.00:00:00")
            .RunAsync();
    }

    [Fact]
    public async Task Rules_InfiniteTimeSpanInFile_NamedAsInfiniteTimeSpan()
    {
        var test = Create(Source, ("/appsettings.json", """{ "Server": { "Request": "-00:00:00.001" } }"""));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.TimeoutInfiniteOrZero, "/appsettings.json", 1, 26, 15)
            .WithArguments("Request", "Timeout.InfiniteTimeSpan (-1 ms)", "infinite"));

        await test.RunAsync();
    }

    [Fact]
    public async Task Rules_InfiniteTimeoutAndCeilingFromEditorConfig_Reported()
    {
        var test = Create(Source, ("/appsettings.json", """{ "Server": { "Request": "00:00:00", "Cache": { "MaxEntries": 2000 } } }"""))
            .WithEditorConfig("veltrix.VLX1002.max_entries = 1000");
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.TimeoutInfiniteOrZero, "/appsettings.json", 1, 26, 10)
            .WithArguments("Request", "00:00:00", "zero"));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.CacheSizeAboveCeiling, "/appsettings.json", 1, 63, 4)
            .WithArguments("MaxEntries", "2000", "1000"));

        await test.RunAsync();
    }

    [Fact]
    public async Task Rules_GoodValuesAndBadValueOnlyInCode_NothingReportedFromFile()
    {
        var source = Source.Replace("MaxEntries { get; init; } = 10_000", "MaxEntries { get; init; } = 0", StringComparison.Ordinal);
        var test = Create(source, ("/appsettings.json", """{ "Server": { "Request": "00:00:10", "Cache": { "Ttl": "00:01:00" } } }"""));

        await test.RunAsync();
    }

    [Fact]
    public async Task Rules_SameValueInCodeAndInFile_SameIdFromBothAnalyzers()
    {
        var source = Source.Replace("MaxEntries { get; init; } = 10_000", "MaxEntries { get; init; } = 0", StringComparison.Ordinal);
        var compilation = CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText(source, path: "/src/ServerConfig.cs")],
            [.. TestReferences.Net100, TestReferences.Veltrix],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var files = ImmutableArray.Create<AdditionalText>(new InMemoryFile("/src/appsettings.Production.json", """{ "Server": { "Cache": { "MaxEntries": 0 } } }"""));
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new SettingValuesAnalyzer(), new ConfigFileAnalyzer());

        var diagnostics = await compilation
            .WithAnalyzers(analyzers, new AnalyzerOptions(files))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        Assert.Equal(2, diagnostics.Length);
        Assert.All(diagnostics, static d => Assert.Equal(DiagnosticIds.CacheSizeNotPositive, d.Id));
        Assert.Equal(
            ["/src/ServerConfig.cs(13,56)", "/src/appsettings.Production.json(1,40)"],
            diagnostics.Select(d => Where(d.Location)).Order(StringComparer.Ordinal));
    }

    private const string CacheSource = """
        using System;
        using Veltrix;

        [VeltrixConfig("Catalog")]
        public sealed partial class CatalogConfig
        {
            [CacheSize] public int? MaxEntries { get; init; }
            [CacheTtl] public TimeSpan Ttl { get; init; } = TimeSpan.FromMinutes(5);
        }
        """;

    [Fact]
    public async Task Rules_InfiniteTtlInFileAndNoSizeInCode_Vlx1005AtTheTtlToken()
    {
        // The C# analyzer names the size (the member its fix bounds), which the file leaves to the code: the file's
        // part in the problem is its TTL, so that is where it is reported.
        var test = Create(CacheSource, ("/appsettings.json", """{ "Catalog": { "Ttl": "-00:00:00.001" } }"""));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.CacheUnbounded, "/appsettings.json", 1, 23, 15)
            .WithArguments("CatalogConfig", "MaxEntries"));

        await test.RunAsync();
    }

    [Fact]
    public async Task Rules_EmptySizeAndInfiniteTtlInFile_Vlx1005OnceAtTheSizeToken()
    {
        var test = Create(CacheSource, ("/appsettings.json", """{ "Catalog": { "Ttl": "-00:00:00.001", "MaxEntries": "" } }"""));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.CacheUnbounded, "/appsettings.json", 1, 54, 2)
            .WithArguments("CatalogConfig", "MaxEntries"));

        await test.RunAsync();
    }

    [Fact]
    public async Task Rules_FiniteTtlInFileAndNoSizeInCode_NothingReported()
        => await Create(CacheSource, ("/appsettings.json", """{ "Catalog": { "Ttl": "00:01:00" } }""")).RunAsync();

    private const string SecretSource = """
        using System;
        using Veltrix;

        [VeltrixConfig("Vault")]
        public sealed partial class VaultConfig
        {
            [Secret, CacheSize] public int TokenCacheSize { get; init; } = 100;
            [Secret, Timeout] public TimeSpan LeaseTimeout { get; init; } = TimeSpan.FromSeconds(30);
            [Secret] public Lease Lease { get; init; } = new();
            [CacheSize] public int PolicyCacheSize { get; init; } = 100;
        }

        public sealed partial class Lease
        {
            [Timeout] public TimeSpan Renewal { get; init; } = TimeSpan.FromSeconds(10);
        }
        """;

    [Fact]
    public async Task Rules_SecretValuesInFile_ReportedWithoutTheValue_OthersWithIt()
    {
        var test = Create(
            SecretSource,
            ("/appsettings.json", """{ "Vault": { "TokenCacheSize": -4321, "Lease": { "Renewal": "-00:00:00.001" }, "PolicyCacheSize": -8765 } }"""));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.CacheSizeNotPositive, "/appsettings.json", 1, 32, 5)
            .WithArguments("TokenCacheSize", "***"));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.TimeoutInfiniteOrZero, "/appsettings.json", 1, 61, 15)
            .WithArguments("Renewal", "***", "infinite"));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.CacheSizeNotPositive, "/appsettings.json", 1, 99, 5)
            .WithArguments("PolicyCacheSize", "-8765"));

        await test.RunAsync();
    }

    [Fact]
    public async Task BareNumber_SecretTimeout_ReportedWithoutTheNumber()
    {
        var test = Create(SecretSource, ("/appsettings.json", """{ "Vault": { "LeaseTimeout": 4321 } }"""))
            .WithEditorConfig("veltrix.VLX2002.max_timeout = 36500.00:00:00");
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileTimeSpanBareNumber, "/appsettings.json", 1, 30, 4)
            .WithArguments("Vault:LeaseTimeout", "***", "***", "***"));

        await test.RunAsync();
    }

    private static string Where(Location location)
    {
        var span = location.GetLineSpan();
        return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})";
    }

    private sealed class InMemoryFile(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
