using static Veltrix.Analyzers.Tests.Settings.SettingsVerifier;

namespace Veltrix.Analyzers.Tests.Settings;

/// <summary>The cache rules (VLX1001–VLX1006) on values written in C#.</summary>
public sealed class CacheRulesTests
{
    [Fact]
    public Task CacheSize_Zero_ReportsVlx1001OnInitializer()
        => AnalyzeAsync("""
            [VeltrixConfig("Cache")]
            public sealed partial class CacheOptions
            {
                [CacheSize] public int MaxEntries { get; init; } = {|VLX1001:0|};
                [CacheTtl] public TimeSpan Ttl { get; init; } = TimeSpan.FromMinutes(5);
            }
            """);

    [Fact]
    public Task CacheSize_NegativeRecordParameterDefault_ReportsVlx1001OnDefault()
        => AnalyzeAsync("""
            public sealed record CacheOptions([CacheSize] long MaxBytes = {|VLX1001:-1|}, [CacheTtl] int TtlMs = 60000);
            """);

    [Fact]
    public Task CacheSize_ZeroInDefaultValueAttribute_ReportsVlx1001OnArgument()
        => AnalyzeAsync("""
            public sealed class CacheOptions
            {
                [CacheSize, System.ComponentModel.DefaultValue({|VLX1001:0|})] public int MaxEntries { get; init; }
                [CacheTtl] public TimeSpan Ttl { get; init; } = TimeSpan.FromMinutes(5);
            }
            """);

    [Fact]
    public Task CacheSize_PositiveAndBounded_ReportsNothing()
        => AnalyzeAsync("""
            public sealed class CacheOptions
            {
                [CacheSize] public int MaxEntries { get; init; } = 10_000;
                [CacheTtl] public TimeSpan Ttl { get; init; } = TimeSpan.FromMinutes(5);
                [CacheSize] public int ComputedEntries { get; init; } = Environment.ProcessorCount * 1000;
            }
            """);

    [Fact]
    public Task CacheSize_IntMaxValue_ClampsToDefaultCeiling()
        => FixAsync(
            """
            public sealed class CacheOptions
            {
                [CacheSize] public int MaxEntries { get; init; } = {|VLX1002:int.MaxValue|};
                [CacheTtl] public TimeSpan Ttl { get; init; } = TimeSpan.FromMinutes(5);
            }

            public sealed class OtherCacheOptions
            {
                [CacheSize] public long MaxEntries { get; init; } = {|VLX1002:long.MaxValue|};
            }
            """,
            """
            public sealed class CacheOptions
            {
                [CacheSize] public int MaxEntries { get; init; } = 10_000_000;
                [CacheTtl] public TimeSpan Ttl { get; init; } = TimeSpan.FromMinutes(5);
            }

            public sealed class OtherCacheOptions
            {
                [CacheSize] public long MaxEntries { get; init; } = 10_000_000;
            }
            """);

    [Fact]
    public Task CacheSize_AboveEditorConfigCeiling_ReportsAndClampsToIt()
        => FixAsync(
            """
            public sealed class CacheOptions
            {
                [CacheSize] public int MaxEntries { get; init; } = {|VLX1002:5000|};
                [CacheTtl] public TimeSpan Ttl { get; init; } = TimeSpan.FromMinutes(5);
            }
            """,
            """
            public sealed class CacheOptions
            {
                [CacheSize] public int MaxEntries { get; init; } = 1000;
                [CacheTtl] public TimeSpan Ttl { get; init; } = TimeSpan.FromMinutes(5);
            }
            """,
            "veltrix.VLX1002.max_entries = 1000");

    [Fact]
    public Task CacheTtl_ZeroAndNegative_ReportVlx1003AndRaiseToFloor()
        => FixAsync(
            """
            public sealed class CacheOptions
            {
                [CacheSize] public int MaxEntries { get; init; } = 1000;
                [CacheTtl] public TimeSpan Ttl { get; init; } = {|VLX1003:TimeSpan.Zero|};
                [CacheTtl(CacheExpiration.Sliding)] public int IdleMs { get; init; } = {|VLX1003:-5|};
            }
            """,
            """
            public sealed class CacheOptions
            {
                [CacheSize] public int MaxEntries { get; init; } = 1000;
                [CacheTtl] public TimeSpan Ttl { get; init; } = TimeSpan.FromSeconds(1);
                [CacheTtl(CacheExpiration.Sliding)] public int IdleMs { get; init; } = 1000;
            }
            """);

