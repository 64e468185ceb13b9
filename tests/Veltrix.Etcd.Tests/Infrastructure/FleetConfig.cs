using System.ComponentModel.DataAnnotations;

namespace Veltrix.Etcd.Tests.Infrastructure;

/// <summary>The schema the etcd tests load: root keys, a section, a dictionary of counters and a secret.</summary>
[VeltrixConfig("")]
public sealed partial class FleetConfig
{
    [Range(1, 65535)]
    public int Port { get; init; } = 8080;

    public string Name { get; init; } = "default";

    public FleetCache Cache { get; init; } = new();

    public IReadOnlyDictionary<string, int> Items { get; init; } = new Dictionary<string, int>();

    [Secret]
    public string? Password { get; init; }
}
