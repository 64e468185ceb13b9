namespace Veltrix.Tests.Allocation;

/// <summary>Ten value keys.</summary>
public sealed partial class AllocCacheSection
{
    public int MaxEntries { get; init; } = 10_000;

    public TimeSpan Ttl { get; init; } = TimeSpan.FromMinutes(5);

    public TimeSpan SlidingTtl { get; init; } = TimeSpan.FromMinutes(1);

    public bool Enabled { get; init; } = true;

    public float EvictionRatio { get; init; } = 0.25f;

    public decimal CostPerEntry { get; init; } = 0.5m;

    public string Region { get; init; } = "eu-west";

    public Guid InstanceId { get; init; } = new("3f2504e0-4f89-11d3-9a0c-0305e82c3301");

    public int? Shards { get; init; } = 4;

    public char Separator { get; init; } = ':';
}
