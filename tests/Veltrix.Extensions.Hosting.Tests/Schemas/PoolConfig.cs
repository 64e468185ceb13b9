namespace Veltrix.Extensions.Hosting.Tests.Schemas;

/// <summary>
/// The schema only <see cref="InstrumentationTests"/> binds, so that its metrics are told apart by their type tag
/// from those of the hosts other tests build meanwhile: Pool:Size, Pool:Acquire, Pool:Password (secret).
/// </summary>
[VeltrixConfig("Pool")]
public sealed partial class PoolConfig
{
    [PoolSize]
    public int Size { get; init; } = 16;

    [Timeout]
    public TimeSpan Acquire { get; init; } = TimeSpan.FromSeconds(2);

    [Secret]
    [PoolSize]
    public int Password { get; init; } = 1234;
}
