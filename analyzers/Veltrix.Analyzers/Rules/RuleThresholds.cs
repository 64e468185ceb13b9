using System;
using Microsoft.CodeAnalysis.Diagnostics;
using Veltrix.Analyzers.Diagnostics;
using Veltrix.Analyzers.Options;

namespace Veltrix.Analyzers.Rules;

/// <summary>
/// The configurable limits of the cache and concurrency rules. <see cref="Default"/> holds the documented defaults;
/// <see cref="From"/> reads <c>veltrix.&lt;ID&gt;.&lt;option&gt;</c> keys from any <see cref="AnalyzerConfigOptions"/>
/// (a C# file's or an additional file's), so both analyzers honour the same <c>.editorconfig</c>.
/// </summary>
internal sealed record RuleThresholds
{
    /// <summary>Option of VLX1002: the largest cache size not reported. Default 10,000,000.</summary>
    public const string MaxEntriesOption = "max_entries";

    /// <summary>Option of VLX1004: the shortest cache TTL not reported. Default <c>00:00:01</c>.</summary>
    public const string MinTtlOption = "min_ttl";

    /// <summary>Option of VLX2002: the largest <c>[ConcurrencyLimit]</c>. Default 10,000.</summary>
    public const string MaxConcurrencyOption = "max_concurrency";

    /// <summary>Option of VLX2002: the largest <c>[ThreadCount]</c>. Default 1,024.</summary>
    public const string MaxThreadsOption = "max_threads";

    /// <summary>Option of VLX2002 (and the value VLX2004's fix writes): the largest <c>[QueueCapacity]</c>. Default 1,000,000.</summary>
    public const string MaxQueueCapacityOption = "max_queue_capacity";

    /// <summary>Option of VLX2002: the largest <c>[PoolSize]</c>. Default 1,000.</summary>
    public const string MaxPoolSizeOption = "max_pool_size";

    /// <summary>Option of VLX2002: the largest <c>[RetryCount]</c>. Default 10.</summary>
    public const string MaxRetriesOption = "max_retries";

    /// <summary>Option of VLX2002: the longest finite <c>[Timeout]</c>. Default <c>00:10:00</c>.</summary>
    public const string MaxTimeoutOption = "max_timeout";

    /// <summary>Option of VLX1001: the cache size its code fix writes. Default 10,000 (never above <see cref="MaxEntriesOption"/>).</summary>
    public const string SuggestedSizeOption = "suggested_size";

    /// <summary>Option of VLX2005: the timeout its code fix writes. Default <c>00:00:30</c> (never above <see cref="MaxTimeoutOption"/>).</summary>
    public const string SuggestedTimeoutOption = "suggested_timeout";

    /// <summary>
    /// Option of VLX1005: the TTL its code fix writes in a cache section with no <c>[CacheSize]</c>. Default
    /// <c>00:10:00</c> (never below <see cref="MinTtlOption"/>).
    /// </summary>
    public const string SuggestedTtlOption = "suggested_ttl";

    /// <summary>The documented defaults.</summary>
    public static RuleThresholds Default { get; } = new(
        maxCacheEntries: 10_000_000,
        minCacheTtl: TimeSpan.FromSeconds(1),
        maxConcurrency: 10_000,
        maxThreads: 1_024,
        maxQueueCapacity: 1_000_000,
        maxPoolSize: 1_000,
        maxRetries: 10,
        maxTimeout: TimeSpan.FromMinutes(10))
    {
        SuggestedCacheSize = 10_000,
        SuggestedTimeout = TimeSpan.FromSeconds(30),
        SuggestedCacheTtl = TimeSpan.FromMinutes(10),
    };

    /// <summary>Creates thresholds.</summary>
    /// <param name="maxCacheEntries">See <see cref="MaxCacheEntries"/>.</param>
    /// <param name="minCacheTtl">See <see cref="MinCacheTtl"/>.</param>
    /// <param name="maxConcurrency">See <see cref="MaxConcurrency"/>.</param>
    /// <param name="maxThreads">See <see cref="MaxThreads"/>.</param>
    /// <param name="maxQueueCapacity">See <see cref="MaxQueueCapacity"/>.</param>
    /// <param name="maxPoolSize">See <see cref="MaxPoolSize"/>.</param>
    /// <param name="maxRetries">See <see cref="MaxRetries"/>.</param>
    /// <param name="maxTimeout">See <see cref="MaxTimeout"/>.</param>
    public RuleThresholds(
        long maxCacheEntries,
        TimeSpan minCacheTtl,
        long maxConcurrency,
        long maxThreads,
        long maxQueueCapacity,
        long maxPoolSize,
        long maxRetries,
        TimeSpan maxTimeout)
    {
        MaxCacheEntries = maxCacheEntries;
        MinCacheTtl = minCacheTtl;
        MaxConcurrency = maxConcurrency;
        MaxThreads = maxThreads;
        MaxQueueCapacity = maxQueueCapacity;
        MaxPoolSize = maxPoolSize;
        MaxRetries = maxRetries;
        MaxTimeout = maxTimeout;
    }

    /// <summary>VLX1002: the largest cache size not reported (<c>veltrix.VLX1002.max_entries</c>).</summary>
    public long MaxCacheEntries { get; }

    /// <summary>VLX1004: the shortest positive cache TTL not reported (<c>veltrix.VLX1004.min_ttl</c>).</summary>
    public TimeSpan MinCacheTtl { get; }

    /// <summary>VLX2002: the largest concurrency limit (<c>veltrix.VLX2002.max_concurrency</c>).</summary>
    public long MaxConcurrency { get; }

    /// <summary>VLX2002: the largest thread count (<c>veltrix.VLX2002.max_threads</c>).</summary>
    public long MaxThreads { get; }

