using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Veltrix.Analyzers.Settings;
using Veltrix.Analyzers.Tests.Infrastructure;
using Veltrix.CodeFixes.Settings;
using static Veltrix.Analyzers.Tests.Settings.SettingsVerifier;

namespace Veltrix.Analyzers.Tests.Settings;

/// <summary>
/// The code fixes of the value rules that used to have none (VLX1001, VLX2001, VLX2005) and VLX1003's, one value per
/// place a value is written, with <c>.editorconfig</c> values, and Fix All across documents.
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
}
