namespace Veltrix.Tests.Allocation;

/// <summary>Sixteen int keys, shared by every section of <see cref="Wide170Config"/>.</summary>
public sealed partial class WideSection
{
    public int MaxEntries { get; init; } = 1;

    public int Timeout { get; init; } = 2;

    public int Retries { get; init; } = 3;

    public int Limit { get; init; } = 4;

    public int Capacity { get; init; } = 5;

    public int Threshold { get; init; } = 6;

    public int Interval { get; init; } = 7;

    public int Budget { get; init; } = 8;

    public int Workers { get; init; } = 9;

    public int Backlog { get; init; } = 10;

    public int Priority { get; init; } = 11;

    public int Weight { get; init; } = 12;

    public int Shards { get; init; } = 13;

    public int Replicas { get; init; } = 14;

    public int Quota { get; init; } = 15;

    public int Kelvin { get; init; } = 16;
}
