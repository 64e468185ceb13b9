namespace Veltrix.Benchmarks.Reload;

/// <summary>Veltrix as an application uses it: a watched JSON file with default watch options, a <c>Changed</c> handler.</summary>
internal sealed class VeltrixReloadSubject : IReloadSubject
{
    private readonly LiveConfig<Bench40Config> _config;
    private int _failures;

    /// <summary>Builds the configuration and subscribes <paramref name="log"/> to its changes.</summary>
    /// <param name="path">The JSON file.</param>
    /// <param name="log">Receives one entry per <c>Changed</c> event.</param>
    public VeltrixReloadSubject(string path, CallbackLog log)
    {
        _config = VeltrixConfiguration.CreateBuilder<Bench40Config>()
            .AddJsonFile(path, optional: false, reloadOnChange: true)
            .Build();
        if (_config.Current.Cache.MaxEntries != ReloadJson.InitialValue)
        {
            throw new InvalidOperationException("LiveConfig<Bench40Config> did not bind the file.");
        }

        _config.Changed += (_, e) => log.Record(e.Current.Cache.MaxEntries);
        _config.ReloadFailed += (_, _) => Interlocked.Increment(ref _failures);
    }

    /// <inheritdoc/>
    public int CurrentValue => _config.Current.Cache.MaxEntries;

    /// <inheritdoc/>
    public int Failures => Volatile.Read(ref _failures);

    /// <inheritdoc/>
    public void Dispose() => _config.Dispose();
}
