namespace Veltrix.Tests.Binding;

/// <summary>Members whose changes a reload must report key by key, under "Diff".</summary>
[VeltrixConfig("Diff")]
public sealed partial class DiffConfig
{
    public int Port { get; init; } = 80;

    public string Name { get; init; } = "svc";

    public CacheSection Cache { get; init; } = new();

    public List<string> Hosts { get; init; } = [];

    public Dictionary<string, int> Limits { get; init; } = new();

    public IReadOnlyList<EndpointConfig> Endpoints { get; init; } = [];

    public RetryPolicy Retry { get; init; } = new();

    public TimeSpan? Grace { get; init; }
}
