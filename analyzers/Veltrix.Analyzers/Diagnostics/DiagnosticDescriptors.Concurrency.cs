using Microsoft.CodeAnalysis;

namespace Veltrix.Analyzers.Diagnostics;

/// <summary>Concurrency and timeout rules (<c>VLX2xxx</c>).</summary>
internal static partial class DiagnosticDescriptors
{
    /// <summary>VLX2001: {0} member, {1} value, {2} role noun, {3} smallest valid value.</summary>
    public static readonly DiagnosticDescriptor ConcurrencyNotPositive = Create(
        DiagnosticIds.ConcurrencyNotPositive,
        ConcurrencyCategory,
        "Concurrency setting is zero or negative",
        "'{0}' is {1}, which disables the {2} or makes it throw; set at least {3}",
        DiagnosticSeverity.Warning,
        "A concurrency limit, thread count, queue capacity or pool size of zero or less lets no work through (or throws when the component is built); a negative retry count is invalid.");

    /// <summary>VLX2002: {0} member, {1} value, {2} ceiling, {3} role noun, {4} editorconfig option.</summary>
    public static readonly DiagnosticDescriptor ConcurrencyAboveCeiling = Create(
        DiagnosticIds.ConcurrencyAboveCeiling,
        ConcurrencyCategory,
        "Concurrency or timeout setting is above the ceiling",
        "'{0}' is {1}, above the ceiling {2} for a {3}; lower it, or raise veltrix.VLX2002.{4}",
        DiagnosticSeverity.Info,
        "A concurrency limit, pool, queue, thread count, retry count or timeout far above what one process can use hides overload instead of shedding it: threads thrash, queues hold minutes of work, callers wait far past their own deadlines.");

    /// <summary>VLX2003: {0} member, {1} value, {2} "at most"/"at least", {3} other member, {4} its value, {5} what rejects it (or what to declare).</summary>
    public static readonly DiagnosticDescriptor RelationViolated = Create(
        DiagnosticIds.RelationViolated,
        ConcurrencyCategory,
        "Minimum is above maximum",
        "'{0}' is {1} but must be {2} '{3}' ({4}){5}",
        DiagnosticSeverity.Warning,
        "A value declared [AtMost]/[AtLeast] another member, or a minimum paired by name with its maximum (MinX/MaxX, XMin/XMax), is above that maximum in its defaults: a declared relation makes the generated Validate reject the snapshot, so the application fails to start unless every source overrides one of them; an undeclared one lets the component run with a minimum above its maximum.");

    /// <summary>VLX2004: {0} queue member, {1} its value, {2} pool member, {3} its value, {4} suggested bound.</summary>
    public static readonly DiagnosticDescriptor UnboundedQueueBeforeBoundedPool = Create(
        DiagnosticIds.UnboundedQueueBeforeBoundedPool,
        ConcurrencyCategory,
        "Unbounded queue in front of a bounded pool",
        "Queue '{0}' is unbounded ({1}) in front of '{2}' ({3}): under load it grows without limit and latency with it; bound it (for example {4}) so that excess work is rejected early",
        DiagnosticSeverity.Warning,
        "A bounded pool drains work at a fixed rate; an unbounded queue in front of it absorbs every burst, so memory and latency grow until callers time out on work that is still queued.");

    /// <summary>VLX2005: {0} member, {1} value, {2} "infinite"/"zero"/"negative".</summary>
    public static readonly DiagnosticDescriptor TimeoutInfiniteOrZero = Create(
        DiagnosticIds.TimeoutInfiniteOrZero,
        ConcurrencyCategory,
        "Timeout is infinite or zero",
        "Timeout '{0}' = {1} is {2}: an infinite timeout lets one stuck call hold its caller forever and a zero or negative one fails every call; set a finite positive timeout",
        DiagnosticSeverity.Warning,
        "Timeout.InfiniteTimeSpan, TimeSpan.MaxValue, -1 ms or int.MaxValue ms never time out, so a hung dependency hangs its callers and exhausts their pools; zero or negative timeouts fail (or throw) on every call.");

    /// <summary>VLX2006: {0} attempts, {1} retry member, {2} per-attempt member, {3} its value, {4} total, {5} overall member, {6} its value, {7} largest retry count that fits.</summary>
    public static readonly DiagnosticDescriptor RetriesExceedOverallTimeout = Create(
        DiagnosticIds.RetriesExceedOverallTimeout,
        ConcurrencyCategory,
        "Retries do not fit in the enclosing timeout",
        "{0} attempts ('{1}' retries plus the first) × '{2}' ({3}) = {4}, longer than the overall timeout '{5}' ({6}): the last retries never run; retry at most {7} times or shorten the per-attempt timeout",
        DiagnosticSeverity.Warning,
        "When (retries + 1) × the per-attempt timeout exceeds the overall timeout, the overall timeout fires first: the configured retries are never attempted and the operation fails sooner than its author expected.");
}
