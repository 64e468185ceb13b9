namespace Veltrix.Generators.Models;

/// <summary>Mirror of <c>Veltrix.ConfigRole</c>; same names and values, emitted as <c>global::Veltrix.ConfigRole.X</c>.</summary>
internal enum RoleKind
{
    None = 0,
    CacheSize,
    CacheTtl,
    Timeout,
    ConcurrencyLimit,
    ThreadCount,
    QueueCapacity,
    PoolSize,
    RetryCount,
}
