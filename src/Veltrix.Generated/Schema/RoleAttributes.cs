using System;

namespace Veltrix;

/// <summary>
/// Base of the role attributes: they tell analyzers and tooling what a value controls, so that a cache sized
/// 0 or an infinite timeout is reported where it is written.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public abstract class ConfigRoleAttribute : Attribute
{
    private protected ConfigRoleAttribute()
    {
    }

    /// <summary>The role this attribute declares.</summary>
    public abstract ConfigRole Role { get; }
}

/// <summary>The member is the size bound of a cache (entries or bytes).</summary>
public sealed class CacheSizeAttribute : ConfigRoleAttribute
{
    /// <inheritdoc/>
    public override ConfigRole Role => ConfigRole.CacheSize;
}

/// <summary>How a <see cref="CacheTtlAttribute"/> expiration is measured.</summary>
public enum CacheExpiration
{
    /// <summary>The entry expires a fixed time after it was written.</summary>
    Absolute = 0,

    /// <summary>The entry expires a fixed time after it was last read.</summary>
    Sliding = 1,
}

/// <summary>The member is the time to live of a cache entry.</summary>
public sealed class CacheTtlAttribute : ConfigRoleAttribute
{
    /// <summary>Creates the attribute for an absolute expiration.</summary>
    public CacheTtlAttribute()
    {
    }

    /// <summary>Creates the attribute.</summary>
    /// <param name="expiration">Whether the expiration is absolute or sliding.</param>
    public CacheTtlAttribute(CacheExpiration expiration) => Expiration = expiration;

    /// <summary>Whether the expiration is absolute or sliding.</summary>
    public CacheExpiration Expiration { get; }

    /// <inheritdoc/>
    public override ConfigRole Role => ConfigRole.CacheTtl;
}

/// <summary>
/// The member is a timeout. A <see cref="TimeSpan"/> or a number of milliseconds. Give the <see cref="TimeoutScope"/>
/// when a section holds both a per-attempt and an overall timeout around a <see cref="RetryCountAttribute"/>:
/// <c>[Timeout(TimeoutScope.PerAttempt)]</c>, <c>[Timeout(TimeoutScope.Overall)]</c>.
/// </summary>
public sealed class TimeoutAttribute : ConfigRoleAttribute
{
    /// <summary>Creates the attribute for a timeout whose scope is not declared.</summary>
    public TimeoutAttribute()
    {
    }

    /// <summary>Creates the attribute.</summary>
    /// <param name="scope">Whether the timeout bounds one attempt or the whole operation.</param>
    public TimeoutAttribute(TimeoutScope scope) => Scope = scope;

    /// <summary>Whether the timeout bounds one attempt or the whole operation.</summary>
    public TimeoutScope Scope { get; }

    /// <inheritdoc/>
    public override ConfigRole Role => ConfigRole.Timeout;
}

/// <summary>The member bounds how many operations run at once.</summary>
public sealed class ConcurrencyLimitAttribute : ConfigRoleAttribute
{
    /// <inheritdoc/>
    public override ConfigRole Role => ConfigRole.ConcurrencyLimit;
}

/// <summary>The member is a number of threads or workers.</summary>
public sealed class ThreadCountAttribute : ConfigRoleAttribute
{
    /// <inheritdoc/>
    public override ConfigRole Role => ConfigRole.ThreadCount;
}

/// <summary>The member is the capacity of a queue.</summary>
public sealed class QueueCapacityAttribute : ConfigRoleAttribute
{
    /// <inheritdoc/>
    public override ConfigRole Role => ConfigRole.QueueCapacity;
}

/// <summary>The member is the size of a pool of resources (connections, buffers, objects).</summary>
public sealed class PoolSizeAttribute : ConfigRoleAttribute
{
    /// <inheritdoc/>
    public override ConfigRole Role => ConfigRole.PoolSize;
}

/// <summary>The member is a number of retries.</summary>
public sealed class RetryCountAttribute : ConfigRoleAttribute
{
    /// <inheritdoc/>
    public override ConfigRole Role => ConfigRole.RetryCount;
}
