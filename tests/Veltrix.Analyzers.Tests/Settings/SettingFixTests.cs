using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Veltrix.Analyzers.Settings;
using Veltrix.Analyzers.Tests.Infrastructure;
using Veltrix.CodeFixes.Settings;
using static Veltrix.Analyzers.Tests.Settings.SettingsVerifier;

namespace Veltrix.Analyzers.Tests.Settings;

/// <summary>
/// The code fixes of the value rules that used to have none (VLX1001, VLX2001, VLX2005, VLX1005, a null queue of
/// VLX2004, a declared relation of VLX2003) and VLX1003's, one value per place a value is written (an initializer
/// added where none is), with <c>.editorconfig</c> values, where no fix compiles, and Fix All across documents.
/// </summary>
public sealed class SettingFixTests
{
    [Fact]
    public Task CacheSize_ZeroOrNegative_FixSetsSuggestedSize()
        => FixAsync(
            """
            public sealed class CacheOptions
            {
                [CacheSize] public int MaxEntries { get; init; } = {|VLX1001:0|};
                [CacheSize, System.ComponentModel.DefaultValue({|VLX1001:-1|})] public long MaxBytes { get; init; }
                [CacheTtl] public TimeSpan Ttl { get; init; } = TimeSpan.FromMinutes(5);
            }

            public sealed record OtherCacheOptions([CacheSize] int MaxEntries = {|VLX1001:-5|}, [CacheTtl] int TtlMs = 60000);
            """,
            """
            public sealed class CacheOptions
            {
                [CacheSize] public int MaxEntries { get; init; } = 10_000;
                [CacheSize, System.ComponentModel.DefaultValue(10_000)] public long MaxBytes { get; init; }
                [CacheTtl] public TimeSpan Ttl { get; init; } = TimeSpan.FromMinutes(5);
            }

            public sealed record OtherCacheOptions([CacheSize] int MaxEntries = 10_000, [CacheTtl] int TtlMs = 60000);
            """);

    [Fact]
    public Task CacheSize_Zero_FixWritesEditorConfigSizeWithinCeiling()
        => FixAsync(
            """
            public sealed class CacheOptions
            {
                [CacheSize] public int MaxEntries { get; init; } = {|VLX1001:0|};
                [CacheTtl] public TimeSpan Ttl { get; init; } = TimeSpan.FromMinutes(5);
            }
            """,
            """
            public sealed class CacheOptions
            {
                [CacheSize] public int MaxEntries { get; init; } = 500;
                [CacheTtl] public TimeSpan Ttl { get; init; } = TimeSpan.FromMinutes(5);
            }
            """,
            "veltrix.VLX1001.suggested_size = 2000",
            "veltrix.VLX1002.max_entries = 500");

    [Fact]
    public Task CacheTtl_ZeroInAttributeAndMilliseconds_FixRaisesToEditorConfigFloor()
        => FixAsync(
            """
            public sealed class CacheOptions
            {
                [CacheSize] public int MaxEntries { get; init; } = 1000;
                [CacheTtl, System.ComponentModel.DefaultValue(typeof(TimeSpan), {|VLX1003:"00:00:00"|})] public TimeSpan Ttl { get; init; }
                [CacheTtl(CacheExpiration.Sliding)] public int IdleMs { get; init; } = {|VLX1003:0|};
            }
            """,
            """
            public sealed class CacheOptions
            {
                [CacheSize] public int MaxEntries { get; init; } = 1000;
                [CacheTtl, System.ComponentModel.DefaultValue(typeof(TimeSpan), "00:00:05")] public TimeSpan Ttl { get; init; }
                [CacheTtl(CacheExpiration.Sliding)] public int IdleMs { get; init; } = 5000;
            }
            """,
            "veltrix.VLX1004.min_ttl = 00:00:05");

    [Fact]
    public Task Counts_ZeroOrNegative_FixSetsSmallestValidValue()
        => FixAsync(
            """
            public sealed class WorkerOptions
            {
                [ThreadCount] public int Workers { get; init; } = {|VLX2001:0|};
                [ConcurrencyLimit] public int MaxInFlight { get; init; } = {|VLX2001:-1|};
                [PoolSize] public int Connections { get; init; } = {|VLX2001:0|};
                [RetryCount] public int Retries { get; init; } = {|VLX2001:-1|};
            }

            public sealed record QueueOptions([QueueCapacity] int Capacity = {|VLX2001:0|});
            """,
            """
            public sealed class WorkerOptions
            {
                [ThreadCount] public int Workers { get; init; } = 1;
                [ConcurrencyLimit] public int MaxInFlight { get; init; } = 1;
                [PoolSize] public int Connections { get; init; } = 1;
                [RetryCount] public int Retries { get; init; } = 0;
            }

            public sealed record QueueOptions([QueueCapacity] int Capacity = 1);
            """);

