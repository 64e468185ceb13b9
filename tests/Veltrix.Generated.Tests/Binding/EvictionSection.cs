namespace Veltrix.Tests.Binding;

/// <summary>A class section two levels deep.</summary>
public sealed partial class EvictionSection
{
    public string Policy { get; init; } = "lru";

    public double Threshold { get; init; } = 0.9;
}
