namespace Veltrix.Tests.Parity.Existing;

/// <summary>Collection interfaces and sets that options classes declare and ConfigurationBinder binds.</summary>
[VeltrixConfig("Interfaces")]
public sealed partial class InterfaceCollectionsOptions
{
    public IDictionary<string, string> Headers { get; set; } = new Dictionary<string, string>();

    public IDictionary<string, HostAndPort>? Named { get; set; }

    public IEnumerable<string> Names { get; set; } = [];

    public ICollection<int> Codes { get; set; } = new List<int>();

    public IReadOnlyCollection<HostAndPort> Hosts { get; set; } = [];

    public HashSet<string> Tags { get; set; } = [];

    public IReadOnlySet<string>? Regions { get; set; }
}