    [Fact]
    public Task Timeout_InfiniteZeroOrNegative_FixSetsSuggestedTimeout()
        => FixAsync(
            """
            public sealed class ClientOptions
            {
                [Timeout] public TimeSpan Connect { get; init; } = {|VLX2005:Timeout.InfiniteTimeSpan|};
                [Timeout] public TimeSpan Read { get; init; } = {|VLX2005:TimeSpan.Zero|};
                [Timeout] public TimeSpan Write { get; init; } = {|VLX2005:TimeSpan.MaxValue|};
                [Timeout] public int IdleMs { get; init; } = {|VLX2005:Timeout.Infinite|};
                [Timeout] public TimeSpan Shutdown { get; init; } = {|VLX2005:default|};
                [Timeout, System.ComponentModel.DefaultValue(typeof(TimeSpan), {|VLX2005:"-00:00:01"|})] public TimeSpan Drain { get; init; }
            }
            """,
            """
            public sealed class ClientOptions
            {
                [Timeout] public TimeSpan Connect { get; init; } = TimeSpan.FromSeconds(30);
                [Timeout] public TimeSpan Read { get; init; } = TimeSpan.FromSeconds(30);
                [Timeout] public TimeSpan Write { get; init; } = TimeSpan.FromSeconds(30);
                [Timeout] public int IdleMs { get; init; } = 30_000;
                [Timeout] public TimeSpan Shutdown { get; init; } = TimeSpan.FromSeconds(30);
                [Timeout, System.ComponentModel.DefaultValue(typeof(TimeSpan), "00:00:30")] public TimeSpan Drain { get; init; }
            }
            """);

    [Fact]
    public Task Timeout_Infinite_FixWritesEditorConfigTimeoutWithinCeiling()
        => FixAsync(
            """
            public sealed class ClientOptions
            {
                [Timeout] public TimeSpan Connect { get; init; } = {|VLX2005:Timeout.InfiniteTimeSpan|};
                [Timeout] public TimeSpan Read { get; init; } = {|VLX2005:TimeSpan.Zero|};
            }
            """,
            """
            public sealed class ClientOptions
            {
                [Timeout] public TimeSpan Connect { get; init; } = TimeSpan.FromSeconds(5);
                [Timeout] public TimeSpan Read { get; init; } = TimeSpan.FromSeconds(5);
            }
            """,
            "veltrix.VLX2005.suggested_timeout = 00:00:05");

    [Fact]
    public Task Timeout_TimeSpanParameterDefault_OffersNoFix()
        => FixAsync(
            """
            public sealed record ClientOptions([Timeout] TimeSpan Connect = {|VLX2005:default|});
            """,
            """
            public sealed record ClientOptions([Timeout] TimeSpan Connect = {|VLX2005:default|});
            """);

