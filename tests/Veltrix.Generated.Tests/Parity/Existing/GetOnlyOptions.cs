namespace Veltrix.Tests.Parity.Existing;

/// <summary>Get-only collection members that the constructor creates, which ConfigurationBinder fills in place.</summary>
[VeltrixConfig("GetOnly")]
public sealed partial class GetOnlyOptions
{
    public List<string> Items { get; } = new();

    public Dictionary<string, int> Limits { get; } = new();

    public ICollection<HostAndPort> Hosts { get; } = new List<HostAndPort>();

    public List<string> Defaults { get; } = new() { "d" };

    public int Version { get; set; } = 1;
}
