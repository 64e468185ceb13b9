using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Veltrix.Analyzers.ConfigFiles;
using Veltrix.Analyzers.Tests.Infrastructure;
using Veltrix.Generators;

namespace Veltrix.Analyzers.Tests.ConfigFiles;

/// <summary>
/// One wording per problem: the same bad value, loaded at run time through the generated code and checked at build time
/// by the configuration-file analyzer (VLX4003, VLX4004), gives the same key, the same rule and the same message, for
/// every built-in rule and conversion. A secret's value, or its length, appears in neither.
/// </summary>
public sealed class WordingAgreementTests : IDisposable
{
    private const string Schema = """
        #nullable enable
        using System;
        using System.Collections.Generic;
        using System.ComponentModel.DataAnnotations;
        using Veltrix;

        namespace Words;

        public enum Mode { Fifo, Lifo, Priority }

        [Flags] public enum Access { None = 0, Read = 1, Write = 2 }

        [VeltrixConfig("Words")]
        public sealed partial class WordsConfig
        {
            [Range(1, 65535)] public int Port { get; init; } = 8080;
            [Range(0.0, 1.0, MinimumIsExclusive = true, MaximumIsExclusive = true)] public double Ratio { get; init; } = 0.5;
            [Range(0.5, 2.5)] public float Scale { get; init; } = 1;
            [Range(typeof(TimeSpan), "00:00:01", "01:00:00")] public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
            [RegularExpression("[a-z]+")] public string Region { get; init; } = "eu";
            [MinLength(3)] public string Name { get; init; } = "name";
            [MaxLength(4)] public string Short { get; init; } = "ab";
            [Length(2, 4)] public string Code { get; init; } = "abc";
            [StringLength(5, MinimumLength = 2)] public string Label { get; init; } = "abc";
            [MinLength(1)] public IReadOnlyList<string> Hosts { get; init; } = ["a"];
            [Length(1, 2)] public IReadOnlyList<int> Ports { get; init; } = [1];
            [AllowedValues("eu", "us")] public string Zone { get; init; } = "eu";
            [AllowedValues(1, 2, 4)] public int Parallelism { get; init; } = 1;
            [DeniedValues("admin", "root")] public string User { get; init; } = "app";
            [DeniedValues(0L)] public long Offset { get; init; } = 1;
            [EmailAddress] public string? Email { get; init; }
            [Url] public string? Home { get; init; }
            [Phone] public string? Phone { get; init; }
            [CreditCard] public string? Card { get; init; }
            [Base64String] public string? Key { get; init; }
            [FileExtensions(Extensions = "json,yaml")] public string? File { get; init; }
            [Required] public string? Owner { get; init; }
            public Mode Mode { get; init; }
            public Access Access { get; init; }
            public bool Enabled { get; init; }
            public char Separator { get; init; } = ',';
            public Guid Id { get; init; }
            public Version? Version { get; init; }
            public int Count { get; init; }
            public CacheSection Cache { get; init; } = new();
            public Dictionary<string, int> Weights { get; init; } = new();
            public List<int> Ids { get; init; } = [];
            [Secret][Range(1000, 9999)] public int Pin { get; init; } = 1000;
            [Secret][MinLength(64)] public string? Token { get; init; }
            [Secret][RegularExpression("^[0-9]+$")] public string? PinCode { get; init; }
            [Secret][AllowedValues("alpha", "beta")] public string? Channel { get; init; } = "alpha";
            [Secret] public int Retries { get; init; }
            [Secret] public Mode SecretMode { get; init; }
            [Secret][MinLength(2)] public IReadOnlyList<string> BackupCodes { get; init; } = ["a", "b"];
            [Secret] public DbSection Db { get; init; } = new();
        }

        public sealed partial class CacheSection
        {
            public int MaxEntries { get; init; } = 10;
        }

        public sealed partial class DbSection
        {
            [Range(1, 65535)] public int Port { get; init; } = 5432;
            [MinLength(8)] public string Password { get; init; } = "password";
        }

        public static class Loader
        {
            public static IReadOnlyList<ConfigError> Load(string path)
            {
                try
                {
                    using var config = VeltrixConfiguration.CreateBuilder<WordsConfig>().AddJsonFile(path).Build();
                    return [];
                }
                catch (ConfigException exception)
                {
                    return exception.Errors;
                }
            }
        }
        """;

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview);

    private static readonly Lazy<(Compilation Compilation, Func<string, IReadOnlyList<ConfigError>> Load)> Compiled = new(Compile);

    private readonly string _directory = Directory.CreateTempSubdirectory("veltrix-words-").FullName;

    /// <summary>Rule, the members of "Words" to write, and a text that must appear in no message (a secret's value or length).</summary>
    public static TheoryData<string, string, string?> Cases { get; } = new()
    {
        { "Range", "\"Port\": 70000", null },
        { "Range", "\"Ratio\": 1", null },
        { "Range", "\"Scale\": 3.1", null },
        { "Range", "\"Timeout\": \"02:00:00\"", null },
        { "RegularExpression", "\"Region\": \"EU-1\"", null },
        { "RegularExpression", "\"Region\": \"" + new string('A', 100) + "\"", null },
        { "MinLength", "\"Name\": \"ab\"", null },
        { "MaxLength", "\"Short\": \"abcde\"", null },
        { "Length", "\"Code\": \"abcde\"", null },
        { "StringLength", "\"Label\": \"a\"", null },
        { "MinLength", "\"Hosts\": []", null },
        { "Length", "\"Ports\": [1, 2, 3]", null },
        { "AllowedValues", "\"Zone\": \"asia\"", null },
        { "AllowedValues", "\"Parallelism\": 3", null },
        { "DeniedValues", "\"User\": \"root\"", null },
        { "DeniedValues", "\"Offset\": 0", null },
        { "EmailAddress", "\"Email\": \"not-an-email\"", null },
        { "Url", "\"Home\": \"example.com\"", null },
        { "Phone", "\"Phone\": \"555-CALL\"", null },
        { "CreditCard", "\"Card\": \"4111 1111 1111 1112\"", null },
        { "Base64String", "\"Key\": \"not base64!\"", null },
        { "FileExtensions", "\"File\": \"settings.xml\"", null },
        { "Required", "\"Owner\": \"  \"", null },
        { "Required", "\"Owner\": null", null },
        { "Type", "\"Count\": \"abc\"", null },
        { "Type", "\"Count\": 1.5", null },
        { "Type", "\"Count\": 3000000000", null },
        { "Type", "\"Count\": \"\"", null },
        { "Type", "\"Enabled\": \"yes\"", null },
        { "Type", "\"Timeout\": \"soon\"", null },
        { "Type", "\"Separator\": \"ab\"", null },
        { "Type", "\"Id\": \"nope\"", null },
        { "Type", "\"Version\": \"x\"", null },
        { "Type", "\"Mode\": \"Priorty\"", null },
        { "Type", "\"Mode\": 7", null },
        { "Type", "\"Access\": 4", null },
        { "Type", "\"Count\": { \"A\": 1 }", null },
        { "Type", "\"Cache\": 5", null },
        { "Type", "\"Ids\": \"a\"", null },
        { "Type", "\"Weights\": \"a\"", null },
        { "Type", "\"Ids\": { \"first\": 1 }", null },
        { "Type", "\"Ids\": [1, null]", null },
        { "Range", "\"Pin\": 5", "5" },
        { "MinLength", "\"Token\": \"short-secret\"", "12" },
        { "RegularExpression", "\"PinCode\": \"abc-secret\"", "secret" },
        { "AllowedValues", "\"Channel\": \"gamma-secret\"", "secret" },
        { "Type", "\"Retries\": \"many-secret\"", "secret" },
        { "Type", "\"Retries\": \"\"", "empty" },
        { "Type", "\"SecretMode\": \"Priorty\"", "Priorty" },
        { "MinLength", "\"BackupCodes\": [\"x-secret\"]", "is 1" },
        { "Range", "\"Db\": { \"Port\": 70000 }", "70000" },
        { "MinLength", "\"Db\": { \"Password\": \"short\" }", "is 5" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task BadValue_RuntimeAndFileCheck_SameKeyRuleAndMessage(string rule, string members, string? hidden)
    {
        // Owner is [Required]: every file sets it unless the case is about it.
        var json = "{ \"Words\": { " + (members.Contains("\"Owner\"", StringComparison.Ordinal) ? members : "\"Owner\": \"me\", " + members) + " } }";
        var path = Path.Combine(_directory, "appsettings.json");
        await File.WriteAllTextAsync(path, json);

        var atRuntime = Compiled.Value.Load(path).Select(static e => Line(e.KeyPath, e.Rule, e.Message)).ToList();
        var atBuild = await Analyze(path, json);

        Assert.NotEmpty(atRuntime);
        Assert.Equal(string.Join(Environment.NewLine, atRuntime), string.Join(Environment.NewLine, atBuild));
        Assert.All(atRuntime, line => Assert.Contains(" | " + rule + " | ", line, StringComparison.Ordinal));
        if (hidden is not null)
        {
            Assert.All(atRuntime, line => Assert.DoesNotContain(hidden, line, StringComparison.OrdinalIgnoreCase));
        }
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static string Line(string keyPath, string rule, string message) => keyPath + " | " + rule + " | " + message;

    /// <summary>The VLX4003 and VLX4004 diagnostics of the file, as key, rule and message.</summary>
    private static async Task<List<string>> Analyze(string path, string json)
    {
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new ConfigFileAnalyzer());
        var options = new AnalyzerOptions([new FileText(path, json)]);
        var diagnostics = await Compiled.Value.Compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();
        var lines = new List<string>();
        foreach (var diagnostic in diagnostics.Where(static d => d.Id is "VLX4003" or "VLX4004").OrderBy(static d => d.Location.SourceSpan.Start))
        {
            // VLX4003: "'key': message"; VLX4004: "'key': message [Rule]".
            var text = diagnostic.GetMessage(CultureInfo.InvariantCulture);
            var keyEnd = text.IndexOf("': ", StringComparison.Ordinal);
            var key = text[1..keyEnd];
            var message = text[(keyEnd + 3)..];
            var rule = "Type";
            if (diagnostic.Id == "VLX4004")
            {
                var ruleStart = message.LastIndexOf(" [", StringComparison.Ordinal);
                rule = message[(ruleStart + 2)..^1];
                message = message[..ruleStart];
            }

            lines.Add(Line(key, rule, message));
        }

        return lines;
    }

    /// <summary>Compiles <see cref="Schema"/> with the generator and loads it, to read values as an application would.</summary>
    private static (Compilation, Func<string, IReadOnlyList<ConfigError>>) Compile()
    {
        var compilation = CSharpCompilation.Create(
            "Words",
            [CSharpSyntaxTree.ParseText(Schema, ParseOptions)],
            [.. TestReferences.Net100, TestReferences.Veltrix],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new ConfigGenerator().AsSourceGenerator()], parseOptions: ParseOptions);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var generated, out _);
        using var image = new MemoryStream();
        var emitted = generated.Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
        var load = Assembly.Load(image.ToArray()).GetType("Words.Loader")!.GetMethod("Load")!;
        return (compilation, path => (IReadOnlyList<ConfigError>)load.Invoke(null, [path])!);
    }

    private sealed class FileText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text, Encoding.UTF8);
    }
}
