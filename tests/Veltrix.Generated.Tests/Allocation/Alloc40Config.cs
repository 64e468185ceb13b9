namespace Veltrix.Tests.Allocation;

/// <summary>Exactly 40 scalar value keys in four sections of ten, of mixed types, under "Alloc".</summary>
[VeltrixConfig("Alloc")]
public sealed partial class Alloc40Config
{
    public AllocNetworkSection Network { get; init; } = new();

    public AllocCacheSection Cache { get; init; } = new();

    public AllocStorageSection Storage { get; init; } = new();

    public AllocWorkersSection Workers { get; init; } = new();
}
