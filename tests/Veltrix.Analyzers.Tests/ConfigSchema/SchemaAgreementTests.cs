using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Veltrix.Analyzers.ConfigSchema;
using Veltrix.Analyzers.Symbols;
using Veltrix.Analyzers.Tests.Infrastructure;
using Veltrix.Generators;

namespace Veltrix.Analyzers.Tests.ConfigSchema;

/// <summary>
/// The analyzers and the generator read a schema through the same parser (linked into both assemblies), so the keys
/// the analyzers look values up by are exactly the keys of the generated <c>ConfigSchema</c>. These tests run the
/// generator and the analyzers' model on the same compilation, for schemas where a second reading would drift.
/// </summary>
public sealed class SchemaAgreementTests
{
    private const string Schemas = """
        #nullable enable
        using System;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.ComponentModel.DataAnnotations;
        using Veltrix;

        namespace Agreement;

        public enum Mode { Fifo, Lifo }

        public abstract class ServiceBase
        {
            public string Name { get; init; } = "";
            [ConfigKey("retry_count")] public int Retries { get; init; } = 3;
            public virtual int Weight { get; init; }
        }

        [VeltrixConfig("Service")]
        public sealed partial class ServiceConfig : ServiceBase
        {
            public override int Weight { get; init; } = 5;
            [ConfigIgnore] public string Scratch { get; set; } = "";
            public string Computed => Name + "!";
            public int Hidden { get; private set; } // bound: generated code is inside the type
            public Dictionary<int, string> ById { get; init; } = new();
            public Action? Callback { get; init; }
            public IDictionary<string, EndpointSection> Endpoints { get; init; } = new Dictionary<string, EndpointSection>();
            public IEnumerable<string> Hosts { get; init; } = [];
            public HashSet<Mode> Modes { get; init; } = new();
            public ISet<string> Tags { get; init; } = new HashSet<string>();
            public IReadOnlyCollection<int> Ports { get; init; } = [];
            public ImmutableArray<EndpointSection> Backups { get; init; } = [];
            public IReadOnlyDictionary<string, int> Limits { get; init; } = new Dictionary<string, int>();
            public EndpointSection Primary { get; init; } = new();
            public EndpointSection? Fallback { get; init; }
            [Secret] public TlsSection Client { get; init; } = new();
            public int[] Ids { get; init; } = [];
        }

        public sealed partial class EndpointSection
        {
            [Required] public Uri? Url { get; init; }
            public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(5);
            public TlsSection Tls { get; init; } = new();
        }

        public sealed partial class TlsSection
        {
            [Secret] public string? Password { get; init; }
            public bool Enabled { get; init; }
        }

        [VeltrixConfig("Caching:Apps")]
        public sealed partial record AppsCache(int MaxEntries, [property: ConfigKey("ttl")] TimeSpan TimeToLive, string? Region = null)
        {
            public int Shards { get; init; } = 4;
        }

        [VeltrixConfig]
        public sealed partial class RootConfig
        {
            public string Environment { get; init; } = "dev";
            public List<EndpointSection> Mirrors { get; init; } = [];
            public Dictionary<string, List<string>> Nested { get; init; } = new();
        }
        """;

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview);

    private static readonly CSharpCompilationOptions Options = new(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);

    [Fact]
    public void SchemasInSource_AnalyzerKeys_EqualGeneratedSchemaKeys()
    {
        var (compilation, generated) = Generate("Agreement.App");

        var analyzed = AnalyzerKeys(compilation, compilation.Assembly);

        AssertSame(generated, analyzed);
    }

    [Fact]
    public void SchemasInReferencedLibrary_AnalyzerKeys_EqualGeneratedSchemaKeys()
    {
        var (library, generated) = Generate("Agreement.Library");
        using var image = new MemoryStream();
        var emitted = library.Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
        var app = CSharpCompilation.Create(
            "Agreement.Consumer",
            [CSharpSyntaxTree.ParseText("public static class Program { }", ParseOptions)],
            [.. References(), MetadataReference.CreateFromImage(image.ToArray())],
            Options);
        var referenced = app.GetAssemblyOrModuleSymbol(app.References.Last()) as IAssemblySymbol;

        var analyzed = AnalyzerKeys(app, referenced!);

        // Metadata shows a compilation public and protected members only (MetadataImportOptions.Public), so a private
        // setter, which generated code inside the type can call, is invisible from a referencing project.
        generated["ServiceConfig"].RemoveAll(static k => k.StartsWith("Service:Hidden ", StringComparison.Ordinal));
        AssertSame(generated, analyzed);
    }

    [Fact]
    public void AnalyzerAssembly_Always_HoldsNoGenerator()
    {
        // A generator type in the analyzer assembly would run twice: the parser is linked, the generator is not.
        var types = typeof(SchemaModel).Assembly.GetTypes();

        Assert.DoesNotContain(types, static t => typeof(IIncrementalGenerator).IsAssignableFrom(t) || typeof(ISourceGenerator).IsAssignableFrom(t));
        Assert.DoesNotContain(types, static t => t.IsDefined(typeof(GeneratorAttribute), inherit: false));
    }

    private static void AssertSame(Dictionary<string, List<string>> generated, Dictionary<string, List<string>> analyzed)
    {
        Assert.Equal(["AppsCache", "RootConfig", "ServiceConfig"], generated.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(generated.Keys.Order(StringComparer.Ordinal), analyzed.Keys.Order(StringComparer.Ordinal));
        foreach (var (root, keys) in generated)
        {
            Assert.NotEmpty(keys);
            Assert.Equal(keys, analyzed[root]);
        }

        // The members the generator leaves out are no keys in either model.
        Assert.DoesNotContain(generated["ServiceConfig"], static k => k.Contains("Scratch") || k.Contains("Computed") || k.Contains("ById") || k.Contains("Callback"));
    }

    private static IEnumerable<MetadataReference> References() => [.. TestReferences.Net100, TestReferences.Veltrix];

    /// <summary>Compiles <see cref="Schemas"/>, runs the generator, and reads every generated schema's key rows.</summary>
    private static (Compilation Compilation, Dictionary<string, List<string>> Keys) Generate(string assemblyName)
    {
        var compilation = CSharpCompilation.Create(assemblyName, [CSharpSyntaxTree.ParseText(Schemas, ParseOptions)], References(), Options);
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new ConfigGenerator().AsSourceGenerator()], parseOptions: ParseOptions);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);

        var keys = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var tree in driver.GetRunResult().GeneratedTrees)
        {
            foreach (var declarator in tree.GetRoot().DescendantNodes().OfType<VariableDeclaratorSyntax>())
            {
                if (declarator.Identifier.ValueText != "Schema" || declarator.Initializer?.Value is not ImplicitObjectCreationExpressionSyntax schema)
                {
                    continue;
                }

                var root = declarator.Ancestors().OfType<TypeDeclarationSyntax>().First(static t => !t.Identifier.ValueText.StartsWith("__", StringComparison.Ordinal));
                var rows = new List<string>();
                foreach (var row in schema.DescendantNodes().OfType<ImplicitObjectCreationExpressionSyntax>())
                {
                    // new(path, ConfigKeyKind.X, type, default, role, secret, required, description[, merge])
                    var args = row.ArgumentList.Arguments;
                    rows.Add(Row(
                        Text(args[0]),
                        ((MemberAccessExpressionSyntax)args[1].Expression).Name.Identifier.ValueText,
                        Text(args[2]),
                        args[5].Expression.IsKind(SyntaxKind.TrueLiteralExpression),
                        args[6].Expression.IsKind(SyntaxKind.TrueLiteralExpression)));
                }

                rows.Sort(StringComparer.Ordinal);
                keys.Add(root.Identifier.ValueText, rows);
            }
        }

        return (output, keys);

        static string Text(ArgumentSyntax argument) => ((LiteralExpressionSyntax)argument.Expression).Token.ValueText;
    }

    /// <summary>The key rows of every root the analyzers' model holds from <paramref name="assembly"/>, read through its lookup API.</summary>
    private static Dictionary<string, List<string>> AnalyzerKeys(Compilation compilation, IAssemblySymbol assembly)
    {
        var model = SchemaModel.For(compilation, VeltrixSymbols.TryCreate(compilation)!);
        var keys = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var root in model.Roots)
        {
            if (!SymbolEqualityComparer.Default.Equals(root.Type.ContainingAssembly, assembly))
            {
                continue;
            }

            var rows = new List<string>();
            AddSection(root.Section, root.SectionPath, secret: false, rows);
            rows.Sort(StringComparer.Ordinal);
            keys.Add(root.Type.Name, rows);
        }

        return keys;
    }

    private static void AddSection(SchemaSection section, string prefix, bool secret, List<string> rows)
    {
        foreach (var member in section.Members)
        {
            var path = prefix.Length == 0 ? member.Key : prefix + ":" + member.Key;
            var isSecret = secret || member.IsSecret;
            var type = member.Type;
            rows.Add(Row(path, Kind(type), type.DisplayName, isSecret, member.IsRequired));
            if (type.Kind == SchemaTypeKind.Section)
            {
                AddSection(type.Section!, path, isSecret, rows);
            }
            else if (type.Element is { } element)
            {
                AddElement(element, path + ":*", isSecret, rows);
            }
        }
    }

    // Elements may be collections themselves (a dictionary of lists): their elements are keyed one level deeper.
    private static void AddElement(SchemaType element, string path, bool secret, List<string> rows)
    {
        rows.Add(Row(path, Kind(element), element.DisplayName, secret, required: false));
        if (element.Kind == SchemaTypeKind.Section)
        {
            AddSection(element.Section!, path, secret, rows);
        }
        else if (element.Element is { } inner)
        {
            AddElement(inner, path + ":*", secret, rows);
        }
    }

    private static string Kind(SchemaType type) => type.Kind switch
    {
        SchemaTypeKind.Scalar => "Value",
        SchemaTypeKind.Section => "Section",
        SchemaTypeKind.List => "List",
        _ => "Dictionary",
    };

    private static string Row(string path, string kind, string type, bool secret, bool required)
        => path + " | " + kind + " | " + type + (secret ? " | secret" : string.Empty) + (required ? " | required" : string.Empty);
}
