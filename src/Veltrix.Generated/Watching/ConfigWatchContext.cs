using System;

namespace Veltrix;

/// <summary>What a watching source reports to its <see cref="LiveConfig{T}"/>; see <see cref="IWatchableConfigSource"/>.</summary>
public sealed class ConfigWatchContext
{
    private readonly Action _requestReload;
    private readonly Action<ConfigSourceStatus, string?> _reportHealth;

    internal ConfigWatchContext(Action requestReload, Action<ConfigSourceStatus, string?> reportHealth)
    {
        _requestReload = requestReload;
        _reportHealth = reportHealth;
    }

    /// <summary>
    /// Asks for a reload soon, on another thread. Requests made while a reload runs are coalesced into one more
    /// reload. Never blocks and never throws.
    /// </summary>
    public void RequestReload() => _requestReload();

    /// <summary>Reports the source's health; a report equal to the last one is ignored. Never throws.</summary>
    /// <param name="status">How well the source works.</param>
    /// <param name="message">Why it is not healthy; name paths or endpoints, never values. Null when healthy.</param>
    public void ReportHealth(ConfigSourceStatus status, string? message) => _reportHealth(status, message);
}
