namespace Veltrix.Analyzers.Diagnostics;

/// <summary>Concurrency and timeout rules (<c>VLX2xxx</c>).</summary>
internal static partial class DiagnosticIds
{
    /// <summary>A concurrency limit, thread count, queue capacity or pool size is zero or negative, or a retry count is negative.</summary>
    public const string ConcurrencyNotPositive = "VLX2001";

    /// <summary>A concurrency, pool, queue, thread, retry or timeout value is above its configured ceiling.</summary>
    public const string ConcurrencyAboveCeiling = "VLX2002";

    /// <summary>A value breaks its <c>[AtMost]</c> / <c>[AtLeast]</c> relation (a minimum above its maximum).</summary>
    public const string RelationViolated = "VLX2003";

    /// <summary>An unbounded <c>[QueueCapacity]</c> sits in front of a bounded pool, thread count or concurrency limit.</summary>
    public const string UnboundedQueueBeforeBoundedPool = "VLX2004";

    /// <summary>A <c>[Timeout]</c> is infinite, zero or negative.</summary>
    public const string TimeoutInfiniteOrZero = "VLX2005";

    /// <summary>Retries times the per-attempt timeout exceed the enclosing (overall) timeout.</summary>
    public const string RetriesExceedOverallTimeout = "VLX2006";
}
