namespace Veltrix.Tests.Parity.Existing;

/// <summary>Collections of collections, as route transforms and alias tables declare them.</summary>
[VeltrixConfig("Nested")]
public sealed partial class NestedCollectionsOptions
{
    public Dictionary<string, string[]> Aliases { get; set; } = [];

    public List<List<int>> Grid { get; set; } = [];

    public IReadOnlyList<IReadOnlyDictionary<string, string>> Transforms { get; set; } = [];

    public Dictionary<string, List<HostAndPort>>? Pools { get; set; }
}
