namespace Veltrix.Benchmarks.Fleet;

/// <summary>The one-key schema every watcher of the fleet benchmark binds: <c>Fleet:Value</c>.</summary>
[VeltrixConfig("Fleet")]
public sealed partial class FleetConfig
{
    /// <summary>The value each round writes, so a change can be matched to the put that caused it.</summary>
    public int Value { get; init; }
}
