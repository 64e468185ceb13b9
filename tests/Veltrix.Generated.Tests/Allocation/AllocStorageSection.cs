namespace Veltrix.Tests.Allocation;

/// <summary>Ten value keys.</summary>
public sealed partial class AllocStorageSection
{
    public string Root { get; init; } = "/var/data";

    public long QuotaBytes { get; init; } = 10_000_000_000;

    public ulong MaxFiles { get; init; } = 1_000_000;

    public byte Replicas { get; init; } = 3;

    public sbyte Priority { get; init; } = -1;

    public short Stripe { get; init; } = 64;

    public uint BlockSize { get; init; } = 4096;

    public DateTimeOffset CreatedAt { get; init; } = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public DateOnly RetainUntil { get; init; } = new(2030, 12, 31);

    public Version Format { get; init; } = new(2, 1);
}
