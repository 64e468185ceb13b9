using System;

namespace Veltrix;

/// <summary>What a watching source reports to its <see cref="LiveConfig{T}"/>; see <see cref="IWatchableConfigSource"/>.</summary>
public sealed class ConfigWatchContext
{
    private readonly Action _requestReload;
    private readonly Action<ConfigSourceStatus, string?> _reportHealth;
    private readonly Func<ReloadResult>? _reloadNow;

    internal ConfigWatchContext(Action requestReload, Action<ConfigSourceStatus, string?> reportHealth, Func<ReloadResult>? reloadNow = null)
    {
        _requestReload = requestReload;
        _reportHealth = reportHealth;
        _reloadNow = reloadNow;
    }

    /// <summary>
    /// Asks for a reload soon, on another thread. Requests made while a reload runs are coalesced into one more
    /// reload. Never blocks and never throws.
    /// </summary>
    public void RequestReload() => _requestReload();

    /// <summary>
    /// Reloads now, on the calling thread, and returns what the reload did; waits while another reload runs.
    /// </summary>
    /// <remarks>
    /// For a source whose changes arrive as ordered, atomic batches (an etcd revision) and that must publish one
    /// generation per batch: <see cref="RequestReload"/> would coalesce several batches into one generation.
    /// Handlers of the configuration's events run on the calling thread before this returns. After the
    /// configuration is disposed it does nothing and returns <see cref="ReloadResult.Unchanged"/>. Called from one of
    /// the configuration's handlers, it returns <see cref="ReloadResult.Deferred"/> and the reload runs once the
    /// current delivery has reached every handler. Never throws for
    /// bad input. Do not call it while holding a lock that <see cref="IConfigSource.Load"/> takes.
    /// </remarks>
    /// <returns>What the reload did.</returns>
    public ReloadResult ReloadNow()
    {
        if (_reloadNow is null)
        {
            // A context made without a synchronous path (a test double) still delivers the change, coalesced.
            _requestReload();
            return ReloadResult.Unchanged;
        }

        return _reloadNow();
    }

    /// <summary>Reports the source's health; a report equal to the last one is ignored. Never throws.</summary>
    /// <param name="status">How well the source works.</param>
    /// <param name="message">Why it is not healthy; name paths or endpoints, never values. Null when healthy.</param>
    public void ReportHealth(ConfigSourceStatus status, string? message) => _reportHealth(status, message);
}