    /// <summary>VLX2002 and VLX2004: the largest queue capacity (<c>veltrix.VLX2002.max_queue_capacity</c>).</summary>
    public long MaxQueueCapacity { get; }

    /// <summary>VLX2002: the largest pool size (<c>veltrix.VLX2002.max_pool_size</c>).</summary>
    public long MaxPoolSize { get; }

    /// <summary>VLX2002: the largest retry count (<c>veltrix.VLX2002.max_retries</c>).</summary>
    public long MaxRetries { get; }

    /// <summary>VLX2002: the longest finite timeout (<c>veltrix.VLX2002.max_timeout</c>).</summary>
    public TimeSpan MaxTimeout { get; }

    /// <summary>VLX1001: the size its code fix writes for a zero or negative cache size (<c>veltrix.VLX1001.suggested_size</c>).</summary>
    public long SuggestedCacheSize { get; init; }

    /// <summary>VLX2005: the timeout its code fix writes for an infinite, zero or negative one (<c>veltrix.VLX2005.suggested_timeout</c>).</summary>
    public TimeSpan SuggestedTimeout { get; init; }

    /// <summary>VLX1005: the TTL its code fix writes when the section has no size to bound (<c>veltrix.VLX1005.suggested_ttl</c>).</summary>
    public TimeSpan SuggestedCacheTtl { get; init; }

    /// <summary>
    /// The size the fixes of VLX1001 and VLX1005 write: <see cref="SuggestedCacheSize"/>, kept within 1 and
    /// <see cref="MaxCacheEntries"/> so that the fix raises nothing new.
    /// </summary>
    public long CacheSizeToSuggest => Math.Max(1, Math.Min(SuggestedCacheSize, MaxCacheEntries));

    /// <summary>Reads the thresholds from <paramref name="options"/>; a missing or unparsable key keeps its default.</summary>
    /// <param name="options">The options of the file whose values are checked.</param>
    /// <returns>The thresholds; <see cref="Default"/> itself when no key is set.</returns>
    public static RuleThresholds From(AnalyzerConfigOptions options)
    {
        var d = Default;
        var result = new RuleThresholds(
            AnalyzerThresholds.GetInt64(options, DiagnosticIds.CacheSizeAboveCeiling, MaxEntriesOption, d.MaxCacheEntries),
            AnalyzerThresholds.GetTimeSpan(options, DiagnosticIds.CacheTtlBelowFloor, MinTtlOption, d.MinCacheTtl),
            AnalyzerThresholds.GetInt64(options, DiagnosticIds.ConcurrencyAboveCeiling, MaxConcurrencyOption, d.MaxConcurrency),
            AnalyzerThresholds.GetInt64(options, DiagnosticIds.ConcurrencyAboveCeiling, MaxThreadsOption, d.MaxThreads),
            AnalyzerThresholds.GetInt64(options, DiagnosticIds.ConcurrencyAboveCeiling, MaxQueueCapacityOption, d.MaxQueueCapacity),
            AnalyzerThresholds.GetInt64(options, DiagnosticIds.ConcurrencyAboveCeiling, MaxPoolSizeOption, d.MaxPoolSize),
            AnalyzerThresholds.GetInt64(options, DiagnosticIds.ConcurrencyAboveCeiling, MaxRetriesOption, d.MaxRetries),
            AnalyzerThresholds.GetTimeSpan(options, DiagnosticIds.ConcurrencyAboveCeiling, MaxTimeoutOption, d.MaxTimeout))
        {
            SuggestedCacheSize = AnalyzerThresholds.GetInt64(options, DiagnosticIds.CacheSizeNotPositive, SuggestedSizeOption, d.SuggestedCacheSize),
            SuggestedTimeout = AnalyzerThresholds.GetTimeSpan(options, DiagnosticIds.TimeoutInfiniteOrZero, SuggestedTimeoutOption, d.SuggestedTimeout),
            SuggestedCacheTtl = AnalyzerThresholds.GetTimeSpan(options, DiagnosticIds.CacheUnbounded, SuggestedTtlOption, d.SuggestedCacheTtl),
        };

        // Share the default instance in the common case: callers may cache per options and compare by reference.
        return result == d ? d : result;
    }

    /// <summary>The ceiling VLX2002 applies to <paramref name="role"/>, in the role's comparable unit (ticks for timeouts); <see cref="long.MaxValue"/> when none.</summary>
    /// <param name="role">A concurrency or timeout role.</param>
    /// <returns>The ceiling.</returns>
    public long CeilingOf(SettingRole role) => role switch
    {
        SettingRole.ConcurrencyLimit => MaxConcurrency,
        SettingRole.ThreadCount => MaxThreads,
        SettingRole.QueueCapacity => MaxQueueCapacity,
        SettingRole.PoolSize => MaxPoolSize,
        SettingRole.RetryCount => MaxRetries,
        SettingRole.Timeout => MaxTimeout.Ticks,
        SettingRole.CacheSize => MaxCacheEntries,
        _ => long.MaxValue,
    };

    /// <summary>The editorconfig option that sets <see cref="CeilingOf"/> for <paramref name="role"/> (for messages).</summary>
    /// <param name="role">A role.</param>
    /// <returns>The option name.</returns>
    public static string CeilingOptionOf(SettingRole role) => role switch
    {
        SettingRole.ConcurrencyLimit => MaxConcurrencyOption,
        SettingRole.ThreadCount => MaxThreadsOption,
        SettingRole.QueueCapacity => MaxQueueCapacityOption,
        SettingRole.PoolSize => MaxPoolSizeOption,
        SettingRole.RetryCount => MaxRetriesOption,
        SettingRole.Timeout => MaxTimeoutOption,
        _ => MaxEntriesOption,
    };
}
