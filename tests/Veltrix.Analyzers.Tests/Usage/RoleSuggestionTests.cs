using Veltrix.Analyzers.Tests.Infrastructure;
using Veltrix.Analyzers.Usage;
using Veltrix.CodeFixes.Usage;

namespace Veltrix.Analyzers.Tests.Usage;

public sealed class RoleSuggestionTests
{
    [Fact]
    public async Task NamesThatSayTheirRole_WithoutAttribute_Reported()
    {
        const string source = UsageTest.Usings + """
            [VeltrixConfig("Server")]
            public sealed partial class ServerConfig
            {
                public TimeSpan {|VLX3006:RequestTimeout|} { get; init; }
                public int {|VLX3006:MaxConcurrency|} { get; init; }
                public int {|VLX3006:WorkerThreads|} { get; init; }
                public int? {|VLX3006:RetryCount|} { get; init; }
                public CacheConfig Cache { get; init; } = new();
                public WorkerConfig Workers { get; init; } = new();
            }

            public sealed class CacheConfig
            {
                public int {|VLX3006:MaxEntries|} { get; init; }
                public TimeSpan {|VLX3006:Ttl|} { get; init; }
            }

            public sealed class WorkerConfig
            {
                public int {|VLX3006:Count|} { get; init; }
            }
            """;

        await UsageTest.Analyze<RoleSuggestionAnalyzer>(source).RunAsync();
    }

    [Fact]
    public async Task AttributedWrongTypeOrUnrelated_NotReported()
    {
        const string source = UsageTest.Usings + """
            [VeltrixConfig("Server")]
            public sealed partial class ServerConfig
            {
                [Timeout] public TimeSpan RequestTimeout { get; init; }
                [ConcurrencyLimit] public int MaxConcurrency { get; init; }
                public bool TimeoutEnabled { get; init; }
                public string CacheSizeLabel { get; init; } = "";
                public int Port { get; init; }
            }

            public sealed class NotAConfig
            {
                public TimeSpan Timeout { get; init; }
            }
            """;

        await UsageTest.Analyze<RoleSuggestionAnalyzer>(source).RunAsync();
    }

    [Fact]
    public async Task InheritedMember_OfSeveralSchemas_ReportedOnceAtTheBaseClass()
    {
        const string source = UsageTest.Usings + """
            public abstract class ClientSettingsBase
            {
                public TimeSpan {|VLX3006:RequestTimeout|} { get; init; }
                [Timeout] public TimeSpan ConnectTimeout { get; init; }
            }

            public abstract class UnusedBase
            {
                public TimeSpan ReadTimeout { get; init; }
            }

            [VeltrixConfig("Orders")]
            public sealed partial class OrdersClient : ClientSettingsBase
            {
            }

            [VeltrixConfig("Billing")]
            public sealed partial class BillingClient : ClientSettingsBase
            {
            }

            public sealed class NotAConfig : UnusedBase
            {
            }
            """;

        await UsageTest.Analyze<RoleSuggestionAnalyzer>(source).RunAsync();
    }

    [Fact]
    public async Task PatternInsideAWord_NotReported()
    {
        const string source = UsageTest.Usings + """
            [VeltrixConfig("Server")]
            public sealed partial class ServerConfig
            {
                public TimeSpan FailSafeThrottleDuration { get; init; }
                public TimeSpan SettleTime { get; init; }
                public int MaxPoolingDelay { get; init; }
                public int Threadsafety { get; init; }
                public TimeSpan Timeoutless { get; init; }
                public CacheConfig Cache { get; init; } = new();
            }

            public sealed class CacheConfig
            {
                public int Resize { get; init; }
                public TimeSpan ShortLived { get; init; }
            }
            """;

        await UsageTest.Analyze<RoleSuggestionAnalyzer>(source).RunAsync();
    }

    [Fact]
    public async Task PatternOnWholeWords_AnyCasingStyle_Reported()
    {
        const string source = UsageTest.Usings + """
            [VeltrixConfig("Server")]
            public sealed partial class ServerConfig
            {
                public TimeSpan {|VLX3006:CacheTTL|} { get; init; }
                public TimeSpan {|VLX3006:cache_ttl|} { get; init; }
                public TimeSpan {|VLX3006:HTTPTimeout|} { get; init; }
                public TimeSpan {|VLX3006:upstreamTimeoutV2|} { get; init; }
                public int {|VLX3006:MaxPoolSize|} { get; init; }
                public int {|VLX3006:max_retries|} { get; init; }
                public CacheConfig Cache { get; init; } = new();
            }

            public sealed class CacheConfig
            {
                public int {|VLX3006:MaxSize|} { get; init; }
            }
            """;

        await UsageTest.Analyze<RoleSuggestionAnalyzer>(source).RunAsync();
    }

