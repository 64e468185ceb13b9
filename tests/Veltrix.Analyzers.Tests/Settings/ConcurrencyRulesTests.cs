using static Veltrix.Analyzers.Tests.Settings.SettingsVerifier;

namespace Veltrix.Analyzers.Tests.Settings;

/// <summary>The concurrency and timeout rules (VLX2001–VLX2006) on values written in C#.</summary>
public sealed class ConcurrencyRulesTests
{
    [Fact]
    public Task Counts_ZeroOrNegative_ReportVlx2001()
        => AnalyzeAsync("""
            public sealed class WorkerOptions
            {
                [ThreadCount] public int Workers { get; init; } = {|VLX2001:0|};
                [ConcurrencyLimit] public int MaxInFlight { get; init; } = {|VLX2001:-1|};
                [PoolSize] public int Connections { get; init; } = {|VLX2001:0|};
                [RetryCount] public int Retries { get; init; } = {|VLX2001:-1|};
            }
            """);

    [Fact]
    public Task Counts_PositiveAndZeroRetries_ReportNothing()
        => AnalyzeAsync("""
            public sealed record WorkerOptions(
                [ThreadCount] int Workers = 8,
                [ConcurrencyLimit] int MaxInFlight = 100,
                [QueueCapacity] int Queue = 1000,
                [RetryCount] int Retries = 0,
                [Timeout] int TimeoutMs = 30_000);
            """);

    [Fact]
    public Task Counts_AboveDefaultCeilings_ClampToThem()
        => FixAsync(
            """
            public sealed class WorkerOptions
            {
                [PoolSize] public int Connections { get; init; } = {|VLX2002:5000|};
                [RetryCount] public int Retries { get; init; } = {|VLX2002:50|};
                [Timeout] public TimeSpan Timeout { get; init; } = {|VLX2002:TimeSpan.FromHours(1)|};
            }
            """,
            """
            public sealed class WorkerOptions
            {
                [PoolSize] public int Connections { get; init; } = 1000;
                [RetryCount] public int Retries { get; init; } = 10;
                [Timeout] public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(10);
            }
            """);

    [Fact]
    public Task Counts_BelowRaisedEditorConfigCeilings_ReportNothing()
        => AnalyzeAsync(
            """
            public sealed class WorkerOptions
            {
                [PoolSize] public int Connections { get; init; } = 5000;
                [Timeout] public TimeSpan Timeout { get; init; } = TimeSpan.FromHours(1);
            }
            """,
            "veltrix.VLX2002.max_pool_size = 10000",
            "veltrix.VLX2002.max_timeout = 02:00:00");

    [Fact]
    public Task Relation_MinimumAboveMaximum_ReportsVlx2003()
        => AnalyzeAsync("""
            public sealed class WorkerOptions
            {
                [ThreadCount, AtMost(nameof(MaxThreads))] public int MinThreads { get; init; } = {|VLX2003:100|};
                [ThreadCount] public int MaxThreads { get; init; } = 10;
                [Timeout(TimeoutScope.Overall), AtLeast(nameof(AttemptTimeout))] public TimeSpan Overall { get; init; } = {|VLX2003:TimeSpan.FromSeconds(1)|};
                [Timeout(TimeoutScope.PerAttempt)] public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(2);
            }
            """);

    [Fact]
    public Task Relation_Satisfied_ReportsNothing()
        => AnalyzeAsync("""
            public sealed record WorkerOptions([AtMost(nameof(WorkerOptions.MaxThreads))] int MinThreads = 4, int MaxThreads = 64);
            """);

    [Fact]
    public Task Queue_UnboundedBeforeBoundedPool_ReportsVlx2004AndBoundsIt()
        => FixAsync(
            """
            public sealed class WorkerOptions
            {
                [ThreadCount] public int Workers { get; init; } = 8;
                [QueueCapacity] public int Queue { get; init; } = {|VLX2004:int.MaxValue|};
            }
            """,
            """
            public sealed class WorkerOptions
            {
                [ThreadCount] public int Workers { get; init; } = 8;
                [QueueCapacity] public int Queue { get; init; } = 1_000_000;
            }
            """);

    [Fact]
    public Task Queue_NullBeforeBoundedPool_ReportsVlx2004OnMember()
        => AnalyzeAsync("""
            public sealed class WorkerOptions
            {
                [PoolSize] public int Connections { get; init; } = 16;
                [QueueCapacity] public int? {|VLX2004:Queue|} { get; init; }
            }
            """);

    [Fact]
    public Task Queue_UnboundedWithoutPool_ReportsCeilingInstead()
        => AnalyzeAsync("""
            public sealed class WorkerOptions
            {
                [QueueCapacity] public int Queue { get; init; } = {|VLX2002:int.MaxValue|};
            }
            """);

    [Fact]
    public Task Timeout_InfiniteZeroOrNegative_ReportVlx2005()
        => AnalyzeAsync("""
            public sealed class ClientOptions
            {
                [Timeout] public TimeSpan Connect { get; init; } = {|VLX2005:Timeout.InfiniteTimeSpan|};
                [Timeout] public TimeSpan Read { get; init; } = {|VLX2005:TimeSpan.Zero|};
                [Timeout] public TimeSpan Write { get; init; } = {|VLX2005:TimeSpan.MaxValue|};
                [Timeout] public int IdleMs { get; init; } = {|VLX2005:Timeout.Infinite|};
                [Timeout] public TimeSpan Shutdown { get; init; } = {|VLX2005:default|};
            }
            """);

    [Fact]
    public Task Timeout_ThirtyDays_IsLongNotInfinite_ReportsVlx2002NotVlx2005()
        => AnalyzeAsync("""
            public sealed class ClientOptions
            {
                [Timeout] public TimeSpan Connect { get; init; } = {|VLX2002:TimeSpan.FromDays(30)|};
            }
            """);

    [Fact]
    public Task Timeout_RecordParameterDefaultIsZero_ReportsVlx2005WithoutFix()
        => AnalyzeAsync("""
            public sealed record ClientOptions([Timeout] TimeSpan Connect = {|VLX2005:default|});
            """);

    [Fact]
    public Task Retries_OverflowOverallTimeout_ReportVlx2006AndLowerRetries()
        => FixAsync(
            """
            public sealed class ClientOptions
            {
                [RetryCount] public int Retries { get; init; } = {|VLX2006:5|};
                [Timeout(TimeoutScope.PerAttempt)] public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(10);
                [Timeout(TimeoutScope.Overall)] public TimeSpan OverallTimeout { get; init; } = TimeSpan.FromSeconds(30);
            }
            """,
            """
            public sealed class ClientOptions
            {
                [RetryCount] public int Retries { get; init; } = 2;
                [Timeout(TimeoutScope.PerAttempt)] public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(10);
                [Timeout(TimeoutScope.Overall)] public TimeSpan OverallTimeout { get; init; } = TimeSpan.FromSeconds(30);
            }
            """);

    [Fact]
    public Task Retries_FitOrScopeUndeclared_ReportNothing()
        => AnalyzeAsync("""
            public sealed class ClientOptions
            {
                [RetryCount] public int Retries { get; init; } = 2;
                [Timeout(TimeoutScope.PerAttempt)] public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(10);
                [Timeout(TimeoutScope.Overall)] public TimeSpan OverallTimeout { get; init; } = TimeSpan.FromSeconds(30);
            }

            public sealed class UndeclaredOptions
            {
                [RetryCount] public int Retries { get; init; } = 5;
                [Timeout] public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(10);
                [Timeout] public TimeSpan OverallTimeout { get; init; } = TimeSpan.FromSeconds(30);
            }
            """);
}
