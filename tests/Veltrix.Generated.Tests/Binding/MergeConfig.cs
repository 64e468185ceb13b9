namespace Veltrix.Tests.Binding;

/// <summary>Members that exercise the merge rules: scalars, lists with and without defaults, dictionaries, a section.</summary>
[VeltrixConfig("Merge")]
public sealed partial class MergeConfig
{
    public int Port { get; init; } = 80;

    public string Name { get; init; } = "svc";

    public IReadOnlyList<string> Hosts { get; init; } = [];

    public List<string> Fallbacks { get; init; } = ["localhost"];

    public string[] Zones { get; init; } = ["zone-a"];

    public IReadOnlyList<EndpointConfig> Endpoints { get; init; } = [];

    [ListMerge(ListMergeMode.Replace)]
    public IReadOnlyList<EndpointConfig> Replaced { get; init; } = [];

    public Dictionary<string, int> Limits { get; init; } = new();

    public Dictionary<string, int> Quotas { get; init; } = new() { ["default"] = 10 };

    public BoundsRecord Bounds { get; init; } = new();
}
