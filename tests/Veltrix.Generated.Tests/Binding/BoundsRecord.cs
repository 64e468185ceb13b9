namespace Veltrix.Tests.Binding;

/// <summary>A record section with init properties.</summary>
public sealed partial record BoundsRecord
{
    public int Min { get; init; } = 1;

    public int Max { get; init; } = 10;
}
