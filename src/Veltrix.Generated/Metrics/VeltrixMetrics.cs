namespace Veltrix;

/// <summary>
/// The names of Veltrix's metrics, published through <c>System.Diagnostics.Metrics</c> on the meter
/// <see cref="MeterName"/>. Every measurement carries <see cref="TypeTag"/>, the schema type's full name.
/// </summary>
/// <remarks>Names and units follow the OpenTelemetry semantic-convention style (dotted lower case, UCUM units).</remarks>
public static class VeltrixMetrics
{
    /// <summary>The meter's name: <c>Veltrix</c>.</summary>
    public const string MeterName = "Veltrix";

    /// <summary>Counter of reloads (observed, so every result is reported from the start, zeros included), unit <c>{reload}</c>, tagged with <see cref="ResultTag"/>.</summary>
    public const string Reloads = "veltrix.config.reloads";

    /// <summary>Counter of rejected reloads, unit <c>{reload}</c>, tagged with <see cref="ErrorTypeTag"/>.</summary>
    public const string ReloadFailures = "veltrix.config.reload.failures";

    /// <summary>Histogram of reload durations (read, merge, bind, validate, diff, publish), unit <c>s</c>, tagged with <see cref="ResultTag"/>.</summary>
    public const string ReloadDuration = "veltrix.config.reload.duration";

    /// <summary>Counter of changed key paths over all published reloads, unit <c>{key}</c>.</summary>
    public const string KeysChanged = "veltrix.config.keys.changed";

    /// <summary>Gauge of the current snapshot's generation, unit <c>{generation}</c>.</summary>
    public const string Generation = "veltrix.config.generation";

    /// <summary>Gauge of the time since the last successful load or reload, unit <c>s</c>: it grows while reloads fail.</summary>
    public const string TimeSinceLastSuccess = "veltrix.config.reload.time_since_success";

    /// <summary>
    /// Unix time, unit <c>s</c>, of the last successful load or reload: the one fact that stays right whatever the
    /// scrape interval, so a dashboard shows its age as <c>time() - …</c>.
    /// </summary>
    public const string LastSuccessTimestamp = "veltrix.config.reload.last_success_timestamp";

    /// <summary>
    /// Gauge of each source's <see cref="ConfigSourceStatus"/> as a number (0 healthy, 1 degraded, 2 failing), tagged
    /// with <see cref="SourceTag"/>: the worst source of an instance is the maximum.
    /// </summary>
    public const string SourceStatus = "veltrix.config.source.status";

    /// <summary>
    /// Gauge of the current value of every scalar key that carries a role attribute (<see cref="ConfigRole"/>), tagged
    /// with <see cref="KeyTag"/> and <see cref="RoleTag"/>. Durations (<see cref="ConfigRole.Timeout"/>,
    /// <see cref="ConfigRole.CacheTtl"/>) are in seconds, an infinite one is +Inf; other numbers are as configured.
    /// Secrets, null values and keys inside collections are never observed.
    /// </summary>
    public const string Setting = "veltrix.config.setting";

    /// <summary>Tag naming the schema type, on every measurement.</summary>
    public const string TypeTag = "veltrix.config.type";

    /// <summary>Tag of a reload's result: <c>changed</c>, <c>unchanged</c> or <c>failed</c>.</summary>
    public const string ResultTag = "veltrix.config.reload.result";

    /// <summary>Tag of a <see cref="Setting"/>: the full key path (<c>Server:Cache:MaxEntries</c>).</summary>
    public const string KeyTag = "veltrix.config.key";

    /// <summary>
    /// Tag of a <see cref="Setting"/>: its role in snake case (<c>cache_size</c>, <c>cache_ttl</c>, <c>timeout</c>,
    /// <c>concurrency_limit</c>, <c>thread_count</c>, <c>queue_capacity</c>, <c>pool_size</c>, <c>retry_count</c>).
    /// </summary>
    public const string RoleTag = "veltrix.config.role";

    /// <summary>Tag of a <see cref="SourceStatus"/>: the source's <see cref="IConfigSource.Name"/>.</summary>
    public const string SourceTag = "veltrix.config.source";

    /// <summary>Tag of a rejected reload's first problem, its rule (<c>Syntax</c>, <c>Missing</c>, <c>Range</c>, …), as OpenTelemetry's <c>error.type</c>.</summary>
    public const string ErrorTypeTag = "error.type";
}
