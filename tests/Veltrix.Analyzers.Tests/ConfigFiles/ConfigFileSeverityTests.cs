using Microsoft.CodeAnalysis;
using Veltrix.Analyzers.Diagnostics;
using static Veltrix.Analyzers.Tests.ConfigFiles.ConfigFileTest;

namespace Veltrix.Analyzers.Tests.ConfigFiles;

/// <summary>
/// <c>.editorconfig</c> severities reach findings in configuration files as they reach the same rules in C# files (the
/// compiler alone applies them only to C# files): a finding in <c>appsettings.json</c> gets the severity of the C# file
/// nearest it.
/// </summary>
public sealed class ConfigFileSeverityTests
{
    private const string Json = """{ "Server": { "Name": "x", "Prot": 8081 } }""";

    [Fact]
    public async Task UnknownKey_SilencedForEveryFile_NotReported()
    {
        var test = Create(Schema, ("/appsettings.json", Json));
        AddEditorConfig(test, "[*]", "dotnet_diagnostic.VLX4002.severity = none");

        await test.RunAsync();
    }

    [Fact]
    public async Task UnknownKey_NotConfigured_ReportedAtItsDefaultSeverity()
    {
        var test = Create(Schema, ("/appsettings.json", Json));
        AddEditorConfig(test, "[*]", "dotnet_diagnostic.VLX3003.severity = none");
        test.ExpectedDiagnostics.Add(Prot().WithSeverity(DiagnosticSeverity.Warning));

        await test.RunAsync();
    }

    [Fact]
    public async Task UnknownKey_RaisedForCSharpFiles_ReportedAsErrorInTheJsonFile()
    {
        var test = Create(Schema, ("/appsettings.json", Json));
        AddEditorConfig(test, "[*.cs]", "dotnet_diagnostic.VLX4002.severity = error");
        test.ExpectedDiagnostics.Add(Prot().WithSeverity(DiagnosticSeverity.Error));

        await test.RunAsync();
    }

    [Fact]
    public async Task UnknownKey_CategoryLowered_ReportedAsInfo_AndTheRuleEntryWinsOverTheCategory()
    {
        var lowered = Create(Schema, ("/appsettings.json", Json));
        AddEditorConfig(lowered, "[*]", "dotnet_analyzer_diagnostic.category-Veltrix.ConfigFiles.severity = suggestion");
        lowered.ExpectedDiagnostics.Add(Prot().WithSeverity(DiagnosticSeverity.Info));
        await lowered.RunAsync();

        var ruleWins = Create(Schema, ("/appsettings.json", Json));
        AddEditorConfig(
            ruleWins,
            "[*]",
            "dotnet_analyzer_diagnostic.severity = none",
            "dotnet_analyzer_diagnostic.category-Veltrix.ConfigFiles.severity = none",
            "dotnet_diagnostic.VLX4002.severity = warning");
        ruleWins.ExpectedDiagnostics.Add(Prot().WithSeverity(DiagnosticSeverity.Warning));
        await ruleWins.RunAsync();
    }

    [Fact]
    public async Task UnknownKey_SilencedForCSharpFiles_NotReportedInTheJsonFileEither()
    {
        // The usual layout keeps every entry under [*.cs]: the rule is silenced for the project.
        var test = Create(Schema, ("/appsettings.json", Json));
        AddEditorConfig(test, "[*.cs]", "dotnet_diagnostic.VLX4002.severity = none");

        await test.RunAsync();
    }

    [Fact]
    public async Task UnknownKey_SilencedInASectionNoCSharpFileMatches_StillReported()
    {
        // The compiler keeps a rule's own entry from analyzers for other files, so [*.json] cannot be read: the
        // nearest C# file's settings decide (docs/diagnostics/README.md says so).
        var test = Create(Schema, ("/appsettings.json", Json));
        AddEditorConfig(test, "[*.json]", "dotnet_diagnostic.VLX4002.severity = none");
        test.ExpectedDiagnostics.Add(Prot().WithSeverity(DiagnosticSeverity.Warning));

        await test.RunAsync();
    }

    [Fact]
    public async Task SettingRule_SilencedForEveryFile_NotReportedInTheJsonFileEither()
    {
        // The setting rules keep the IDs they have in code: one entry silences a rule in both places.
        const string json = """{ "Server": { "Request": "00:00:00" } }""";
        var reported = Create(ConfigFileRuleTests.Source, ("/appsettings.json", json));
        reported.ExpectedDiagnostics.Add(At(DiagnosticDescriptors.TimeoutInfiniteOrZero, "/appsettings.json", 1, 26, 10)
            .WithArguments("Request", "00:00:00", "zero"));
        await reported.RunAsync();

        var silenced = Create(ConfigFileRuleTests.Source, ("/appsettings.json", json));
        AddEditorConfig(silenced, "[*]", "dotnet_diagnostic.VLX2005.severity = none");
        await silenced.RunAsync();
    }

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Prot()
        => At(DiagnosticDescriptors.ConfigFileUnknownKey, "/appsettings.json", 1, 28, 6)
            .WithArguments("Prot", "Server", "ServerConfig", "no member has this key; did you mean 'Port'?");

    private static void AddEditorConfig(Microsoft.CodeAnalysis.Testing.AnalyzerTest<Microsoft.CodeAnalysis.Testing.DefaultVerifier> test, string section, params string[] lines)
        => test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n" + section + "\n" + string.Join("\n", lines) + "\n"));
}
