namespace Veltrix.Tests.Binding;

/// <summary>A section whose minimums are declared against their maximums with <c>[AtMost]</c> / <c>[AtLeast]</c>.</summary>
[VeltrixConfig("Pool")]
public sealed partial class PoolLimitsConfig
{
    [ThreadCount, AtMost(nameof(MaxThreads))]
    public int MinThreads { get; init; } = 4;

    [ThreadCount]
    public int MaxThreads { get; init; } = 64;

    [Timeout(TimeoutScope.PerAttempt), AtMost(nameof(OverallTimeout))]
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(5);

    [Timeout(TimeoutScope.Overall)]
    public TimeSpan? OverallTimeout { get; init; }

    [AtLeast(nameof(MinBatch))]
    public long MaxBatch { get; init; } = 100;

    public int MinBatch { get; init; } = 10;
}
