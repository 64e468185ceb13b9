using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Veltrix.Benchmarks.Reload;

/// <summary><see cref="ReloadTargets"/> for schema <typeparamref name="T"/>: every value key set to its default.</summary>
/// <typeparam name="T">A schema of int keys with constant defaults, such as <see cref="Bench40Config"/>.</typeparam>
internal sealed class ReloadTargets<T> : ReloadTargets
    where T : class, IVeltrixConfig<T>
{
    // The key that "one key changed" flips between its default and another value.
    private const int FlippedKey = 0;

    private readonly string _flippedPath;
    private readonly string _default;
    private readonly string _other;
    private readonly ArrayConfigSource _source;
    private readonly LiveConfig<T> _live;
    private readonly ArrayConfigurationProvider _provider;
    private readonly IConfigurationRoot _root;
    private readonly ServiceProvider _services;
    private readonly IOptionsMonitor<T> _monitor;
    private readonly IDisposable? _listener;

    /// <summary>Builds both configurations, subscribes to changes as an application would, and checks both reload.</summary>
    /// <param name="expectedKeys">How many value keys <typeparamref name="T"/> has; a mismatch fails set-up.</param>
    public ReloadTargets(int expectedKeys)
    {
        var keys = new List<string>();
        var values = new List<string?>();
        foreach (var key in T.Schema.Keys)
        {
            if (key.Kind == ConfigKeyKind.Value)
            {
                keys.Add(key.Path);
                values.Add(key.DefaultValue ?? throw new InvalidOperationException($"{key.Path} has no constant default."));
            }
        }

        if (keys.Count != expectedKeys)
        {
            throw new InvalidOperationException($"{typeof(T).Name} has {keys.Count} value keys, not {expectedKeys}.");
        }

        _flippedPath = keys[FlippedKey];
        _default = values[FlippedKey]!;
        _other = (int.Parse(_default, CultureInfo.InvariantCulture) + 1_000).ToString(CultureInfo.InvariantCulture);

        _source = new ArrayConfigSource([.. keys], [.. values]);
        _live = VeltrixConfiguration.CreateBuilder<T>().AddSource(_source).Build();
        _live.Changed += static (_, _) => { };

        _provider = new ArrayConfigurationProvider([.. keys], [.. values]);
        _root = new ConfigurationBuilder().Add(_provider).Build();
        var services = new ServiceCollection();
        services.Configure<T>(_root.GetSection(T.Schema.Section));
        _services = services.BuildServiceProvider();
        _monitor = _services.GetRequiredService<IOptionsMonitor<T>>();
        _listener = _monitor.OnChange(static (_, _) => { });

        Check();
    }

    /// <inheritdoc/>
    public override ReloadResult VeltrixReload(bool change)
    {
        if (change)
        {
            _source.SetValue(FlippedKey, ReferenceEquals(_source.GetValue(FlippedKey), _default) ? _other : _default);
        }

        return _live.Reload();
    }

    /// <inheritdoc/>
    public override object OptionsMonitorReload(bool change)
    {
        if (change)
        {
            _provider.SetValue(FlippedKey, ReferenceEquals(_provider.GetValue(FlippedKey), _default) ? _other : _default);
        }

        _root.Reload();
        return _monitor.CurrentValue;
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _listener?.Dispose();
            _services.Dispose();
            (_root as IDisposable)?.Dispose();
            _live.Dispose();
        }
    }

    /// <summary>Fails set-up unless both systems bind every key and both see a flipped value, so no case measures a no-op.</summary>
    private void Check()
    {
        if (VeltrixReload(change: false) != ReloadResult.Unchanged)
        {
            throw new InvalidOperationException("An unchanged Veltrix reload published a change.");
        }

        var before = _monitor.CurrentValue;
        if (!T.TryGetValue(before, _flippedPath, out var bound) || bound.ToString() != _default)
        {
            throw new InvalidOperationException($"IOptionsMonitor<{typeof(T).Name}> did not bind {_flippedPath}.");
        }

        for (var i = 0; i < 2; i++)
        {
            var expected = i == 0 ? _other : _default;
            if (VeltrixReload(change: true) != ReloadResult.Changed
                || !_live.TryGetValue(_flippedPath, out var veltrix) || veltrix.ToString() != expected)
            {
                throw new InvalidOperationException($"Veltrix did not reload {_flippedPath} to {expected}.");
            }

            var options = (T)OptionsMonitorReload(change: true);
            if (ReferenceEquals(options, before) || !T.TryGetValue(options, _flippedPath, out var rebound) || rebound.ToString() != expected)
            {
                throw new InvalidOperationException($"IOptionsMonitor<{typeof(T).Name}> did not rebind {_flippedPath} to {expected}.");
            }

            before = options;
        }
    }
}
