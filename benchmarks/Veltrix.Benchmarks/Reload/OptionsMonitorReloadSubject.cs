using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Veltrix.Benchmarks.Reload;

/// <summary>
/// Microsoft.Extensions.Configuration as an ASP.NET Core application uses it: <c>AddJsonFile(reloadOnChange: true)</c>,
/// <c>services.Configure&lt;T&gt;(section)</c> and an <c>IOptionsMonitor&lt;T&gt;.OnChange</c> listener; defaults throughout.
/// </summary>
internal sealed class OptionsMonitorReloadSubject : IReloadSubject
{
    private readonly IConfigurationRoot _configuration;
    private readonly ServiceProvider _services;
    private readonly IOptionsMonitor<Bench40Config> _monitor;
    private readonly IDisposable? _listener;
    private int _failures;

    /// <summary>Builds the configuration and options, binds once as an application does at start-up, and listens.</summary>
    /// <param name="path">The JSON file (absolute).</param>
    /// <param name="log">Receives one entry per <c>OnChange</c> call.</param>
    public OptionsMonitorReloadSubject(string path, CallbackLog log)
    {
        // The handler only counts: it leaves Ignore false, so a failed reload behaves exactly as with no handler.
        _configuration = new ConfigurationBuilder()
            .SetFileLoadExceptionHandler(_ => Interlocked.Increment(ref _failures))
            .AddJsonFile(path, optional: false, reloadOnChange: true)
            .Build();
        var services = new ServiceCollection();
        services.Configure<Bench40Config>(_configuration.GetSection("Bench"));
        _services = services.BuildServiceProvider();
        _monitor = _services.GetRequiredService<IOptionsMonitor<Bench40Config>>();
        if (_monitor.CurrentValue.Cache.MaxEntries != ReloadJson.InitialValue)
        {
            throw new InvalidOperationException("IOptionsMonitor<Bench40Config> did not bind the file.");
        }

        _listener = _monitor.OnChange((options, _) => log.Record(options.Cache.MaxEntries));
    }

    /// <inheritdoc/>
    public int CurrentValue => _monitor.CurrentValue.Cache.MaxEntries;

    /// <inheritdoc/>
    public int Failures => Volatile.Read(ref _failures);

    /// <inheritdoc/>
    public void Dispose()
    {
        _listener?.Dispose();
        _services.Dispose();
        (_configuration as IDisposable)?.Dispose();
    }
}