    [Fact]
    public Task CacheTtl_BelowFloor_ReportsVlx1004AndRaisesToFloor()
        => FixAsync(
            """
            public sealed class CacheOptions
            {
                [CacheSize] public int MaxEntries { get; init; } = 1000;
                [CacheTtl] public TimeSpan Ttl { get; init; } = {|VLX1004:TimeSpan.FromMilliseconds(100)|};
            }
            """,
            """
            public sealed class CacheOptions
            {
                [CacheSize] public int MaxEntries { get; init; } = 1000;
                [CacheTtl] public TimeSpan Ttl { get; init; } = TimeSpan.FromSeconds(1);
            }
            """);

    [Fact]
    public Task CacheTtl_AboveEditorConfigFloor_ReportsNothing()
        => AnalyzeAsync(
            """
            public sealed class CacheOptions
            {
                [CacheSize] public int MaxEntries { get; init; } = 1000;
                [CacheTtl] public TimeSpan Ttl { get; init; } = TimeSpan.FromMilliseconds(100);
            }
            """,
            "veltrix.VLX1004.min_ttl = 50ms");

    [Fact]
    public Task CacheSection_NullTtlAndNoSize_ReportsVlx1005OnMember()
        => AnalyzeAsync("""
            public sealed class CacheOptions
            {
                [CacheTtl] public TimeSpan? {|VLX1005:Ttl|} { get; init; }
            }
            """);

    [Fact]
    public Task CacheSection_InfiniteTtlAndNullSize_ReportsVlx1005OnSizeMember()
        => AnalyzeAsync("""
            public sealed class CacheOptions
            {
                [CacheTtl] public TimeSpan Ttl { get; init; } = Timeout.InfiniteTimeSpan;
                [CacheSize] public int? {|VLX1005:MaxEntries|} { get; init; }
            }
            """);

    [Fact]
    public Task CacheSection_InfiniteTtlAndWrittenNullSizes_ReportsVlx1005OnFirstSizeValue()
        => AnalyzeAsync("""
            public sealed class CacheOptions
            {
                [CacheTtl] public TimeSpan Ttl { get; init; } = Timeout.InfiniteTimeSpan;
                [CacheSize] public int? MaxEntries { get; init; } = {|VLX1005:null|};
                [CacheSize] public long? MaxBytes { get; init; } = null;
            }
            """);

    [Fact]
    public Task CacheSection_InfiniteTtlWithBoundedSize_ReportsNothing()
        => AnalyzeAsync("""
            public sealed class CacheOptions
            {
                [CacheTtl] public TimeSpan Ttl { get; init; } = Timeout.InfiniteTimeSpan;
                [CacheSize] public int MaxEntries { get; init; } = 10_000;
            }
            """);

    [Fact]
    public Task SlidingExpiration_LongerThanAbsolute_ReportsVlx1006AndLowersToAbsolute()
        => FixAsync(
            """
            public sealed class CacheOptions
            {
                [CacheTtl(CacheExpiration.Absolute)] public TimeSpan Absolute { get; init; } = TimeSpan.FromMinutes(5);
                [CacheTtl(CacheExpiration.Sliding)] public TimeSpan Sliding { get; init; } = {|VLX1006:TimeSpan.FromMinutes(10)|};
            }
            """,
            """
            public sealed class CacheOptions
            {
                [CacheTtl(CacheExpiration.Absolute)] public TimeSpan Absolute { get; init; } = TimeSpan.FromMinutes(5);
                [CacheTtl(CacheExpiration.Sliding)] public TimeSpan Sliding { get; init; } = TimeSpan.FromMinutes(5);
            }
            """);

    [Fact]
    public Task SlidingExpiration_ShorterThanAbsolute_ReportsNothing()
        => AnalyzeAsync("""
            public sealed class CacheOptions
            {
                [CacheTtl(CacheExpiration.Absolute)] public TimeSpan Absolute { get; init; } = TimeSpan.FromMinutes(5);
                [CacheTtl(CacheExpiration.Sliding)] public TimeSpan Sliding { get; init; } = new TimeSpan(0, 1, 0);
            }
            """);
}
