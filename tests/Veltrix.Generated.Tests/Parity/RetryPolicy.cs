namespace Veltrix.Tests.Parity;

/// <summary>A record section with <c>init</c> properties and defaults.</summary>
public sealed partial record RetryPolicy
{
    public int Count { get; init; } = 3;

    public TimeSpan Delay { get; init; } = TimeSpan.FromMilliseconds(200);

    public double Backoff { get; init; } = 2.0;

    public ParityColor? Color { get; init; }
}
