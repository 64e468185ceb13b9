using Veltrix.Analyzers.Diagnostics;
using static Veltrix.Analyzers.Tests.ConfigFiles.ConfigFileTest;

namespace Veltrix.Analyzers.Tests.ConfigFiles;

public sealed class ConfigFileEnvironmentTests
{
    // Nullable annotations on: 'DbSection Db' is a section that is always there, 'AuditSection? Audit' one that may be
    // absent. In nullable-oblivious code both may be absent, as the generated binder treats them (see below).
    private const string Source = """
        #nullable enable
        using System.ComponentModel.DataAnnotations;
        using Veltrix;

        [VeltrixConfig("Server")]
        public sealed partial class ServerConfig
        {
            [Required] public string? Name { get; init; }
            public DbSection Db { get; init; } = new();
            public AuditSection? Audit { get; init; }
        }

        public sealed partial class DbSection { [Required] public string? Host { get; init; } }

        public sealed partial class AuditSection { [Required] public string? Sink { get; init; } }
        """;

    [Fact]
    public async Task Required_BaseSetsIt_NoEnvironmentReports()
    {
        var test = Create(
            Source,
            ("/app/appsettings.json", """{ "Server": { "Name": "a", "Db": { "Host": "h" } } }"""),
            ("/app/appsettings.Production.json", """{ "Server": { "Db": { "Host": "p" } } }"""));

        await test.RunAsync();
    }

    [Fact]
    public async Task Required_OnlyOneOverlaySetsIt_ReportedOncePerEnvironmentLackingIt()
    {
        var test = Create(
            Source,
            ("/app/appsettings.json", """{ "Server": { "Db": { "Host": "h" } } }"""),
            ("/app/appsettings.Development.json", """{ "Server": { "Name": "dev" } }"""),
            ("/app/appsettings.Production.json", "{\n  \"Server\": { \"Db\": { \"Host\": \"p\" } }\n}"),
            ("/app/appsettings.Staging.json", "{ }"));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileRequiredKeyMissing, "/app/appsettings.Production.json", 2, 3, 8)
            .WithArguments("Server:Name", "environment 'Production' (appsettings.json + appsettings.Production.json)"));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileRequiredKeyMissing, "/app/appsettings.Staging.json", 1, 1, 1)
            .WithArguments("Server:Name", "environment 'Staging' (appsettings.json + appsettings.Staging.json)"));

        await test.RunAsync();
    }

    [Fact]
    public async Task Required_OverlayNullClearsBaseValue_Reported()
    {
        var test = Create(
            Source,
            ("/app/appsettings.json", """{ "Server": { "Name": "a", "Db": { "Host": "h" } } }"""),
            ("/app/appsettings.Production.json", """{ "Server": { "Db": null } }"""));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileRequiredKeyMissing, "/app/appsettings.Production.json", 1, 15, 4)
            .WithArguments("Server:Db:Host", "environment 'Production' (appsettings.json + appsettings.Production.json)"));

        await test.RunAsync();
    }

    [Fact]
    public async Task Required_NestedInNullableSection_OnlyWhenSectionPresent()
    {
        var test = Create(
            Source,
            ("/app/appsettings.json", """{ "Server": { "Name": "a", "Db": { "Host": "h" } } }"""),
            ("/app/appsettings.Production.json", """{ "Server": { "Name": "p" } }"""),
            ("/app/appsettings.Staging.json", """{ "Server": { "Audit": { "Level": 1 } } }"""));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileUnknownKey, "/app/appsettings.Staging.json", 1, 26, 7)
            .WithArguments("Level", "Server:Audit", "AuditSection", "no member has this key; remove it or fix its name"));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileRequiredKeyMissing, "/app/appsettings.Staging.json", 1, 15, 7)
            .WithArguments("Server:Audit:Sink", "environment 'Staging' (appsettings.json + appsettings.Staging.json)"));

        await test.RunAsync();
    }

    [Fact]
    public async Task Required_NoOverlay_BaseReportsForEveryEnvironment()
    {
        var test = Create(Source, ("/app/appsettings.json", """{ "Server": { "Name": "a" } }"""));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileRequiredKeyMissing, "/app/appsettings.json", 1, 3, 8)
            .WithArguments("Server:Db:Host", "appsettings.json (every environment: there is no appsettings.{Environment}.json)"));

        await test.RunAsync();
    }

    [Fact]
    public async Task Required_InObliviousSection_NotRequiredWhenSectionAbsent()
    {
        // Without nullable annotations a section may be null, so the generated binder asks for its required keys only
        // when a source provides the section; the analyzers read the schema through the same parser.
        var test = Create(Source.Replace("#nullable enable", "#nullable disable"), ("/app/appsettings.json", """{ "Server": { "Name": "a" } }"""));

        await test.RunAsync();
    }

    [Fact]
    public async Task Required_MalformedBase_OverlayDoesNotGuess()
    {
        var test = Create(
            Source,
            ("/app/appsettings.json", """{ "Server": """),
            ("/app/appsettings.Production.json", """{ "Server": { "Db": { "Host": "p" } } }"""));
        test.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.ConfigFileMalformed, "/app/appsettings.json", 1, 13, 0)
            .WithArguments("appsettings.json", "Unexpected end of file; a value was expected."));

        await test.RunAsync();
    }
}
