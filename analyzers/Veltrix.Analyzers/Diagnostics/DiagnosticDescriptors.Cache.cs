using Microsoft.CodeAnalysis;

namespace Veltrix.Analyzers.Diagnostics;

/// <summary>Cache rules (<c>VLX1xxx</c>).</summary>
internal static partial class DiagnosticDescriptors
{
    /// <summary>VLX1001: {0} member, {1} value.</summary>
    public static readonly DiagnosticDescriptor CacheSizeNotPositive = Create(
        DiagnosticIds.CacheSizeNotPositive,
        CacheCategory,
        "Cache size is zero or negative",
        "'{0}' is {1}: a cache bounded at zero or less stores nothing (or refuses to start); set a positive size",
        DiagnosticSeverity.Warning,
        "A [CacheSize] of zero or less turns the cache off or makes it throw when it is built, so every read goes to the backing store.");

    /// <summary>VLX1002: {0} member, {1} value, {2} ceiling.</summary>
    public static readonly DiagnosticDescriptor CacheSizeAboveCeiling = Create(
        DiagnosticIds.CacheSizeAboveCeiling,
        CacheCategory,
        "Cache size is unbounded or above the ceiling",
        "'{0}' is {1}, above the ceiling {2}: the cache can grow until the process runs out of memory; bound it at {2} or less, or raise veltrix.VLX1002.max_entries",
        DiagnosticSeverity.Warning,
        "A [CacheSize] of int.MaxValue, long.MaxValue or more than the configured ceiling does not bound the cache, which then grows with the key space until the process is killed for memory.");

    /// <summary>VLX1003: {0} member, {1} value.</summary>
    public static readonly DiagnosticDescriptor CacheTtlNotPositive = Create(
        DiagnosticIds.CacheTtlNotPositive,
        CacheCategory,
        "Cache TTL is zero or negative",
        "'{0}' is {1}: entries expire as soon as they are written, so every read misses; set a positive time to live",
        DiagnosticSeverity.Warning,
        "A [CacheTtl] of zero or less (other than the infinite sentinel) expires entries at once or throws, so the cache never serves a hit and the backing store takes the full load.");

    /// <summary>VLX1004: {0} member, {1} value, {2} floor.</summary>
    public static readonly DiagnosticDescriptor CacheTtlBelowFloor = Create(
        DiagnosticIds.CacheTtlBelowFloor,
        CacheCategory,
        "Cache TTL is below the floor",
        "'{0}' is {1}, below the floor {2}: entries expire almost at once and the cache mostly misses; set at least {2}, or lower veltrix.VLX1004.min_ttl",
        DiagnosticSeverity.Info,
        "A very short [CacheTtl] (below the configured floor) usually means a unit mistake (milliseconds for seconds) and makes the cache miss on nearly every read.");

    /// <summary>VLX1005: {0} section, {1} member.</summary>
    public static readonly DiagnosticDescriptor CacheUnbounded = Create(
        DiagnosticIds.CacheUnbounded,
        CacheCategory,
        "Cache has neither a TTL nor a size bound",
        "Cache section '{0}' has neither a finite time to live nor a size bound ('{1}'): it grows without limit; give it a [CacheSize] or a finite [CacheTtl]",
        DiagnosticSeverity.Warning,
        "A cache whose entries never expire and whose size is not bounded keeps every key it ever saw: memory grows with traffic until the process is killed.");

    /// <summary>VLX1006: {0} sliding member, {1} its value, {2} absolute member, {3} its value.</summary>
    public static readonly DiagnosticDescriptor SlidingExpirationExceedsAbsolute = Create(
        DiagnosticIds.SlidingExpirationExceedsAbsolute,
        CacheCategory,
        "Sliding expiration is longer than absolute expiration",
        "Sliding expiration '{0}' ({1}) is longer than absolute expiration '{2}' ({3}), which always wins; make '{0}' at most {3}",
        DiagnosticSeverity.Warning,
        "When the sliding expiration is longer than the absolute one, the sliding window never takes effect: entries still expire at the absolute time, which is rarely what the setting's author meant.");
}
