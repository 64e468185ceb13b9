namespace Veltrix.Tests.Parity;

/// <summary>The schema of <see cref="BinderDifferencesTests"/> and <see cref="BinderParityBugTests"/>: one member per difference.</summary>
[VeltrixConfig("Differences")]
public sealed partial class DifferencesConfig
{
    public int Count { get; init; } = 5;

    public int? OptionalCount { get; init; } = 7;

    public string Name { get; init; } = "name";

    public Uri Home { get; init; } = new("https://example.com/");

    public Version Version { get; init; } = new(1, 0);

    public Version? OptionalVersion { get; init; }

    public char Separator { get; init; } = ',';

    public DateTime Since { get; init; } = new(2020, 1, 1);

    public DateTimeOffset At { get; init; } = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public DateOnly Day { get; init; } = new(2020, 1, 1);

    public TimeOnly Time { get; init; } = new(12, 0);

    public ParityColor Color { get; init; } = ParityColor.Green;

    public ParityAccess Access { get; init; } = ParityAccess.Read;

    public HttpSection Http { get; init; } = new();

    public HttpSection? Fallback { get; init; }

    public List<string> Hosts { get; init; } = [];

    public int[] Ports { get; init; } = [];

    public List<EndpointSection> Endpoints { get; init; } = [];

    public Dictionary<string, int> Limits { get; init; } = [];

    public List<int>? OptionalNumbers { get; init; }

    public List<string> DefaultHosts { get; init; } = ["localhost"];

    public int[] DefaultPorts { get; init; } = [80];

    public IReadOnlyList<string> DefaultTags { get; init; } = ["default"];

    public Dictionary<string, int> DefaultLimits { get; init; } = new() { ["default"] = 1 };
}
