using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Veltrix.Generators.Tests.Infrastructure;
using Xunit;

namespace Veltrix.Generators.Tests;

/// <summary>
/// Golden files of the generated code for a representative set of schemas (<c>Snapshots/SnapshotTests.*.verified.txt</c>).
/// Each test also checks that the generator reports nothing, that its pipeline is cached on a re-run, and that
/// user code plus generated code compiles with no warning under nullable, every warning wave and warnings-as-errors.
/// </summary>
public sealed class SnapshotTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.ComponentModel.DataAnnotations;
        using Veltrix;

        """;

    [Fact]
    public void QuickStart_ReadmeSchema_MatchesGolden() => VerifyGenerated(Usings + """
        namespace Demo;

        [VeltrixConfig("Server")]
        public sealed partial class ServerConfig
        {
            [Range(1, 65535)] public int Port { get; init; } = 8080;
            public CacheConfig Cache { get; init; } = new();
            public IReadOnlyList<string> Hosts { get; init; } = [];
        }

        public sealed partial class CacheConfig
        {
            [CacheSize] public int MaxEntries { get; init; } = 10_000;
            [CacheTtl] public TimeSpan Ttl { get; init; } = TimeSpan.FromMinutes(5);
            [Secret] public string? Password { get; init; }
        }
        """);

    [Fact]
    public void Scalars_EveryType_MatchesGolden() => VerifyGenerated(Usings + """
        namespace Demo;

        public enum Mode { Off, On }

        [VeltrixConfig("Scalars")]
        public sealed partial class ScalarsConfig
        {
            public bool Flag { get; init; } = true;
            public byte Byte { get; init; } = 1;
            public sbyte SByte { get; init; } = -1;
            public short Int16 { get; init; } = -2;
            public ushort UInt16 { get; init; } = 2;
            public int Int32 { get; init; } = -3;
            public uint UInt32 { get; init; } = 3;
            public long Int64 { get; init; } = -4;
            public ulong UInt64 { get; init; } = 4;
            public Int128 Int128 { get; init; }
            public UInt128 UInt128 { get; init; }
            public float Single { get; init; } = 1.5f;
            public double Double { get; init; } = 2.25;
            public decimal Decimal { get; init; } = 3.125m;
            public char Char { get; init; } = 'x';
            public string String { get; init; } = "text";
            public Mode Mode { get; init; } = Mode.On;
            public TimeSpan TimeSpan { get; init; } = TimeSpan.FromSeconds(30);
            public DateTime DateTime { get; init; }
            public DateTimeOffset DateTimeOffset { get; init; }
            public DateOnly DateOnly { get; init; }
            public TimeOnly TimeOnly { get; init; }
            public Guid Guid { get; init; }
            public Uri Uri { get; init; } = new("http://localhost/");
            public Version Version { get; init; } = new(1, 0);
        }
        """);

    [Fact]
    public void Scalars_NullableForms_MatchesGolden() => VerifyGenerated(Usings + """
        namespace Demo;

        public enum Mode { Off, On }

        [VeltrixConfig("Nullables")]
        public sealed partial class NullablesConfig
        {
            public bool? Flag { get; init; }
            public byte? Byte { get; init; }
            public sbyte? SByte { get; init; }
            public short? Int16 { get; init; }
            public ushort? UInt16 { get; init; }
            public int? Int32 { get; init; } = 5;
            public uint? UInt32 { get; init; }
            public long? Int64 { get; init; }
            public ulong? UInt64 { get; init; }
            public Int128? Int128 { get; init; }
            public UInt128? UInt128 { get; init; }
            public float? Single { get; init; }
            public double? Double { get; init; }
            public decimal? Decimal { get; init; }
            public char? Char { get; init; }
            public string? String { get; init; }
            public Mode? Mode { get; init; }
            public TimeSpan? TimeSpan { get; init; }
            public DateTime? DateTime { get; init; }
            public DateTimeOffset? DateTimeOffset { get; init; }
            public DateOnly? DateOnly { get; init; }
            public TimeOnly? TimeOnly { get; init; }
            public Guid? Guid { get; init; }
            public Uri? Uri { get; init; }
            public Version? Version { get; init; }
        }
        """);

    [Fact]
    public void Enums_PlainAndFlags_MatchesGolden() => VerifyGenerated(Usings + """
        namespace Demo;

        public enum Level { Low = 1, Medium = 5, High = 10 }

        [Flags]
        public enum Access { None = 0, Read = 1, Write = 2, Execute = 4, All = Read | Write | Execute }

        [VeltrixConfig("Enums")]
        public sealed partial class EnumsConfig
        {
            public Level Level { get; init; } = Level.Medium;
            public Level? OptionalLevel { get; init; }
            public Access Access { get; init; } = Access.Read | Access.Write;
            public Access? OptionalAccess { get; init; }
            public IReadOnlyList<Level> Levels { get; init; } = [];
        }
        """);

    [Fact]
    public void Enums_ConstructorParameterDefaults_MatchesGolden() => VerifyGenerated(Usings + """
        namespace Demo;

        public enum Mode { Off, Fast, Safe }

        [Flags]
        public enum Access { None = 0, Read = 1, Write = 2, Execute = 4, All = Read | Write | Execute }

        public enum Keyword { @class, @event }

        [VeltrixConfig("Jobs")]
        public sealed partial record JobsConfig(
            Mode Mode = Mode.Fast,
            Mode? OptionalMode = Mode.Safe,
            Access Access = Access.Read | Access.Write,
            Access Everything = Access.All,
            Access Nothing = Access.None,
            Access Unknown = (Access)8,
            Mode Undefined = (Mode)7,
            Keyword Keyword = Keyword.@event);
        """);

    [Fact]
    public void Collections_OfScalars_MatchesGolden() => VerifyGenerated(Usings + """
        namespace Demo;

        [VeltrixConfig("Lists")]
        public sealed partial class ListsConfig
        {
            public int[] Array { get; init; } = [];
            public List<string> List { get; init; } = [];
            public IList<TimeSpan> IList { get; init; } = new List<TimeSpan>();
            public IReadOnlyList<Guid> IReadOnlyList { get; init; } = [];
            public ImmutableArray<long> ImmutableArray { get; init; } = [];
            public IReadOnlyList<string> WithDefault { get; init; } = ["localhost", "127.0.0.1"];
            public IReadOnlyList<int?> NullableElements { get; init; } = [];
            public int[]? NullableArray { get; init; }
            public Dictionary<string, int> Dictionary { get; init; } = [];
            public IReadOnlyDictionary<string, string> IReadOnlyDictionary { get; init; } = new Dictionary<string, string>();
            public IReadOnlyDictionary<string, Uri>? NullableDictionary { get; init; }
        }
        """);

    [Fact]
    public void Collections_InterfacesSetsAndNested_MatchesGolden() => VerifyGenerated(Usings + """
        namespace Demo;

        public sealed class Target
        {
            [Range(1, 65535)]
            public int Port { get; set; } = 80;
        }

        [VeltrixConfig("Shapes")]
        public sealed partial class ShapesConfig
        {
            public IDictionary<string, string> Headers { get; set; } = new Dictionary<string, string>();
            public IEnumerable<string> Names { get; set; } = [];
            public HashSet<int> Codes { get; set; } = [];
            public Dictionary<string, string[]> Aliases { get; set; } = [];
            public List<List<int>> Grid { get; set; } = [];
            public IReadOnlyList<IReadOnlyDictionary<string, string>> Transforms { get; set; } = [];
            public Dictionary<string, List<Target>>? Pools { get; set; }
            public List<string> Fixed { get; } = new();
        }
        """);

    [Fact]
    public void Collections_OfSections_MatchesGolden() => VerifyGenerated(Usings + """
        namespace Demo;

        public sealed partial class Endpoint
        {
            public string Url { get; init; } = "";
            public int Weight { get; init; } = 1;
        }

        [VeltrixConfig("Routing")]
        public sealed partial class RoutingConfig
        {
            public Endpoint[] Array { get; init; } = [];
            public List<Endpoint> List { get; init; } = [];
            public IList<Endpoint> IList { get; init; } = new List<Endpoint>();
            public IReadOnlyList<Endpoint> IReadOnlyList { get; init; } = [];
            public ImmutableArray<Endpoint> ImmutableArray { get; init; } = [];
            public Dictionary<string, Endpoint> Dictionary { get; init; } = [];
            public IReadOnlyDictionary<string, Endpoint> IReadOnlyDictionary { get; init; } = new Dictionary<string, Endpoint>();
        }
        """);

    [Fact]
    public void Sections_NestedThreeLevels_MatchesGolden() => VerifyGenerated(Usings + """
        namespace Demo;

        [VeltrixConfig("Service")]
        public sealed partial class ServiceConfig
        {
            public string Name { get; init; } = "service";
            public DatabaseConfig Database { get; init; } = new();
            public DatabaseConfig? Replica { get; init; }
        }

        public sealed partial class DatabaseConfig
        {
            public string Host { get; init; } = "localhost";
            public PoolConfig Pool { get; init; } = new();
        }

        public sealed class PoolConfig
        {
            public int Min { get; init; } = 1;
            public int Max { get; init; } = 16;
            public RetryConfig Retry { get; init; } = new();
        }

        public sealed record RetryConfig
        {
            public int Count { get; init; } = 3;
            public TimeSpan Delay { get; init; } = TimeSpan.FromMilliseconds(200);
        }
        """);

    [Fact]
    public void Records_PrimaryConstructorWithDefaults_MatchesGolden() => VerifyGenerated(Usings + """
        namespace Demo;

        public enum Protocol { Http, Https }

        [VeltrixConfig("Listener")]
        public sealed partial record ListenerConfig(
            string Host = "localhost",
            int Port = 8080,
            Protocol Protocol = Protocol.Https,
            TimeSpan? IdleTimeout = null,
            double Ratio = 0.5,
            string? Certificate = null,
            LimitsConfig? Limits = null);

        public sealed partial record LimitsConfig(int MaxConnections, int MaxRequestsPerConnection = 100, bool Enabled = true);
        """);

    [Fact]
    public void Classes_InitPropertiesWithInitializers_MatchesGolden() => VerifyGenerated(Usings + """
        namespace Demo;

        [VeltrixConfig("Worker")]
        public sealed partial class WorkerConfig
        {
            public const int DefaultBatch = 64;

            public int Batch { get; init; } = DefaultBatch;
            public int Threads { get; init; } = Environment.ProcessorCount * 2;
            public TimeSpan Poll { get; init; } = TimeSpan.FromMinutes(5);
            public TimeSpan Backoff { get; init; } = new(0, 0, 2);
            public Guid Id { get; init; } = Guid.Empty;
            public string Queue { get; init; } = nameof(WorkerConfig) + ".queue";
            public Uri Endpoint { get; init; } = new("https://example.com/jobs");
            public List<string> Tags { get; init; } = ["a", "b"];
            public bool Enabled { get; set; } = true;
            public string Untouched { get; init; } = string.Empty;
            public int NoInitializer { get; init; }
        }
        """);

    [Fact]
    public void Keys_ConfigKeySecretAndRoles_MatchesGolden() => VerifyGenerated(Usings + """
        namespace Demo;

        [VeltrixConfig("Limits")]
        public sealed partial class LimitsConfig
        {
            [ConfigKey("max-entries"), CacheSize] public int MaxEntries { get; init; } = 1000;
            [CacheTtl] public TimeSpan Ttl { get; init; } = TimeSpan.FromMinutes(1);
            [CacheTtl(CacheExpiration.Sliding)] public TimeSpan SlidingTtl { get; init; } = TimeSpan.FromSeconds(30);
            [Timeout] public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);
            [Timeout] public int ConnectTimeoutMs { get; init; } = 5000;
            [ConcurrencyLimit] public int MaxParallel { get; init; } = 8;
            [ThreadCount] public int Threads { get; init; } = 4;
            [QueueCapacity] public int Queue { get; init; } = 100;
            [PoolSize] public int Pool { get; init; } = 16;
            [RetryCount] public int Retries { get; init; } = 3;
            [Secret] public string? ApiKey { get; init; }
            [Secret, ConfigKey("conn")] public string ConnectionString { get; init; } = "Server=.";
            [Secret] public int Pin { get; init; } = 1234;
            public CredentialsConfig Credentials { get; init; } = new();
        }

        public sealed partial class CredentialsConfig
        {
            public string User { get; init; } = "admin";
            [Secret] public string? Password { get; init; }
        }
        """);

    [Fact]
    public void Validation_EveryAttribute_MatchesGolden() => VerifyGenerated(Usings + """
        namespace Demo;

        [VeltrixConfig("Validated")]
        public sealed partial class ValidatedConfig
        {
            [Range(1, 65535)] public int Port { get; init; } = 8080;
            [Range(0.0, 1.0)] public double Ratio { get; init; } = 0.5;
            [Range(0.0, 1.0, MinimumIsExclusive = true, MaximumIsExclusive = true)] public double Open { get; init; } = 0.5;
            [Range(typeof(TimeSpan), "00:00:01", "01:00:00")] public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
            [Range(1, 100, ErrorMessage = "{0} must be a percentage")] public int Percent { get; init; } = 50;
            [Range(1L, 10L)] public long? OptionalCount { get; init; }
            [RegularExpression("^[a-z][a-z0-9-]*$")] public string Slug { get; init; } = "app";
            [RegularExpression(@"^\d{3}-\d{4}$", MatchTimeoutInMilliseconds = 100)] public string? Phone { get; init; }
            [MinLength(1)] public IReadOnlyList<string> Hosts { get; init; } = ["localhost"];
            [MinLength(3)] public string Name { get; init; } = "service";
            [MaxLength(5)] public int[] Ports { get; init; } = [];
            [MaxLength(64)] public string? Description { get; init; }
            [Length(1, 5)] public List<string> Tags { get; init; } = ["a"];
            [Length(2, 10)] public string Code { get; init; } = "ab";
            [StringLength(10, MinimumLength = 2)] public string Short { get; init; } = "abc";
            [AllowedValues("dev", "test", "prod")] public string Environment { get; init; } = "dev";
            [AllowedValues(1, 2, 4, 8)] public int Parallelism { get; init; } = 1;
            [DeniedValues("admin", "root")] public string User { get; init; } = "app";
            [DeniedValues(0)] public int NonZero { get; init; } = 1;
            [Required] public string Region { get; init; } = "eu";
            [Required(AllowEmptyStrings = true)] public string Prefix { get; init; } = "";
            public required string Tenant { get; init; }
            [Required] public Uri? Callback { get; init; }
            [Secret, MinLength(8), RegularExpression("^[A-Za-z0-9]+$")] public string? ApiKey { get; init; }
            [Secret, Range(1000, 9999)] public int Pin { get; init; } = 1234;
            [Secret, AllowedValues("alpha", "beta")] public string Channel { get; init; } = "alpha";
            public AuthSection Auth { get; init; } = new();
        }

        public sealed partial class AuthSection
        {
            [Required] public string Issuer { get; init; } = "";
            [Range(1, 10)] public int Leeway { get; init; } = 1;
        }
        """);

    [Fact]
    public void Validation_DataAnnotationsAndCustomAttributes_MatchesGolden() => VerifyGenerated(Usings + """
        namespace Demo;

        [VeltrixConfig("Contact")]
        public sealed partial class ContactConfig : IValidatableObject
        {
            [EmailAddress] public string? Email { get; init; }
            [Url] public string Home { get; init; } = "https://example.com";
            [Phone] public string? Phone { get; init; }
            [CreditCard] public string? Card { get; init; }
            [Base64String] public string? Key { get; init; }
            [FileExtensions(Extensions = "json,yaml", ErrorMessage = "{0} must end in {1}")] public string File { get; init; } = "app.json";
            [Required, EmailAddress] public string Sender { get; init; } = "ops@example.com";
            [Secret, EmailAddress] public string? Private { get; init; }
            [Compare(nameof(Email))] public string? ConfirmEmail { get; init; }
            [Compare(nameof(Retries))] public long? RetriesAgain { get; init; }
            public int Retries { get; init; } = 3;
            [Even(Offset = 1)] public int Odd { get; init; } = 1;
            [Prefix("app-", Ignore = ["x"])] public string Name { get; init; } = "app-one";
            public List<RecipientSection> Recipients { get; init; } = [];

            public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
            {
                if (Email is null && Phone is null)
                {
                    yield return new ValidationResult("Give an e-mail address or a phone number.", [nameof(Email), nameof(Phone)]);
                }
            }
        }

        [Window]
        public sealed partial class RecipientSection
        {
            [EmailAddress] public string Address { get; init; } = "";
        }

        [AttributeUsage(AttributeTargets.Class)]
        public sealed class WindowAttribute : ValidationAttribute
        {
            public override bool IsValid(object? value) => value is not null;
        }

        public sealed class EvenAttribute : ValidationAttribute
        {
            public int Offset { get; set; }
            public override bool IsValid(object? value) => value is not int number || (number - Offset) % 2 == 0;
        }

        public sealed class PrefixAttribute(string prefix) : ValidationAttribute("{0} must start with " + prefix)
        {
            public string[] Ignore { get; set; } = [];
            public override bool IsValid(object? value) => value is not string text || text.StartsWith(prefix, StringComparison.Ordinal);
        }
        """);

    [Fact]
    public void Defaults_DefaultValueAttributeOnComputedInitializer_MatchesGolden() => VerifyGenerated(Usings + """
        using System.ComponentModel;

        namespace Demo;

        public enum Mode { Fifo, Lifo }

        [VeltrixConfig("Jobs")]
        public sealed partial class JobsConfig
        {
            [DefaultValue(typeof(TimeSpan), "00:05:00")] public TimeSpan Interval { get; init; } = TimeSpan.Parse("00:05:00");
            [DefaultValue(Mode.Lifo)] public Mode Order { get; init; } = Enum.Parse<Mode>("Lifo");
            [DefaultValue(99)] public int Retries { get; init; } = 3;
        }
        """);

    [Fact]
    public void Validation_AtMostAtLeastRelations_MatchesGolden() => VerifyGenerated(Usings + """
        namespace Demo;

        [VeltrixConfig("Workers")]
        public sealed partial class WorkerConfig
        {
            [ThreadCount, AtMost(nameof(MaxThreads))] public int MinThreads { get; init; } = 4;
            [ThreadCount] public int MaxThreads { get; init; } = 64;
            [RetryCount] public int Retries { get; init; } = 2;
            [Timeout(TimeoutScope.PerAttempt), AtMost(nameof(OverallTimeout))] public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(5);
            [Timeout(TimeoutScope.Overall)] public TimeSpan? OverallTimeout { get; init; } = TimeSpan.FromSeconds(30);
            [AtLeast(nameof(MinBatch))] public long MaxBatch { get; init; } = 100;
            public short MinBatch { get; init; } = 10;
            [Secret, AtMost(nameof(MaxThreads))] public int HiddenLimit { get; init; } = 8;
        }
        """);

    [Fact]
    public void Docs_XmlComments_MatchesGolden() => VerifyGenerated(Usings + """
        namespace Demo;

        /// <summary>The HTTP front end.</summary>
        [VeltrixConfig("Http")]
        public sealed partial class HttpConfig
        {
            /// <summary>The port to listen on.</summary>
            public int Port { get; init; } = 80;

            /// <summary>
            /// How long a request may take, end to end,
            ///   spread over several lines.
            /// </summary>
            [Timeout]
            public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

            /// <summary>Whether <c>Port</c> is &lt; 1024 &amp; needs "root" or 'admin'; see <see cref="Port"/>.</summary>
            public bool Privileged { get; init; }

            /// <summary>A \backslash, a {brace} and a */ comment end.</summary>
            public string Odd { get; init; } = "";

            /// <remarks>Only remarks, no summary.</remarks>
            public int NoSummary { get; init; }

            // A plain comment is not documentation.
            public int PlainComment { get; init; }
        }
        """);

    [Fact]
    public void LargeSchema_TwoHundredMembers_MatchesGolden() => VerifyGenerated(Usings + LargeSchema(200));

    [Fact]
    public void Namespaces_GlobalNamespace_MatchesGolden() => VerifyGenerated(Usings + """
        [VeltrixConfig("Global")]
        public sealed partial class GlobalConfig
        {
            public int Port { get; init; } = 80;
            public GlobalSection Section { get; init; } = new();
        }

        public sealed partial class GlobalSection
        {
            public string Name { get; init; } = "x";
        }
        """);

    [Fact]
    public void Nesting_TypeInsidePartialOuterClass_MatchesGolden() => VerifyGenerated(Usings + """
        namespace Demo.Nested;

        public static partial class Outer
        {
            public partial class Middle
            {
                [VeltrixConfig("Inner")]
                public sealed partial class InnerConfig
                {
                    public int Port { get; init; } = 80;
                    public InnerSection Section { get; init; } = new();
                }

                public sealed partial class InnerSection
                {
                    [Secret] public string? Token { get; init; }
                }
            }
        }
        """);

    [Fact]
    public void SectionPath_Root_MatchesGolden() => VerifyGenerated(Usings + """
        namespace Demo;

        [VeltrixConfig]
        public sealed partial class RootConfig
        {
            public string Environment { get; init; } = "Production";
            public LoggingConfig Logging { get; init; } = new();
        }

        public sealed partial class LoggingConfig
        {
            public string Level { get; init; } = "Information";
        }
        """);

    [Fact]
    public void SectionPath_MultipleSegments_MatchesGolden() => VerifyGenerated(Usings + """
        namespace Demo;

        [VeltrixConfig("App:Server")]
        public sealed partial class AppServerConfig
        {
            public int Port { get; init; } = 8080;
            public IReadOnlyList<string> Hosts { get; init; } = [];
        }
        """);

    [Fact]
    public void Roots_ShareOneSectionType_MatchesGolden() => VerifyGenerated(Usings + """
        namespace Demo;

        [VeltrixConfig("Frontend")]
        public sealed partial class FrontendConfig
        {
            public CacheConfig Cache { get; init; } = new();
        }

        [VeltrixConfig("Backend")]
        public sealed partial class BackendConfig
        {
            public CacheConfig Cache { get; init; } = new();
            public CacheConfig SecondLevel { get; init; } = new();
        }

        public sealed partial class CacheConfig
        {
            [CacheSize] public int MaxEntries { get; init; } = 100;
            [Secret] public string? Key { get; init; }
        }
        """);

    /// <summary>A schema with <paramref name="count"/> members cycling through the scalar, collection and section kinds.</summary>
    private static string LargeSchema(int count)
    {
        string[] types =
        [
            "int", "long", "bool", "double", "decimal", "string", "string?", "TimeSpan", "Guid", "Uri?", "int?",
            "TimeSpan?", "IReadOnlyList<string>", "Dictionary<string, int>", "LeafConfig",
        ];
        var builder = new StringBuilder();
        builder.Append("namespace Demo;\n\n");
        builder.Append("[VeltrixConfig(\"Large\")]\npublic sealed partial class LargeConfig\n{\n");
        for (var i = 0; i < count; i++)
        {
            var type = types[i % types.Length];
            var initializer = type switch
            {
                "string" => " = \"v" + i.ToString(CultureInfo.InvariantCulture) + "\";",
                "IReadOnlyList<string>" or "Dictionary<string, int>" => " = [];",
                "LeafConfig" => " = new();",
                "int" or "long" => " = " + i.ToString(CultureInfo.InvariantCulture) + ";",
                _ => string.Empty,
            };
            builder.Append(CultureInfo.InvariantCulture, $"    public {type} Member{i:D3} {{ get; init; }}{initializer}\n");
        }

        builder.Append("}\n\npublic sealed partial class LeafConfig\n{\n    public int Value { get; init; } = 1;\n}\n");
        return builder.ToString();
    }

    /// <summary>
    /// Runs the generator and reports, together, every way the run falls short: golden-file mismatch, generator
    /// diagnostics, a pipeline that is not cached on a re-run, and warnings or errors in the compiled output.
    /// The golden file is checked first so that it is written even when something else fails.
    /// </summary>
    private static void VerifyGenerated(string source, [CallerMemberName] string testName = "")
    {
        var result = GeneratorRunner.Run(GeneratorRunner.CreateCompilation(source), assertCacheable: false);
        var failures = new List<string>();
        if (Snapshot.Mismatch(result.ToSnapshotText(), testName: testName) is { } mismatch)
        {
            failures.Add(mismatch);
        }

        if (!result.GeneratedSources.Any())
        {
            failures.Add("The generator produced no files.");
        }

        if (!result.GeneratorDiagnostics.IsEmpty)
        {
            failures.Add("The generator reported diagnostics for a valid schema:\n" + string.Join("\n", result.GeneratorDiagnostics.Select(GenerationResult.Format)));
        }

        if (result.CacheProblems is { } cacheProblems)
        {
            failures.Add(cacheProblems);
        }

        if (result.DescribeOutputProblems() is { } compileProblems)
        {
            failures.Add(compileProblems);
        }

        if (failures.Count > 0)
        {
            Assert.Fail(string.Join("\n\n", failures));
        }
    }
}