    [Theory]
    [InlineData("VLX1001", "[CacheSize] public int Size", "0", "10_000")]
    [InlineData("VLX1003", "[CacheSize] public int Size { get; init; } = 10; [CacheTtl] public TimeSpan Ttl", "TimeSpan.Zero", "TimeSpan.FromSeconds(1)")]
    [InlineData("VLX2001", "[ThreadCount] public int Workers", "0", "1")]
    [InlineData("VLX2001", "[RetryCount] public int Retries", "-1", "0")]
    [InlineData("VLX2005", "[Timeout] public TimeSpan Connect", "Timeout.InfiniteTimeSpan", "TimeSpan.FromSeconds(30)")]
    [InlineData("VLX1005", "[CacheTtl] public TimeSpan? Ttl { get; init; } [CacheSize] public int? Size", "null", "10_000")]
    [InlineData("VLX1005", "[CacheTtl] public TimeSpan Ttl", "Timeout.InfiniteTimeSpan", "TimeSpan.FromMinutes(10)")]
    [InlineData("VLX2004", "[PoolSize] public int Pool { get; init; } = 4; [QueueCapacity] public int? Queue", "null", "1_000_000")]
    public async Task FixAll_DiagnosticsInSeveralDocuments_FixedInDocumentProjectAndSolution(string id, string member, string bad, string good)
    {
        // The testing library applies Fix All at document, project and solution scope and compares each result.
        var test = new CSharpCodeFixTest<SettingValuesAnalyzer, ClampSettingCodeFix, DefaultVerifier>().WithVeltrix();
        for (var document = 0; document < 2; document++)
        {
            var before = Usings + $$"""
                public sealed class A{{document}} { {{member}} { get; init; } = {|{{id}}:{{bad}}|}; }
                public sealed class B{{document}} { {{member}} { get; init; } = {|{{id}}:{{bad}}|}; }
                """;
            var after = Usings + $$"""
                public sealed class A{{document}} { {{member}} { get; init; } = {{good}}; }
                public sealed class B{{document}} { {{member}} { get; init; } = {{good}}; }
                """;
            test.TestState.Sources.Add(($"/0/Options{document}.cs", before));
            test.FixedState.Sources.Add(($"/0/Options{document}.cs", after));
        }

        await test.RunAsync();
    }

    [Fact]
    public Task CacheUnbounded_NullSize_FixWritesSuggestedSizeOrAddsInitializer()
        => FixAsync(
            """
            public sealed class CatalogCache
            {
                [CacheTtl] public TimeSpan? Ttl { get; init; }
                [CacheSize] public int? {|VLX1005:MaxEntries|} { get; init; } // entries
                [CacheSize] public long? MaxBytes { get; init; }
            }

            public sealed class SessionCache
            {
                [CacheTtl] public TimeSpan Ttl { get; init; } = Timeout.InfiniteTimeSpan;
                [CacheSize] public long? MaxBytes { get; init; } = {|VLX1005:null|};
            }

            public struct TokenCache
            {
                public TokenCache() { }

                [CacheSize] public int? {|VLX1005:MaxEntries|} { get; init; }
            }

            public sealed record QueryCache([CacheSize] int? MaxEntries = {|VLX1005:null|}, [CacheTtl] TimeSpan? Ttl = null);
            """,
            """
            public sealed class CatalogCache
            {
                [CacheTtl] public TimeSpan? Ttl { get; init; }
                [CacheSize] public int? MaxEntries { get; init; } = 10_000; // entries
                [CacheSize] public long? MaxBytes { get; init; }
            }

            public sealed class SessionCache
            {
                [CacheTtl] public TimeSpan Ttl { get; init; } = Timeout.InfiniteTimeSpan;
                [CacheSize] public long? MaxBytes { get; init; } = 10_000;
            }

            public struct TokenCache
            {
                public TokenCache() { }

                [CacheSize] public int? MaxEntries { get; init; } = 10_000;
            }

            public sealed record QueryCache([CacheSize] int? MaxEntries = 10_000, [CacheTtl] TimeSpan? Ttl = null);
            """);

    [Fact]
    public Task CacheUnbounded_NullSize_FixWritesEditorConfigSizeWithinCeiling()
        => FixAsync(
            """
            public sealed class CatalogCache
            {
                [CacheSize] public int? {|VLX1005:MaxEntries|} { get; init; }
            }
            """,
            """
            public sealed class CatalogCache
            {
                [CacheSize] public int? MaxEntries { get; init; } = 500;
            }
            """,
            "veltrix.VLX1001.suggested_size = 2000",
            "veltrix.VLX1002.max_entries = 500");

