namespace Veltrix.Analyzers.Diagnostics;

/// <summary>Cache rules (<c>VLX1xxx</c>).</summary>
internal static partial class DiagnosticIds
{
    /// <summary>A <c>[CacheSize]</c> value is zero or negative.</summary>
    public const string CacheSizeNotPositive = "VLX1001";

    /// <summary>A <c>[CacheSize]</c> value is unbounded (<c>int.MaxValue</c>, <c>long.MaxValue</c>) or above the configured ceiling.</summary>
    public const string CacheSizeAboveCeiling = "VLX1002";

    /// <summary>A <c>[CacheTtl]</c> value is zero or negative (other than the infinite sentinel).</summary>
    public const string CacheTtlNotPositive = "VLX1003";

    /// <summary>A <c>[CacheTtl]</c> value is positive but below the configured floor.</summary>
    public const string CacheTtlBelowFloor = "VLX1004";

    /// <summary>A cache section has neither a finite TTL nor a size bound.</summary>
    public const string CacheUnbounded = "VLX1005";

    /// <summary>A sliding <c>[CacheTtl]</c> is longer than the absolute one of the same section.</summary>
    public const string SlidingExpirationExceedsAbsolute = "VLX1006";
}