    [Theory]
    [InlineData("*Ttl*", "Item", "FailSafeThrottleDuration", false)]
    [InlineData("*Ttl*", "Item", "CacheTtl", true)]
    [InlineData("*Ttl*", "Item", "TTLSeconds", true)]
    [InlineData("*Ttl*", "Item", "ttl", true)]
    [InlineData("*Timeout*", "Item", "Timeouts", false)]
    [InlineData("*Timeout*", "Item", "connect-timeout-ms", true)]
    [InlineData("*Retries*", "Item", "MaxRetries2", true)]
    [InlineData("*Cache*.*Size*", "CacheConfig", "MaxSize", true)]
    [InlineData("*Cache*.*Size*", "CachedConfig", "MaxSize", false)]
    [InlineData("*Cache*.*Size*", "CacheConfig", "Resize", false)]
    [InlineData("*Worker*.*Count*", "WorkerPoolConfig", "Count", true)]
    public void NamePatterns_MatchWholeWords(string pattern, string typeName, string memberName, bool expected)
        => Assert.Equal(expected, Options.NamePatterns.Parse(pattern).Matches(typeName, memberName));

    [Fact]
    public async Task EditorConfigPatterns_ReplaceDefaultsAndEmptyTurnsARoleOff()
    {
        const string source = UsageTest.Usings + """
            [VeltrixConfig("Server")]
            public sealed partial class ServerConfig
            {
                public TimeSpan RequestTimeout { get; init; }
                public TimeSpan {|VLX3006:Deadline|} { get; init; }
                public int {|VLX3006:Fanout|} { get; init; }
                public int RetryCount { get; init; }
            }
            """;

        await UsageTest.Analyze<RoleSuggestionAnalyzer>(source)
            .WithEditorConfig(
                "veltrix.VLX3006.timeout_names = *Deadline*",
                "veltrix.VLX3006.concurrency_limit_names = Fanout",
                "veltrix.VLX3006.retry_count_names =")
            .RunAsync();
    }

    [Fact]
    public async Task VeltrixNotReferenced_NothingReported()
    {
        const string source = """
            public sealed class ServerConfig
            {
                public System.TimeSpan RequestTimeout { get; init; }
            }
            """;

        await UsageTest.Analyze<RoleSuggestionAnalyzer>(source, referenceVeltrix: false).RunAsync();
    }

    [Fact]
    public async Task GeneratedCode_NotReported()
    {
        const string source = """
            // <auto-generated/>
            using Veltrix;

            [VeltrixConfig("Server")]
            public sealed partial class ServerConfig
            {
                public System.TimeSpan RequestTimeout { get; init; }
            }
            """;

        await UsageTest.Analyze<RoleSuggestionAnalyzer>(source).RunAsync();
    }

    [Fact]
    public async Task Fix_AddsTheSuggestedAttribute_FixAllInOnePass()
    {
        const string source = UsageTest.Usings + """
            [VeltrixConfig("Server")]
            public sealed partial class ServerConfig
            {
                /// <summary>How long a request may take.</summary>
                public TimeSpan {|VLX3006:RequestTimeout|} { get; init; }

                [System.ComponentModel.DataAnnotations.Range(1, 64)]
                public int {|VLX3006:MaxConcurrency|} { get; init; }
            }

            public sealed record CacheConfig(int {|VLX3006:CacheSize|} = 100);
            """;
        const string fixedSource = UsageTest.Usings + """
            [VeltrixConfig("Server")]
            public sealed partial class ServerConfig
            {
                /// <summary>How long a request may take.</summary>
                [Timeout]
                public TimeSpan RequestTimeout { get; init; }

                [ConcurrencyLimit]
                [System.ComponentModel.DataAnnotations.Range(1, 64)]
                public int MaxConcurrency { get; init; }
            }

            public sealed record CacheConfig([CacheSize] int CacheSize = 100);
            """;

        var test = UsageTest.Fix<RoleSuggestionAnalyzer, AddRoleAttributeCodeFix>(source, fixedSource);
        test.NumberOfFixAllIterations = 1;
        test.CodeActionEquivalenceKey = "AddVeltrixRoleAttribute";
        test.TestState.Sources.Add(UsageTest.Usings + """
            [VeltrixConfig("Root")]
            public sealed partial class RootConfig
            {
                public CacheConfig Cache { get; init; } = new();
            }
            """);
        test.FixedState.Sources.Add(UsageTest.Usings + """
            [VeltrixConfig("Root")]
            public sealed partial class RootConfig
            {
                public CacheConfig Cache { get; init; } = new();
            }
            """);
        await test.RunAsync();
    }
}