    [Fact]
    public Task CacheUnbounded_TtlsOnly_FixWritesSuggestedTtlInTheMembersUnit()
        => FixAsync(
            """
            public sealed class CatalogCache
            {
                [CacheTtl] public TimeSpan? {|VLX1005:Ttl|} { get; init; }
            }

            public sealed class SessionCache
            {
                [CacheTtl] public TimeSpan Ttl { get; init; } = {|VLX1005:Timeout.InfiniteTimeSpan|};
                [CacheTtl(CacheExpiration.Sliding)] public TimeSpan? Idle { get; init; }
            }

            public sealed class TokenCache
            {
                [CacheTtl] public int? {|VLX1005:TtlMs|} { get; init; }
            }

            public sealed class QueryCache
            {
                [CacheTtl, System.ComponentModel.DefaultValue(typeof(TimeSpan), {|VLX1005:"-00:00:00.001"|})] public TimeSpan Ttl { get; init; }
            }
            """,
            """
            public sealed class CatalogCache
            {
                [CacheTtl] public TimeSpan? Ttl { get; init; } = TimeSpan.FromMinutes(10);
            }

            public sealed class SessionCache
            {
                [CacheTtl] public TimeSpan Ttl { get; init; } = TimeSpan.FromMinutes(10);
                [CacheTtl(CacheExpiration.Sliding)] public TimeSpan? Idle { get; init; }
            }

            public sealed class TokenCache
            {
                [CacheTtl] public int? TtlMs { get; init; } = 600_000;
            }

            public sealed class QueryCache
            {
                [CacheTtl, System.ComponentModel.DefaultValue(typeof(TimeSpan), "00:10:00")] public TimeSpan Ttl { get; init; }
            }
            """);

    [Theory]
    [InlineData("TimeSpan.FromMinutes(30)", "veltrix.VLX1005.suggested_ttl = 30m")]
    [InlineData("TimeSpan.FromHours(1)", "veltrix.VLX1005.suggested_ttl = 01:00:00")]
    [InlineData("TimeSpan.FromSeconds(5)", "veltrix.VLX1005.suggested_ttl = 2s", "veltrix.VLX1004.min_ttl = 00:00:05")]
    [InlineData("TimeSpan.FromMinutes(10)", "veltrix.VLX1005.suggested_ttl = soon")]
    public Task CacheUnbounded_TtlOnly_FixWritesEditorConfigTtlNotBelowFloor(string expected, params string[] editorConfig)
        => FixAsync(
            """
            public sealed class CatalogCache
            {
                [CacheTtl] public TimeSpan? {|VLX1005:Ttl|} { get; init; }
            }
            """,
            $$"""
            public sealed class CatalogCache
            {
                [CacheTtl] public TimeSpan? Ttl { get; init; } = {{expected}};
            }
            """,
            editorConfig);

    [Fact]
    public Task CacheUnbounded_WhereNoValueCompiles_OffersNoFix()
    {
        // A TimeSpan parameter default can only be null or default; a property with accessor bodies, or in a struct
        // without a constructor, takes no initializer.
        const string Source = """
            public sealed record QueryCache([CacheTtl] TimeSpan? Ttl = {|VLX1005:null|});

            public sealed class CatalogCache
            {
                private int? _maxEntries;

                [CacheSize] public int? {|VLX1005:MaxEntries|} { get => _maxEntries; init => _maxEntries = value; }
            }

            public struct TokenCache
            {
                [CacheSize] public int? {|VLX1005:MaxEntries|} { get; init; }
            }

            public abstract class BaseCache
            {
                [CacheSize] public abstract int? {|VLX1005:MaxEntries|} { get; init; }
            }
            """;
        return FixAsync(Source, Source);
    }

    [Fact]
    public Task CacheUnbounded_BoundedSizeOrFiniteTtl_ReportsNothing()
        => AnalyzeAsync("""
            public sealed class CatalogCache
            {
                [CacheTtl] public TimeSpan? Ttl { get; init; }
                [CacheSize] public int? MaxEntries { get; init; } = 50_000;
            }

            public sealed class SessionCache
            {
                [CacheTtl] public TimeSpan Ttl { get; init; } = TimeSpan.FromMinutes(20);
                [CacheSize] public int? MaxEntries { get; init; }
            }
            """);

    [Fact]
    public Task Queue_NullBeforeBoundedPool_FixWritesQueueCeilingOrAddsInitializer()
        => FixAsync(
            """
            public sealed class DbOptions
            {
                [PoolSize] public int Connections { get; init; } = 16;
                [QueueCapacity] public int? {|VLX2004:Queue|} { get; init; }
            }

            public sealed class WorkerOptions
            {
                [ThreadCount] public int Workers { get; init; } = 8;
                [QueueCapacity] public long? Backlog { get; init; } = {|VLX2004:null|};
            }

            public sealed record SendOptions([ConcurrencyLimit] int MaxInFlight = 4, [QueueCapacity] int? Pending = {|VLX2004:null|});
            """,
            """
            public sealed class DbOptions
            {
                [PoolSize] public int Connections { get; init; } = 16;
                [QueueCapacity] public int? Queue { get; init; } = 1_000_000;
            }

            public sealed class WorkerOptions
            {
                [ThreadCount] public int Workers { get; init; } = 8;
                [QueueCapacity] public long? Backlog { get; init; } = 1_000_000;
            }

            public sealed record SendOptions([ConcurrencyLimit] int MaxInFlight = 4, [QueueCapacity] int? Pending = 1_000_000);
            """);

