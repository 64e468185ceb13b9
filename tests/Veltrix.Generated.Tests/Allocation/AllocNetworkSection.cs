namespace Veltrix.Tests.Allocation;

/// <summary>Ten value keys.</summary>
public sealed partial class AllocNetworkSection
{
    public int Port { get; init; } = 8080;

    public string Host { get; init; } = "localhost";

    public bool UseTls { get; init; } = true;

    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan ReadTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public long MaxRequestBytes { get; init; } = 1_048_576;

    public ushort Backlog { get; init; } = 512;

    public Uri BaseAddress { get; init; } = new("https://example.com/");

    public double LossRate { get; init; } = 0.01;

    public AllocationMode Mode { get; init; } = AllocationMode.Eager;
}
