namespace Veltrix.Tests.Binding;

/// <summary>A section used as a collection element.</summary>
public sealed partial class EndpointConfig
{
    public string Address { get; init; } = string.Empty;

    public int Weight { get; init; } = 1;
}