    [Fact]
    public Task Queue_NullBeforeBoundedPool_FixWritesEditorConfigCeiling()
        => FixAsync(
            """
            public sealed class DbOptions
            {
                [PoolSize] public int Connections { get; init; } = 16;
                [QueueCapacity] public int? {|VLX2004:Queue|} { get; init; }
            }
            """,
            """
            public sealed class DbOptions
            {
                [PoolSize] public int Connections { get; init; } = 16;
                [QueueCapacity] public int? Queue { get; init; } = 5000;
            }
            """,
            "veltrix.VLX2002.max_queue_capacity = 5000");

    [Fact]
    public Task Queue_NullWithoutBoundedPool_ReportsNothing()
        => AnalyzeAsync("""
            public sealed class DbOptions
            {
                [PoolSize] public int? Connections { get; init; }
                [QueueCapacity] public int? Queue { get; init; }
            }
            """);

    [Fact]
    public Task Relation_DeclaredAndBroken_FixSetsTheValueThatDeclaresIt()
        => FixAsync<RelationCodeFix>(
            """
            public sealed class WorkerOptions
            {
                [ThreadCount, AtMost(nameof(MaxThreads))] public int MinThreads { get; init; } = {|VLX2003:100|};
                [ThreadCount] public int MaxThreads { get; init; } = 10;
                [Timeout(TimeoutScope.Overall), AtLeast(nameof(AttemptTimeout))] public TimeSpan Overall { get; init; } = {|VLX2003:TimeSpan.FromSeconds(1)|};
                [Timeout(TimeoutScope.PerAttempt)] public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(2);
            }

            public sealed class BackoffOptions
            {
                [Timeout, AtMost(nameof(MaxDelay))] public int MinDelayMs { get; init; } = {|VLX2003:5000|};
                [Timeout] public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(1.5);
            }

            public sealed record PoolOptions([PoolSize, AtMost(nameof(MaxSize))] int MinSize = {|VLX2003:50|}, [PoolSize] int MaxSize = 10);
            """,
            """
            public sealed class WorkerOptions
            {
                [ThreadCount, AtMost(nameof(MaxThreads))] public int MinThreads { get; init; } = 10;
                [ThreadCount] public int MaxThreads { get; init; } = 10;
                [Timeout(TimeoutScope.Overall), AtLeast(nameof(AttemptTimeout))] public TimeSpan Overall { get; init; } = TimeSpan.FromSeconds(2);
                [Timeout(TimeoutScope.PerAttempt)] public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(2);
            }

            public sealed class BackoffOptions
            {
                [Timeout, AtMost(nameof(MaxDelay))] public int MinDelayMs { get; init; } = 1500;
                [Timeout] public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(1.5);
            }

            public sealed record PoolOptions([PoolSize, AtMost(nameof(MaxSize))] int MinSize = 10, [PoolSize] int MaxSize = 10);
            """);

    [Fact]
    public Task Relation_DeclaredBothWays_FixMovesOnlyTheMinimum()
        => FixAsync<RelationCodeFix>(
            """
            public sealed class WorkerOptions
            {
                [ThreadCount, AtMost(nameof(MaxThreads))] public int MinThreads { get; init; } = {|VLX2003:100|};
                [ThreadCount, AtLeast(nameof(MinThreads))] public int MaxThreads { get; init; } = {|VLX2003:10|};
            }
            """,
            """
            public sealed class WorkerOptions
            {
                [ThreadCount, AtMost(nameof(MaxThreads))] public int MinThreads { get; init; } = 10;
                [ThreadCount, AtLeast(nameof(MinThreads))] public int MaxThreads { get; init; } = 10;
            }
            """);

    [Fact]
    public Task Relation_DeclaredOnATimeSpanParameter_OffersNoFix()
    {
        // A TimeSpan parameter default can only be default: the floor's value cannot be written there.
        const string Source = """
            public sealed record BackoffOptions([AtLeast(nameof(BackoffOptions.Floor))] TimeSpan Delay = {|VLX2003:default|})
            {
                [Timeout] public TimeSpan Floor { get; init; } = TimeSpan.FromSeconds(5);
            }
            """;
        return FixAsync<RelationCodeFix>(Source, Source);
    }

