namespace Veltrix.Tests.Live;

/// <summary>
/// A schema only <see cref="UnchangedReloadTests"/> builds, so that its metrics can be told apart by the
/// <c>veltrix.config.type</c> tag from those of configurations other tests build meanwhile.
/// </summary>
[VeltrixConfig("UnchangedMetered")]
public sealed partial class UnchangedMeteredConfig
{
    public int Port { get; init; } = 80;
}
