using System.Collections.Immutable;

namespace Veltrix.Tests.Binding;

/// <summary>Every collection kind, of scalars and of sections, under "Lists".</summary>
[VeltrixConfig("Lists")]
public sealed partial class CollectionsConfig
{
    public int[] Numbers { get; init; } = [];

    public List<string> Names { get; init; } = [];

    public IReadOnlyList<string> Hosts { get; init; } = [];

    public IList<int> Ports { get; init; } = [];

    public ImmutableArray<string> Tags { get; init; } = [];

    public EndpointConfig[] EndpointArray { get; init; } = [];

    public List<EndpointConfig> EndpointList { get; init; } = [];

    public IReadOnlyList<EndpointConfig> Endpoints { get; init; } = [];

    public IList<EndpointConfig> EndpointIList { get; init; } = [];

    public ImmutableArray<EndpointConfig> EndpointImmutable { get; init; } = [];

    public Dictionary<string, int> Limits { get; init; } = new();

    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    public Dictionary<string, EndpointConfig> BackendMap { get; init; } = new();

    public IReadOnlyDictionary<string, EndpointConfig> Backends { get; init; } = new Dictionary<string, EndpointConfig>();
}
