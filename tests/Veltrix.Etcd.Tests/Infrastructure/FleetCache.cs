namespace Veltrix.Etcd.Tests.Infrastructure;

/// <summary>The cache section of <see cref="FleetConfig"/>.</summary>
public sealed partial class FleetCache
{
    public int MaxEntries { get; init; } = 100;
}
