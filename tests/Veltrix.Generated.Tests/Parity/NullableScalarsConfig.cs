namespace Veltrix.Tests.Parity;

/// <summary>
/// The nullable form of every scalar type, under a two-segment section path. Most default to null; a few have
/// a value, so that an empty string (which means null) is seen to override a default.
/// </summary>
[VeltrixConfig("Parity:Nullable")]
public sealed partial class NullableScalarsConfig
{
    public bool? Enabled { get; init; }

    public byte? Percent { get; init; }

    public sbyte? Offset { get; init; }

    public short? Shift { get; init; }

    public ushort? Workers { get; init; }

    public int? Port { get; init; } = 42;

    public uint? Capacity { get; init; }

    public long? Balance { get; init; }

    public ulong? Quota { get; init; }

    public Int128? Huge { get; init; }

    public UInt128? HugeUnsigned { get; init; }

    public float? Ratio { get; init; }

    public double? Factor { get; init; } = 0.5;

    public decimal? Price { get; init; }

    public char? Separator { get; init; }

    public string? Text { get; init; }

    public ParityColor? Color { get; init; } = ParityColor.Blue;

    public ParityAccess? Access { get; init; }

    public TimeSpan? Timeout { get; init; }

    public DateTime? Since { get; init; }

    public DateTimeOffset? At { get; init; }

    public DateOnly? Day { get; init; }

    public TimeOnly? Time { get; init; }

    public Guid? Id { get; init; }

    public Uri? Endpoint { get; init; }

    public Version? Version { get; init; }
}
