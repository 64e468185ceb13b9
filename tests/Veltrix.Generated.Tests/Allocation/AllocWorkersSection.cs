namespace Veltrix.Tests.Allocation;

/// <summary>Ten value keys.</summary>
public sealed partial class AllocWorkersSection
{
    public int Count { get; init; } = 8;

    public int QueueCapacity { get; init; } = 1000;

    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromSeconds(60);

    public TimeOnly QuietStart { get; init; } = new(22, 0);

    public DateTime StartedAt { get; init; } = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public bool Elastic { get; init; } = true;

    public double LoadFactor { get; init; } = 0.75;

    public Int128 Budget { get; init; } = 1_000_000;

    public AllocationMode Strategy { get; init; } = AllocationMode.Lazy;

    public string Name { get; init; } = "pool";
}
