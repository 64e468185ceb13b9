using System.ComponentModel.DataAnnotations;

namespace Veltrix.Tests.Hostile;

/// <summary>The schema every hostile input is loaded into: scalars, a list, a dictionary, a section and secrets.</summary>
[VeltrixConfig("Hostile")]
public sealed partial class HostileConfig
{
    public string Name { get; init; } = "default";

    [Range(1, 65535)]
    public int Port { get; init; } = 8080;

    public double Ratio { get; init; } = 0.5;

    public bool Enabled { get; init; }

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    public IReadOnlyList<string> Hosts { get; init; } = [];

    public Dictionary<string, int> Weights { get; init; } = new();

    public HostileSection Inner { get; init; } = new();

    [Secret]
    public string? Password { get; init; }

    [Secret]
    public int Pin { get; init; }
}
