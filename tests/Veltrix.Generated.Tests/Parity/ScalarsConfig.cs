namespace Veltrix.Tests.Parity;

/// <summary>Every supported scalar type, non-nullable, each with a default that differs from <c>default(T)</c>.</summary>
[VeltrixConfig("Scalars")]
public sealed partial class ScalarsConfig
{
    public bool Enabled { get; init; } = true;

    public byte Percent { get; init; } = 1;

    public sbyte Offset { get; init; } = -1;

    public short Shift { get; init; } = -2;

    public ushort Workers { get; init; } = 2;

    public int Port { get; init; } = 8080;

    public uint Capacity { get; init; } = 3;

    public long Balance { get; init; } = -4;

    public ulong Quota { get; init; } = 4;

    public Int128 Huge { get; init; } = 5;

    public UInt128 HugeUnsigned { get; init; } = 6;

    public float Ratio { get; init; } = 1.5f;

    public double Factor { get; init; } = 2.5;

    public decimal Price { get; init; } = 3.5m;

    public char Separator { get; init; } = 'x';

    public string Text { get; init; } = "default";

    public ParityColor Color { get; init; } = ParityColor.Green;

    public ParityAccess Access { get; init; } = ParityAccess.Read;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    public DateTime Since { get; init; } = new(2020, 1, 1);

    public DateTimeOffset At { get; init; } = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public DateOnly Day { get; init; } = new(2020, 1, 1);

    public TimeOnly Time { get; init; } = new(12, 0);

    public Guid Id { get; init; } = new("6f9619ff-8b86-d011-b42d-00c04fc964ff");

    public Uri Endpoint { get; init; } = new("https://example.com/");

    public Version Version { get; init; } = new(1, 0);
}
