namespace Veltrix.Analyzers.Rules;

/// <summary>
/// What a setting controls. Mirrors <c>Veltrix.ConfigRole</c> (same names and values) so that a caller holding the
/// runtime's schema (<c>ConfigKeyInfo.Role</c>) can cast, and so that the rules do not depend on the runtime assembly.
/// </summary>
internal enum SettingRole
{
    /// <summary>No role attribute: no rule applies.</summary>
    None = 0,

    /// <summary><c>[CacheSize]</c>: the entry (or byte) bound of a cache.</summary>
    CacheSize,

    /// <summary><c>[CacheTtl]</c>: how long a cache entry lives.</summary>
    CacheTtl,

    /// <summary><c>[Timeout]</c>: how long an operation may take.</summary>
    Timeout,

    /// <summary><c>[ConcurrencyLimit]</c>: how many operations run at once.</summary>
    ConcurrencyLimit,

    /// <summary><c>[ThreadCount]</c>: how many threads or workers run.</summary>
    ThreadCount,

    /// <summary><c>[QueueCapacity]</c>: how many items a queue holds.</summary>
    QueueCapacity,

    /// <summary><c>[PoolSize]</c>: how many pooled resources exist.</summary>
    PoolSize,

    /// <summary><c>[RetryCount]</c>: how many times an operation is retried after the first attempt.</summary>
    RetryCount,
}
