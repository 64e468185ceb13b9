namespace Veltrix.Tests.Binding;

/// <summary>A class section with init properties and a nested class section.</summary>
public sealed partial class CacheSection
{
    public int MaxEntries { get; init; } = 100;

    public TimeSpan Ttl { get; init; } = TimeSpan.FromMinutes(5);

    public EvictionSection Eviction { get; init; } = new();
}
