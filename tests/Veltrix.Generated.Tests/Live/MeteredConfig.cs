using System.ComponentModel.DataAnnotations;

namespace Veltrix.Tests.Live;

/// <summary>
/// A schema only <see cref="ReloadMetricsTests"/> builds, so that its measurements can be told apart by the
/// <c>veltrix.config.type</c> tag from those of configurations other tests build meanwhile.
/// </summary>
[VeltrixConfig("Metered")]
public sealed partial class MeteredConfig
{
    [Range(1, 65535)]
    public int Port { get; init; } = 80;

    public string Name { get; init; } = "metered";
}
