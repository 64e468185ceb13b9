namespace Veltrix;

/// <summary>What a configuration value controls, as declared by a role attribute such as <see cref="CacheSizeAttribute"/>.</summary>
public enum ConfigRole
{
    /// <summary>No role attribute.</summary>
    None = 0,

    /// <summary>The maximum number of entries (or bytes) of a cache; see <see cref="CacheSizeAttribute"/>.</summary>
    CacheSize,

    /// <summary>How long a cache entry lives; see <see cref="CacheTtlAttribute"/>.</summary>
    CacheTtl,

    /// <summary>How long an operation may take; see <see cref="TimeoutAttribute"/>.</summary>
    Timeout,

    /// <summary>How many operations may run at once; see <see cref="ConcurrencyLimitAttribute"/>.</summary>
    ConcurrencyLimit,

    /// <summary>How many threads or workers run; see <see cref="ThreadCountAttribute"/>.</summary>
    ThreadCount,

    /// <summary>How many items a queue holds; see <see cref="QueueCapacityAttribute"/>.</summary>
    QueueCapacity,

    /// <summary>How many pooled resources exist; see <see cref="PoolSizeAttribute"/>.</summary>
    PoolSize,

    /// <summary>How many times an operation is retried; see <see cref="RetryCountAttribute"/>.</summary>
    RetryCount,
}
