namespace Veltrix.Tests.Parity;

/// <summary>A section nested two levels deep.</summary>
public sealed partial class CacheSection
{
    public long MaxEntries { get; init; } = 10_000;

    public TimeSpan? Ttl { get; init; } = TimeSpan.FromMinutes(5);

    public double LoadFactor { get; init; } = 0.75;

    public ParityAccess Access { get; init; } = ParityAccess.Read | ParityAccess.Write;

    public string? Region { get; init; }
}
