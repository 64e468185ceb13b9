#nullable disable

namespace Veltrix.Tests.Parity.Existing;

/// <summary>Options from a library compiled without nullable reference types: every reference member is nullable-oblivious.</summary>
[VeltrixConfig("Legacy")]
public sealed partial class LegacyOptions
{
    public string Name { get; set; }

    public string WithDefault { get; set; } = "default";

    public LegacySection Section { get; set; }

    public List<string> Tags { get; set; }

    public Dictionary<string, string> Map { get; set; }

    public List<LegacySection> Items { get; set; }
}
