namespace Veltrix.Tests.Live;

/// <summary>
/// A schema only <see cref="SettingGaugeTests"/> builds: one key per case of the setting gauge (each role, each kind
/// of number, durations as <see cref="TimeSpan"/> and as milliseconds, a null, a secret, collections).
/// </summary>
[VeltrixConfig("Gauged")]
public sealed partial class GaugedConfig
{
    [Timeout]
    public TimeSpan Request { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>A whole-number timeout counts milliseconds.</summary>
    [Timeout]
    public int ConnectMilliseconds { get; init; } = 2_500;

    [RetryCount]
    public byte? Retries { get; init; }

    [PoolSize]
    public long Connections { get; init; } = 64;

    [ConcurrencyLimit]
    public double Parallelism { get; init; } = 1.5;

    [Secret]
    [PoolSize]
    public int HiddenPool { get; init; } = 77;

    /// <summary>No role: not a setting anyone charts.</summary>
    public int Port { get; init; } = 8080;

    [QueueCapacity]
    public IReadOnlyList<int> Queues { get; init; } = [10, 20];

    public IReadOnlyList<GaugedEndpoint> Endpoints { get; init; } = [new()];

    public GaugedCache Cache { get; init; } = new();
}

public sealed partial class GaugedCache
{
    [CacheSize]
    public int MaxEntries { get; init; } = 10_000;

    [CacheTtl]
    public TimeSpan Ttl { get; init; } = TimeSpan.FromMinutes(5);
}

public sealed partial class GaugedEndpoint
{
    [Timeout]
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(1);
}
