namespace Veltrix.Tests.Binding;

/// <summary>One member of every supported scalar type, under "Scalars".</summary>
[VeltrixConfig("Scalars")]
public sealed partial class ScalarConfig
{
    public bool Enabled { get; init; }

    public byte Tiny { get; init; }

    public sbyte Delta { get; init; }

    public short Small { get; init; }

    public ushort SmallUnsigned { get; init; }

    public int Count { get; init; }

    public uint CountUnsigned { get; init; }

    public long Big { get; init; }

    public ulong BigUnsigned { get; init; }

    public Int128 Huge { get; init; }

    public UInt128 HugeUnsigned { get; init; }

    public float Ratio { get; init; }

    public double Factor { get; init; }

    public decimal Price { get; init; }

    public char Letter { get; init; }

    public string Text { get; init; } = string.Empty;

    public Color Mode { get; init; }

    public Permissions Access { get; init; }

    public TimeSpan Interval { get; init; }

    public DateTime Started { get; init; }

    public DateTimeOffset Stamp { get; init; }

    public DateOnly Day { get; init; }

    public TimeOnly At { get; init; }

    public Guid Id { get; init; }

    public Uri Endpoint { get; init; } = new("http://unset.invalid/");

    public Version Release { get; init; } = new(0, 0);
}
