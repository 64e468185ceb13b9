using Microsoft.CodeAnalysis.Testing;
using Veltrix.Analyzers.Diagnostics;
using Veltrix.CodeFixes.Settings;
using static Veltrix.Analyzers.Tests.Settings.SettingsVerifier;

namespace Veltrix.Analyzers.Tests.Settings;

/// <summary>
/// The cache, concurrency and timeout rules on values written in C# for <c>[Secret]</c> members: reported as for any
/// member, with <c>***</c> where the message would show the value.
/// </summary>
public sealed class SecretSettingTests
{
    [Fact]
    public Task SecretCacheSize_Zero_ReportedWithoutItsValue()
        => AnalyzeMessagesAsync(
            """
            public sealed class CacheOptions
            {
                [Secret, CacheSize] public int MaxEntries { get; init; } = {|#0:0|};
                [CacheTtl] public TimeSpan Ttl { get; init; } = TimeSpan.FromMinutes(5);
            }
            """,
            new DiagnosticResult(DiagnosticDescriptors.CacheSizeNotPositive).WithLocation(0).WithArguments("MaxEntries", "***"));

    [Fact]
    public Task NonSecretCacheSize_Zero_ReportedWithItsValue()
        => AnalyzeMessagesAsync(
            """
            public sealed class CacheOptions
            {
                [CacheSize] public int MaxEntries { get; init; } = {|#0:0|};
                [CacheTtl] public TimeSpan Ttl { get; init; } = TimeSpan.FromMinutes(5);
            }
            """,
            new DiagnosticResult(DiagnosticDescriptors.CacheSizeNotPositive).WithLocation(0).WithArguments("MaxEntries", "0"));

    [Fact]
    public Task SecretRecordParameter_InfiniteTimeout_ReportedWithoutItsValue()
        => AnalyzeMessagesAsync(
            """
            public sealed record ClientOptions([Secret, Timeout] int TimeoutMs = {|#0:-1|});
            """,
            new DiagnosticResult(DiagnosticDescriptors.TimeoutInfiniteOrZero).WithLocation(0).WithArguments("TimeoutMs", "***", "infinite"));

    [Fact]
    public Task SectionReachedThroughSecret_EveryValueIsSecret_OtherUsesOfTheRulesAreNot()
        => AnalyzeMessagesAsync(
            """
            [VeltrixConfig("Db")]
            public sealed partial class DbConfig
            {
                [Secret] public Credentials Login { get; init; } = new();
                public PoolOptions Pool { get; init; } = new();
            }

            public sealed partial class Credentials
            {
                [Timeout] public TimeSpan Expiry { get; init; } = {|#0:TimeSpan.Zero|};
            }

            public sealed partial class PoolOptions
            {
                [PoolSize] public int Size { get; init; } = {|#1:0|};
            }
            """,
            new DiagnosticResult(DiagnosticDescriptors.TimeoutInfiniteOrZero).WithLocation(0).WithArguments("Expiry", "***", "zero"),
            new DiagnosticResult(DiagnosticDescriptors.ConcurrencyNotPositive).WithLocation(1).WithArguments("Size", "0", "pool", "1"));

    [Fact]
    public Task RelationToSecret_ShowsNeitherValue_AndOffersNoFixThatCopiesTheSecret()
    {
        // The fix would write the secret maximum into the minimum, whose value is then printed wherever it is shown.
        const string source = """
            public sealed class PinOptions
            {
                [Secret] public int MaxAttempts { get; init; } = 5;
                [AtMost(nameof(MaxAttempts))] public int MinAttempts { get; init; } = {|#0:9|};
            }
            """;
        var test = Create<RelationCodeFix>(source, source);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.RelationViolated).WithLocation(0)
            .WithArguments("MinAttempts", "***", "at most", "MaxAttempts", "***", "; the generated validation rejects this at startup and on reload"));

        return test.RunAsync();
    }

    [Fact]
    public Task RelationFromSecret_ShowsNeitherValue_AndFixesTheSecretItself()
    {
        const string source = """
            public sealed class PinOptions
            {
                public int MaxAttempts { get; init; } = 5;
                [Secret, AtMost(nameof(MaxAttempts))] public int MinAttempts { get; init; } = {|#0:9|};
            }
            """;
        var test = Create<RelationCodeFix>(source, source.Replace("{|#0:9|}", "5", StringComparison.Ordinal));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.RelationViolated).WithLocation(0)
            .WithArguments("MinAttempts", "***", "at most", "MaxAttempts", "***", "; the generated validation rejects this at startup and on reload"));

        return test.RunAsync();
    }
}
