using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Veltrix.Generators.Tests.Infrastructure;
using Xunit;

namespace Veltrix.Generators.Tests;

/// <summary>
/// VLX0001–VLX0010: each rule is reported with the right ID, severity, location and message arguments; a close but
/// valid schema reports nothing; and in either case the generated code compiles with the user's code (the generator
/// never emits code that breaks the build instead of reporting).
/// </summary>
/// <remarks>
/// <c>{|#0:…|}</c> marks where the diagnostic must be. <c>{*}</c> in an expected message stands for the free-text
/// reason a rule gives (its last argument), which these tests do not pin down word for word.
/// </remarks>
public sealed class DiagnosticTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.ComponentModel.DataAnnotations;
        using Veltrix;

        namespace Demo;

        """;

    // ---- VLX0001: schema type (or a containing type) is not partial

    [Fact]
    public void TypeNotPartial_ClassWithoutPartial_ReportsVlx0001()
        => AssertSingleDiagnostic(
            """
            [VeltrixConfig("Server")]
            public sealed class {|#0:ServerConfig|}
            {
                public int Port { get; init; }
            }
            """,
            "VLX0001",
            DiagnosticSeverity.Error,
            "Type 'ServerConfig' has [VeltrixConfig] but it or a containing type is not partial; add the 'partial' modifier so the generator can implement IVeltrixConfig<ServerConfig>");

    [Fact]
    public void TypeNotPartial_ContainingClassWithoutPartial_ReportsVlx0001()
        => AssertSingleDiagnostic(
            """
            public static class Outer
            {
                [VeltrixConfig("Server")]
                public sealed partial class {|#0:ServerConfig|}
                {
                    public int Port { get; init; }
                }
            }
            """,
            "VLX0001",
            DiagnosticSeverity.Error,
            "Type 'Outer.ServerConfig' has [VeltrixConfig] but it or a containing type is not partial; add the 'partial' modifier so the generator can implement IVeltrixConfig<Outer.ServerConfig>");

    [Fact]
    public void TypeNotPartial_PartialTypeInPartialContainer_ReportsNothing()
        => AssertNoDiagnostics(
            """
            public static partial class Outer
            {
                [VeltrixConfig("Server")]
                public sealed partial class ServerConfig
                {
                    public int Port { get; init; }
                }
            }
            """);

    // ---- VLX0002: member type is not supported

    [Theory]
    [InlineData("Action?", "Action?")]
    [InlineData("object?", "object?")]
    [InlineData("Dictionary<int, string>?", "Dictionary<int, string>?")]
    [InlineData("Queue<int>?", "Queue<int>?")]
    [InlineData("IDictionary<int, string>?", "IDictionary<int, string>?")]
    public void UnsupportedMemberType_MemberOfUnbindableType_ReportsVlx0002(string type, string display)
        => AssertSingleDiagnostic(
            $$"""
            [VeltrixConfig("Server")]
            public sealed partial class ServerConfig
            {
                public int Port { get; init; }
                public {{type}} {|#0:Extra|} { get; init; }
            }
            """,
            "VLX0002",
            DiagnosticSeverity.Error,
            $"Member 'ServerConfig.Extra' has type '{display}', which Veltrix cannot bind: {{*}}; change the type, or mark the member [ConfigIgnore] if it is not configuration");

    [Fact]
    public void UnsupportedMemberType_StringKeyedDictionaryAndReadOnlyList_ReportsNothing()
        => AssertNoDiagnostics(
            """
            [VeltrixConfig("Server")]
            public sealed partial class ServerConfig
            {
                public Dictionary<string, int> Weights { get; init; } = [];
                public IReadOnlyList<int> Ports { get; init; } = [];
            }
            """);

    [Fact]
    public void UnsupportedMemberType_CollectionInterfacesConfigurationBinderBinds_ReportsNothing()
        => AssertNoDiagnostics(
            """
            [VeltrixConfig("Server")]
            public sealed partial class ServerConfig
            {
                public IDictionary<string, string> Headers { get; set; } = new Dictionary<string, string>();
                public IEnumerable<string> Names { get; set; } = [];
                public ICollection<int> Codes { get; set; } = new List<int>();
                public IReadOnlyCollection<string> Zones { get; set; } = [];
                public HashSet<string> Tags { get; set; } = [];
                public ISet<int> Ports { get; set; } = new HashSet<int>();
                public IReadOnlySet<string> Regions { get; set; } = new HashSet<string>();
            }
            """);

    [Fact]
    public void UnsupportedMemberType_InterfaceAndAbstractMembersWithConcreteInitializers_ReportsNothing()
        => AssertNoDiagnostics(
            """
            public interface IPolicy { int Attempts { get; } }
            public sealed class Retry : IPolicy { public int Attempts { get; set; } = 3; }
            public abstract class StoreBase { public string Path { get; set; } = "data"; }
            public sealed class DiskStore : StoreBase { public int Quota { get; set; } }

            [VeltrixConfig("Server")]
            public sealed partial class ServerConfig
            {
                public IPolicy Policy { get; set; } = new Retry();
                public StoreBase Store { get; set; } = new DiskStore();
                public IReadOnlyList<IReadOnlyDictionary<string, string>> Transforms { get; set; } = [];
            }
            """);

    [Fact]
    public void UnsupportedMemberType_InterfaceWithoutInitializer_ReportsVlx0002()
        => AssertSingleDiagnostic(
            """
            public interface IPolicy { int Attempts { get; } }

            [VeltrixConfig("Server")]
            public sealed partial class ServerConfig
            {
                public IPolicy? {|#0:Policy|} { get; set; }
            }
            """,
            "VLX0002",
            DiagnosticSeverity.Error,
            "Member 'ServerConfig.Policy' has type 'IPolicy?', which Veltrix cannot bind: {*}; change the type, or mark the member [ConfigIgnore] if it is not configuration");

    [Fact]
    public void UnsupportedMemberType_MemberMarkedConfigIgnore_ReportsNothing()
        => AssertNoDiagnostics(
            """
            [VeltrixConfig("Server")]
            public sealed partial class ServerConfig
            {
                public int Port { get; init; }

                [ConfigIgnore]
                public Action? OnReload { get; set; }
            }
            """);

    // ---- VLX0003: two members bind the same key

    [Fact]
    public void DuplicateKey_ConfigKeyMatchesOtherMemberIgnoringCase_ReportsVlx0003()
        => AssertSingleDiagnostic(
            """
            [VeltrixConfig("Server")]
            public sealed partial class ServerConfig
            {
                public int Port { get; init; }
                [ConfigKey("port")] public int {|#0:ListenPort|} { get; init; }
            }
            """,
            "VLX0003",
            DiagnosticSeverity.Error,
            "Members 'ServerConfig.Port' and 'ServerConfig.ListenPort' both bind key 'port' (keys are case-insensitive); rename one or give it a different [ConfigKey]");

    [Fact]
    public void DuplicateKey_NamesDifferingOnlyInCase_ReportsVlx0003()
        => AssertSingleDiagnostic(
            """
            [VeltrixConfig("Server")]
            public sealed partial class ServerConfig
            {
                public int Port { get; init; }
                public int {|#0:PORT|} { get; init; }
            }
            """,
            "VLX0003",
            DiagnosticSeverity.Error,
            "Members 'ServerConfig.Port' and 'ServerConfig.PORT' both bind key 'PORT' (keys are case-insensitive); rename one or give it a different [ConfigKey]");

    [Fact]
    public void DuplicateKey_SameNameInDifferentSections_ReportsNothing()
        => AssertNoDiagnostics(
            """
            [VeltrixConfig("Server")]
            public sealed partial class ServerConfig
            {
                public int Port { get; init; }
                [ConfigKey("Port2")] public int OtherPort { get; init; }
                public AdminConfig Admin { get; init; } = new();
            }

            public sealed partial class AdminConfig
            {
                public int Port { get; init; }
            }
            """);

    // ---- VLX0004: a section type reaches itself

    [Fact]
    public void RecursiveSection_SectionContainsItself_ReportsVlx0004()
        => AssertSingleDiagnostic(
            """
            [VeltrixConfig("Tree")]
            public sealed partial class TreeConfig
            {
                public NodeConfig Root { get; init; } = new();
            }

            public sealed partial class NodeConfig
            {
                public string Name { get; init; } = "";
                public NodeConfig? {|#0:Child|} { get; init; }
            }
            """,
            "VLX0004",
            DiagnosticSeverity.Error,
            "Section type 'NodeConfig' reaches itself through 'NodeConfig.Child'; configuration sections must form a tree, so break the cycle");

    [Fact]
    public void RecursiveSection_CycleThroughList_ReportsVlx0004()
        => AssertSingleDiagnostic(
            """
            [VeltrixConfig("Tree")]
            public sealed partial class TreeConfig
            {
                public NodeConfig Root { get; init; } = new();
            }

            public sealed partial class NodeConfig
            {
                public string Name { get; init; } = "";
                public IReadOnlyList<NodeConfig> {|#0:Children|} { get; init; } = [];
            }
            """,
            "VLX0004",
            DiagnosticSeverity.Error,
            "Section type 'NodeConfig' reaches itself through 'NodeConfig.Children'; configuration sections must form a tree, so break the cycle");

    [Fact]
    public void RecursiveSection_SameTypeInSiblingMembers_ReportsNothing()
        => AssertNoDiagnostics(
            """
            [VeltrixConfig("Db")]
            public sealed partial class DbConfig
            {
                public EndpointConfig Primary { get; init; } = new();
                public EndpointConfig Replica { get; init; } = new();
                public IReadOnlyList<EndpointConfig> Others { get; init; } = [];
            }

            public sealed partial class EndpointConfig
            {
                public string Host { get; init; } = "";
            }
            """);

    // ---- VLX0005: a [ConfigKey] is empty or contains ':'

    [Theory]
    [InlineData("a:b")]
    [InlineData("")]
    public void InvalidConfigKey_EmptyOrWithSeparator_ReportsVlx0005(string key)
        => AssertSingleDiagnostic(
            $$"""
            [VeltrixConfig("Server")]
            public sealed partial class ServerConfig
            {
                [{|#0:ConfigKey("{{key}}")|}] public int Port { get; init; }
            }
            """,
            "VLX0005",
            DiagnosticSeverity.Error,
            $"The key '{key}' of 'ServerConfig.Port' is invalid: {{*}}");

    [Fact]
    public void InvalidConfigKey_DashesAndDots_ReportsNothing()
        => AssertNoDiagnostics(
            """
            [VeltrixConfig("Server")]
            public sealed partial class ServerConfig
            {
                [ConfigKey("max-entries")] public int MaxEntries { get; init; }
                [ConfigKey("tls.version")] public string TlsVersion { get; init; } = "1.3";
            }
            """);

    // ---- VLX0006: an attribute argument cannot be used

    [Theory]
    [InlineData("""RegularExpression("[a-")""", "string", "RegularExpression")]
    [InlineData("""Range(1, 10)""", "string", "Range")]
    [InlineData("""Range(typeof(TimeSpan), "soon", "01:00:00")""", "TimeSpan", "Range")]
    public void InvalidAttributeArgument_UnusableValidationArgument_ReportsVlx0006(string attribute, string type, string attributeName)
        => AssertSingleDiagnostic(
            $$"""
            [VeltrixConfig("Server")]
            public sealed partial class ServerConfig
            {
                [{|#0:{{attribute}}|}] public {{type}} Value { get; init; } = default!;
            }
            """,
            "VLX0006",
            DiagnosticSeverity.Error,
            $"[{attributeName}] on 'ServerConfig.Value' cannot be used: {{*}}");

    [Theory]
    [InlineData("App::Server")]
    [InlineData(":Server")]
    [InlineData("Server:")]
    public void InvalidAttributeArgument_SectionPathWithEmptySegment_ReportsVlx0006(string section)
        => AssertSingleDiagnostic(
            $$"""
            [{|#0:VeltrixConfig("{{section}}")|}]
            public sealed partial class ServerConfig
            {
                public int Port { get; init; }
            }
            """,
            "VLX0006",
            DiagnosticSeverity.Error,
            "[VeltrixConfig] on 'ServerConfig' cannot be used: {*}");

    [Theory]
    [InlineData("AtMost(\"Missing\")", "int", "AtMost")]
    [InlineData("AtLeast(nameof(Value))", "int", "AtLeast")]
    [InlineData("AtMost(nameof(Name))", "int", "AtMost")]
    [InlineData("AtMost(nameof(Limit))", "TimeSpan", "AtMost")]
    [InlineData("AtLeast(nameof(Huge))", "int", "AtLeast")]
    public void InvalidAttributeArgument_UnusableRelation_ReportsVlx0006(string attribute, string type, string attributeName)
        => AssertSingleDiagnostic(
            $$"""
            [VeltrixConfig("Server")]
            public sealed partial class ServerConfig
            {
                [{|#0:{{attribute}}|}] public {{type}} Value { get; init; } = default!;
                public string Name { get; init; } = "";
                public int Limit { get; init; } = 10;
                public ulong Huge { get; init; } = 10;
            }
            """,
            "VLX0006",
            DiagnosticSeverity.Error,
            $"[{attributeName}] on 'ServerConfig.Value' cannot be used: {{*}}");

    [Fact]
    public void InvalidAttributeArgument_ComparableRelations_ReportsNothing()
        => AssertNoDiagnostics(
            """
            [VeltrixConfig("Server")]
            public sealed partial class ServerConfig
            {
                [AtMost(nameof(Max))] public int Min { get; init; } = 1;
                public long Max { get; init; } = 10;
                [AtLeast(nameof(Short))] public TimeSpan? Long { get; init; }
                public TimeSpan Short { get; init; } = TimeSpan.FromSeconds(1);
            }
            """);

    [Fact]
    public void InvalidAttributeArgument_ValidPatternRangeAndSectionPath_ReportsNothing()
        => AssertNoDiagnostics(
            """
            [VeltrixConfig("App:Server")]
            public sealed partial class ServerConfig
            {
                [RegularExpression("^[a-z]+$")] public string Slug { get; init; } = "app";
                [Range(1, 10)] public int Count { get; init; } = 1;
                [Range(typeof(TimeSpan), "00:00:01", "01:00:00")] public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(5);
            }
            """);

    // ---- VLX0007: a section type cannot be constructed

    [Fact]
    public void SectionNotConstructible_PrivateConstructor_ReportsVlx0007()
        => AssertSingleDiagnostic(
            """
            [VeltrixConfig("Server")]
            public sealed partial class ServerConfig
            {
                public HiddenConfig? Hidden { get; init; }
            }

            public sealed class {|#0:HiddenConfig|}
            {
                private HiddenConfig()
                {
                }

                public int Value { get; init; }
            }
            """,
            "VLX0007",
            DiagnosticSeverity.Error,
            "Type 'HiddenConfig' cannot be created by the generated binder: {*}");

    [Fact]
    public void SectionNotConstructible_AbstractClass_ReportsVlx0007()
        => AssertSingleDiagnostic(
            """
            [VeltrixConfig("Server")]
            public sealed partial class ServerConfig
            {
                public BaseConfig? Base { get; init; }
            }

            public abstract class {|#0:BaseConfig|}
            {
                public int Value { get; init; }
            }
            """,
            "VLX0007",
            DiagnosticSeverity.Error,
            "Type 'BaseConfig' cannot be created by the generated binder: {*}");

    [Fact]
    public void SectionNotConstructible_TwoPublicConstructorsWithParameters_ReportsVlx0007()
        => AssertSingleDiagnostic(
            """
            [VeltrixConfig("Server")]
            public sealed partial class ServerConfig
            {
                public AmbiguousConfig? Ambiguous { get; init; }
            }

            public sealed class {|#0:AmbiguousConfig|}
            {
                public AmbiguousConfig(int value) => Value = value;

                public AmbiguousConfig(string text) => Value = text.Length;

                public int Value { get; }
            }
            """,
            "VLX0007",
            DiagnosticSeverity.Error,
            "Type 'AmbiguousConfig' cannot be created by the generated binder: {*}");

    [Fact]
    public void SectionNotConstructible_SeveralUnmatchedConstructorParameters_ReportsVlx0007OnceWithEveryReason()
        => AssertSingleDiagnostic(
            """
            [VeltrixConfig("Server")]
            public sealed partial class ServerConfig
            {
                public ClientConfig? Client { get; init; }
            }

            public sealed class ClientConfig
            {
                public ClientConfig(int {|#0:timeout|}, string endpoint, bool retry)
                {
                    Value = timeout + endpoint.Length + (retry ? 1 : 0);
                }

                public int Value { get; }
            }
            """,
            "VLX0007",
            DiagnosticSeverity.Error,
            "Type 'ClientConfig' cannot be created by the generated binder: constructor parameter 'timeout' has no public or internal property of the same name that exposes its value; "
                + "constructor parameter 'endpoint' has no public or internal property of the same name that exposes its value; "
                + "constructor parameter 'retry' has no public or internal property of the same name that exposes its value");

    [Fact]
    public void SectionNotConstructible_PositionalRecordSection_ReportsNothing()
        => AssertNoDiagnostics(
            """
            [VeltrixConfig("Server")]
            public sealed partial class ServerConfig
            {
                public EndpointConfig Endpoint { get; init; } = new("localhost", 80);
            }

            public sealed record EndpointConfig(string Host, int Port = 80);
            """);

    // ---- VLX0008: a non-partial record holds a secret

    [Fact]
    public void SecretInNonPartialRecord_InitProperty_ReportsVlx0008()
        => AssertSingleDiagnostic(
            """
            [VeltrixConfig("Auth")]
            public sealed partial class AuthConfig
            {
                public CredentialsConfig Credentials { get; init; } = new();
            }

            public sealed record CredentialsConfig
            {
                public string User { get; init; } = "";
                [Secret] public string? {|#0:Password|} { get; init; }
            }
            """,
            "VLX0008",
            DiagnosticSeverity.Warning,
            "Record 'CredentialsConfig' holds secret member 'Password', but it is not partial, so its compiler-generated ToString() prints the secret; make it partial so Veltrix can generate a redacting ToString()");

    [Fact]
    public void SecretInNonPartialRecord_PositionalParameter_ReportsVlx0008()
        => AssertSingleDiagnostic(
            """
            [VeltrixConfig("Auth")]
            public sealed partial class AuthConfig
            {
                public CredentialsConfig? Credentials { get; init; }
            }

            public sealed record CredentialsConfig(string User, [Secret] string {|#0:Password|});
            """,
            "VLX0008",
            DiagnosticSeverity.Warning,
            "Record 'CredentialsConfig' holds secret member 'Password', but it is not partial, so its compiler-generated ToString() prints the secret; make it partial so Veltrix can generate a redacting ToString()");

    [Fact]
    public void SecretInNonPartialRecord_PartialRecordOrNonPartialClass_ReportsNothing()
        => AssertNoDiagnostics(
            """
            [VeltrixConfig("Auth")]
            public sealed partial class AuthConfig
            {
                public CredentialsConfig Credentials { get; init; } = new();
                public TokenConfig Token { get; init; } = new();
            }

            public sealed partial record CredentialsConfig
            {
                public string User { get; init; } = "";
                [Secret] public string? Password { get; init; }
            }

            public sealed class TokenConfig
            {
                [Secret] public string? Value { get; init; }
            }
            """);

    // Suppressing the one warning: project-wide (NoWarn, a global config), per file (.editorconfig) and per line (#pragma).

    private const string SecretInRecordSource = """
        [VeltrixConfig("Auth")]
        public sealed partial class AuthConfig
        {
            public CredentialsConfig Credentials { get; init; } = new();
        }

        public sealed record CredentialsConfig
        {
        PRAGMA_DISABLE
            [Secret] public string? Password { get; init; }
        PRAGMA_RESTORE
        }
        """;

    [Fact]
    public void SecretInNonPartialRecord_ProjectNoWarn_NotReported()
    {
        var compilation = GeneratorRunner.CreateCompilation(Usings + SecretInRecord(pragma: false));
        compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions([new("VLX0008", ReportDiagnostic.Suppress)]));

        var result = GeneratorRunner.Run(compilation);

        Assert.Empty(result.GeneratorDiagnostics);
        result.AssertOutputCompilesCleanly();
    }

    [Fact]
    public void SecretInNonPartialRecord_EditorConfigSeverityNone_NotReported()
    {
        // What MSBuild passes for "[*.cs] dotnet_diagnostic.VLX0008.severity = none" in an .editorconfig.
        var compilation = GeneratorRunner.CreateCompilation(Usings + SecretInRecord(pragma: false));
        compilation = compilation.WithOptions(compilation.Options.WithSyntaxTreeOptionsProvider(new PerFileSeverity("VLX0008", ReportDiagnostic.Suppress)));

        var result = GeneratorRunner.Run(compilation);

        Assert.True(result.GeneratorDiagnostics.IsEmpty, "Not suppressed by .editorconfig: " + string.Join("\n", result.GeneratorDiagnostics.Select(GenerationResult.Format)));
    }

    [Fact]
    public void SecretInNonPartialRecord_PragmaWarningDisable_NotReported()
    {
        var result = GeneratorRunner.Run(Usings + SecretInRecord(pragma: true));

        var reported = result.GeneratorDiagnostics.Where(static d => !d.IsSuppressed).ToList();
        Assert.True(reported.Count == 0, "Not suppressed by #pragma: " + string.Join("\n", reported.Select(GenerationResult.Format)));
        result.AssertOutputCompilesCleanly();
    }

    // ---- VLX0009: schema type is generic

    [Fact]
    public void GenericSchemaType_TypeParameter_ReportsVlx0009()
        => AssertSingleDiagnostic(
            """
            [VeltrixConfig("Settings")]
            public sealed partial class {|#0:SettingsConfig|}<T>
            {
                public int Port { get; init; }
            }
            """,
            "VLX0009",
            DiagnosticSeverity.Error,
            "Type 'SettingsConfig<T>' has [VeltrixConfig] but is generic; schema types must be closed, non-generic classes or records");

    [Fact]
    public void GenericSchemaType_GenericMethodAndGenericMemberTypes_ReportsNothing()
        => AssertNoDiagnostics(
            """
            [VeltrixConfig("Settings")]
            public sealed partial class SettingsConfig
            {
                public List<int> Ports { get; init; } = [];
                public Dictionary<string, string> Labels { get; init; } = [];

                public static T Echo<T>(T value) => value;
            }
            """);

    // ---- VLX0006 for the string rules and [Compare]

    [Theory]
    [InlineData("EmailAddress", "int", "EmailAddress")]
    [InlineData("Url", "Uri?", "Url")]
    [InlineData("Phone", "long", "Phone")]
    [InlineData("CreditCard", "List<string>", "CreditCard")]
    [InlineData("Base64String", "byte[]", "Base64String")]
    [InlineData("FileExtensions(Extensions = \"txt\")", "int", "FileExtensions")]
    [InlineData("Compare(\"Missing\")", "string", "Compare")]
    [InlineData("Compare(\"\")", "string", "Compare")]
    public void InvalidAttributeArgument_UnusableStringRuleOrCompare_ReportsVlx0006(string attribute, string type, string attributeName)
        => AssertSingleDiagnostic(
            $$"""
            [VeltrixConfig("Server")]
            public sealed partial class ServerConfig
            {
                [{|#0:{{attribute}}|}] public {{type}} Value { get; init; } = default!;
            }
            """,
            "VLX0006",
            DiagnosticSeverity.Error,
            $"[{attributeName}] on 'ServerConfig.Value' cannot be used: {{*}}");

    // ---- VLX0010: a validation attribute that generated code cannot construct

    // Generated code lives in the root schema type: what is private to another section type is out of its reach.
    [Theory]
    [InlineData("OfType(typeof(Marker))", "OfType")]
    [InlineData("Private", "Private")]
    [InlineData("OfType(typeof(int), Tag = Level.High)", "OfType")]
    public void UnenforceableValidationAttribute_PrivateToAnotherSection_ReportsVlx0010(string attribute, string attributeName)
        => AssertSingleDiagnostic(
            $$"""
            [VeltrixConfig("Server")]
            public sealed partial class ServerConfig
            {
                public TlsSection Tls { get; init; } = new();
            }

            public sealed class TlsSection
            {
                [{|#0:{{attribute}}|}] public string Value { get; init; } = "";

                private sealed class Marker;

                private enum Level { Low, High }

                private sealed class PrivateAttribute : ValidationAttribute
                {
                    public override bool IsValid(object? value) => true;
                }
            }

            public sealed class OfTypeAttribute(Type type) : ValidationAttribute
            {
                public Type Type { get; } = type;
                public object? Tag { get; set; }
                public override bool IsValid(object? value) => true;
            }
            """,
            "VLX0010",
            DiagnosticSeverity.Warning,
            $"[{attributeName}] on 'TlsSection.Value' is not checked: {{*}}; make it accessible to the schema type, or check the value in IValidatableObject.Validate");

    [Fact]
    public void UnenforceableValidationAttribute_PrivateAttributeOnSectionType_ReportsVlx0010()
        => AssertSingleDiagnostic(
            """
            [VeltrixConfig("Server")]
            public sealed partial class ServerConfig
            {
                public TlsSection Tls { get; init; } = new();
            }

            [{|#0:Private|}]
            public sealed class TlsSection
            {
                public string Value { get; init; } = "";

                [AttributeUsage(AttributeTargets.Class)]
                private sealed class PrivateAttribute : ValidationAttribute
                {
                    public override bool IsValid(object? value) => true;
                }
            }
            """,
            "VLX0010",
            DiagnosticSeverity.Warning,
            "[Private] on 'TlsSection' is not checked: {*}; make it accessible to the schema type, or check the value in IValidatableObject.Validate");

    [Fact]
    public void UnenforceableValidationAttribute_AccessibleAttributes_ReportsNothing()
        => AssertNoDiagnostics(
            """
            [VeltrixConfig("Server")]
            public sealed partial class ServerConfig
            {
                [EmailAddress, StringLength(100)] public string? Contact { get; init; }
                [Url] public string Home { get; init; } = "https://example.com";
                [Phone] public string? Phone { get; init; }
                [CreditCard] public string? Card { get; init; }
                [Base64String] public string? Key { get; init; }
                [FileExtensions(Extensions = "json,yaml")] public string File { get; init; } = "app.json";
                [Compare(nameof(Home))] public string Mirror { get; init; } = "https://example.com";
                [OfType(typeof(List<int>), Names = ["a", "b"], Level = Level.High, Factor = 0.5)] public string Value { get; init; } = "";
                [CustomValidation(typeof(ServerConfig), nameof(Check))] public int Count { get; init; }
                [DataType(DataType.Password)] public string? Password { get; init; }

                public static ValidationResult? Check(int value) => ValidationResult.Success;
            }

            public enum Level { Low, High }

            public sealed class OfTypeAttribute(Type type) : ValidationAttribute
            {
                public Type Type { get; } = type;
                public string[] Names { get; set; } = [];
                public Level Level { get; set; }
                public double Factor { get; set; }
                public override bool IsValid(object? value) => true;
            }
            """);

    private static void AssertSingleDiagnostic(string markup, string id, DiagnosticSeverity severity, string expectedMessage)
    {
        var source = MarkedSource.Parse(Usings + markup);
        var result = GeneratorRunner.Run(source.Text);

        Assert.True(
            result.GeneratorDiagnostics.Length == 1,
            $"Expected one {id}, got {result.GeneratorDiagnostics.Length} diagnostic(s):\n" + string.Join("\n", result.GeneratorDiagnostics.Select(GenerationResult.Format)));
        var diagnostic = result.GeneratorDiagnostics[0];
        Assert.Equal(id, diagnostic.Id);
        // DefaultSeverity: the strict test compilation turns warnings into errors, as TreatWarningsAsErrors does.
        Assert.Equal(severity, diagnostic.DefaultSeverity);
        var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(MessagePattern(expectedMessage).IsMatch(message), $"Message:\n  {message}\nexpected:\n  {expectedMessage}");
        source.AssertLocation(diagnostic, 0);
        result.AssertOutputCompilesCleanly();
    }

    private static void AssertNoDiagnostics(string source)
    {
        var result = GeneratorRunner.Run(Usings + source);

        Assert.True(result.GeneratorDiagnostics.IsEmpty, "Unexpected diagnostics:\n" + string.Join("\n", result.GeneratorDiagnostics.Select(GenerationResult.Format)));
        Assert.NotEmpty(result.GeneratedSources);
        result.AssertOutputCompilesCleanly();
    }

    private static string SecretInRecord(bool pragma)
        => SecretInRecordSource
            .Replace("PRAGMA_DISABLE", pragma ? "#pragma warning disable VLX0008" : string.Empty, StringComparison.Ordinal)
            .Replace("PRAGMA_RESTORE", pragma ? "#pragma warning restore VLX0008" : string.Empty, StringComparison.Ordinal);

    private static Regex MessagePattern(string expected)
        => new("^" + Regex.Escape(expected).Replace(@"\{\*}", ".+", StringComparison.Ordinal) + "$", RegexOptions.Singleline | RegexOptions.CultureInvariant);

    /// <summary>Per-file diagnostic severities, as the compiler receives them from <c>.editorconfig</c> sections.</summary>
    private sealed class PerFileSeverity(string id, ReportDiagnostic severity) : SyntaxTreeOptionsProvider
    {
        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic value)
        {
            value = severity;
            return string.Equals(diagnosticId, id, StringComparison.Ordinal);
        }

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic value)
        {
            value = ReportDiagnostic.Default;
            return false;
        }
    }
}
