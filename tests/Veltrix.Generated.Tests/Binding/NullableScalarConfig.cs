namespace Veltrix.Tests.Binding;

/// <summary>The nullable form of every supported scalar type, under "Nullables".</summary>
[VeltrixConfig("Nullables")]
public sealed partial class NullableScalarConfig
{
    public bool? Enabled { get; init; }

    public byte? Tiny { get; init; }

    public sbyte? Delta { get; init; }

    public short? Small { get; init; }

    public ushort? SmallUnsigned { get; init; }

    public int? Count { get; init; }

    public uint? CountUnsigned { get; init; }

    public long? Big { get; init; }

    public ulong? BigUnsigned { get; init; }

    public Int128? Huge { get; init; }

    public UInt128? HugeUnsigned { get; init; }

    public float? Ratio { get; init; }

    public double? Factor { get; init; }

    public decimal? Price { get; init; }

    public char? Letter { get; init; }

    public string? Text { get; init; }

    public Color? Mode { get; init; }

    public Permissions? Access { get; init; }

    public TimeSpan? Interval { get; init; }

    public DateTime? Started { get; init; }

    public DateTimeOffset? Stamp { get; init; }

    public DateOnly? Day { get; init; }

    public TimeOnly? At { get; init; }

    public Guid? Id { get; init; }

    public Uri? Endpoint { get; init; }

    public Version? Release { get; init; }
}