    [Fact]
    public async Task Relation_PairedByName_FixDeclaresTheRelationThenSetsTheMinimum()
    {
        // Declaring the relation turns the pair into a declared relation, whose fix then sets the minimum.
        var test = Create<RelationCodeFix>(
            """
            public sealed class WorkerOptions
            {
                [ThreadCount] public int MinThreads { get; init; } = {|VLX2003:64|};
                [ThreadCount] public int MaxThreads { get; init; } = 8;
            }
            """,
            """
            public sealed class WorkerOptions
            {
                [ThreadCount, AtMost(nameof(MaxThreads))] public int MinThreads { get; init; } = 8;
                [ThreadCount] public int MaxThreads { get; init; } = 8;
            }
            """);
        test.NumberOfIncrementalIterations = 2;
        test.NumberOfFixAllIterations = 2;

        await test.RunAsync();
    }

    [Fact]
    public async Task FixAll_InitializersAddedInSeveralDocuments_FixedInDocumentProjectAndSolution()
    {
        var test = new CSharpCodeFixTest<SettingValuesAnalyzer, ClampSettingCodeFix, DefaultVerifier>().WithVeltrix();
        for (var document = 0; document < 2; document++)
        {
            test.TestState.Sources.Add(($"/0/Options{document}.cs", Usings + $$"""
                public sealed class Cache{{document}}
                {
                    [CacheTtl] public TimeSpan? Ttl { get; init; }
                    [CacheSize] public int? {|VLX1005:MaxEntries|} { get; init; }
                }

                public sealed class Ttl{{document}}
                {
                    [CacheTtl] public TimeSpan? {|VLX1005:Ttl|} { get; init; }
                }

                public sealed class Pool{{document}}
                {
                    [PoolSize] public int Connections { get; init; } = 8;
                    [QueueCapacity] public int? {|VLX2004:Queue|} { get; init; }
                }
                """));
            test.FixedState.Sources.Add(($"/0/Options{document}.cs", Usings + $$"""
                public sealed class Cache{{document}}
                {
                    [CacheTtl] public TimeSpan? Ttl { get; init; }
                    [CacheSize] public int? MaxEntries { get; init; } = 10_000;
                }

                public sealed class Ttl{{document}}
                {
                    [CacheTtl] public TimeSpan? Ttl { get; init; } = TimeSpan.FromMinutes(10);
                }

                public sealed class Pool{{document}}
                {
                    [PoolSize] public int Connections { get; init; } = 8;
                    [QueueCapacity] public int? Queue { get; init; } = 1_000_000;
                }
                """));
        }

        await test.RunAsync();
    }

    [Fact]
    public async Task FixAll_DeclaredRelationsInSeveralDocuments_FixedInDocumentProjectAndSolution()
    {
        var test = new CSharpCodeFixTest<SettingValuesAnalyzer, RelationCodeFix, DefaultVerifier>().WithVeltrix();
        for (var document = 0; document < 2; document++)
        {
            test.TestState.Sources.Add(($"/0/Options{document}.cs", Usings + $$"""
                public sealed class A{{document}} { [PoolSize, AtMost(nameof(MaxSize))] public int MinSize { get; init; } = {|VLX2003:9|}; [PoolSize] public int MaxSize { get; init; } = 1; }
                public sealed class B{{document}} { [Timeout] public TimeSpan Floor { get; init; } = TimeSpan.FromSeconds(9); [Timeout, AtLeast(nameof(Floor))] public TimeSpan Delay { get; init; } = {|VLX2003:TimeSpan.FromSeconds(1)|}; }
                """));
            test.FixedState.Sources.Add(($"/0/Options{document}.cs", Usings + $$"""
                public sealed class A{{document}} { [PoolSize, AtMost(nameof(MaxSize))] public int MinSize { get; init; } = 1; [PoolSize] public int MaxSize { get; init; } = 1; }
                public sealed class B{{document}} { [Timeout] public TimeSpan Floor { get; init; } = TimeSpan.FromSeconds(9); [Timeout, AtLeast(nameof(Floor))] public TimeSpan Delay { get; init; } = TimeSpan.FromSeconds(9); }
                """));
        }

        await test.RunAsync();
    }
}
