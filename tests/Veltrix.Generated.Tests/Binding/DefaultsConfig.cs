namespace Veltrix.Tests.Binding;

/// <summary>Initializers on every kind of member: they must stay in force when a key is absent.</summary>
[VeltrixConfig("Defaults")]
public sealed partial class DefaultsConfig
{
    public int Port { get; init; } = 8080;

    public string Name { get; init; } = "default-name";

    public bool Enabled { get; init; } = true;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    public Color Mode { get; init; } = Color.Blue;

    public double? Ratio { get; init; } = 0.25;

    public Uri Home { get; init; } = new("https://default.example/");

    public IReadOnlyList<string> Hosts { get; init; } = ["localhost"];

    public List<int> Ports { get; init; } = [80, 443];

    public Dictionary<string, int> Weights { get; init; } = new() { ["a"] = 1 };

    public CacheSection Cache { get; init; } = new();

    public RetryPolicy Retry { get; init; } = new();
}
