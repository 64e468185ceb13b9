namespace Veltrix.Benchmarks.Reload;

/// <summary>
/// One schema configured twice from the same in-memory keys: a Veltrix <see cref="LiveConfig{T}"/> and a
/// Microsoft.Extensions.Configuration root with an <c>IOptionsMonitor&lt;T&gt;</c> bound to it.
/// </summary>
internal abstract class ReloadTargets : IDisposable
{
    /// <summary>Creates the targets for the schema with <paramref name="keys"/> value keys.</summary>
    /// <param name="keys">40, 1,000 or 10,000.</param>
    public static ReloadTargets Create(int keys) => keys switch
    {
        40 => new ReloadTargets<Bench40Config>(keys),
        1_000 => new ReloadTargets<Bench1000Config>(keys),
        10_000 => new ReloadTargets<Bench10000Config>(keys),
        _ => throw new ArgumentOutOfRangeException(nameof(keys), keys, "There are schemas of 40, 1,000 and 10,000 keys."),
    };

    /// <summary>Veltrix: optionally flips one value in the source, then <c>LiveConfig.Reload()</c>.</summary>
    /// <param name="change">Whether to flip a value first.</param>
    public abstract ReloadResult VeltrixReload(bool change);

    /// <summary>MEC: optionally flips one value in the provider, then <c>root.Reload()</c> and <c>monitor.CurrentValue</c>.</summary>
    /// <param name="change">Whether to flip a value first.</param>
    public abstract object OptionsMonitorReload(bool change);

    /// <inheritdoc/>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases both configurations.</summary>
    /// <param name="disposing">Whether called from <see cref="Dispose()"/>.</param>
    protected abstract void Dispose(bool disposing);
}
