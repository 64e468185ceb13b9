using System;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using Microsoft.Extensions.Options;

namespace Veltrix.Extensions.Hosting;

/// <summary>
/// <see cref="IOptionsMonitor{TOptions}"/> over a <see cref="LiveConfig{T}"/>: <see cref="CurrentValue"/> is the live
/// snapshot and <see cref="OnChange"/> listeners run on each published change.
/// </summary>
/// <typeparam name="T">The schema type.</typeparam>
/// <remarks>
/// Listeners run once per change that altered at least one key, never for a reload that changed nothing or was
/// rejected (Microsoft.Extensions.Options calls them on every reload of the underlying configuration). A listener that
/// throws is reported through <see cref="LiveConfig{T}.HandlerFailed"/> and the other listeners still run. Only the
/// default name is supported; see <see cref="Get"/>.
/// </remarks>
// The annotation on T repeats the one the options interfaces declare; see VeltrixServiceCollectionExtensions.
public sealed class VeltrixOptionsMonitor<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] T> : IOptionsMonitor<T>
    where T : class, IVeltrixConfig<T>
{
    private readonly LiveConfig<T> _live;

    /// <summary>Creates the adapter.</summary>
    /// <param name="live">The live configuration.</param>
    public VeltrixOptionsMonitor(LiveConfig<T> live)
    {
        ArgumentNullException.ThrowIfNull(live);
        _live = live;
    }

    /// <summary>The current snapshot: one volatile read.</summary>
    public T CurrentValue => _live.Current;

    /// <summary>Returns <see cref="CurrentValue"/> for the default name.</summary>
    /// <param name="name">Null or <see cref="Options.DefaultName"/>.</param>
    /// <returns>The current snapshot.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="name"/> names another instance; a Veltrix schema has one.</exception>
    public T Get(string? name)
    {
        OptionsName.EnsureDefault<T>(name);
        return _live.Current;
    }

    /// <summary>Calls <paramref name="listener"/> with the new snapshot and <see cref="Options.DefaultName"/> after each published change.</summary>
    /// <param name="listener">The listener.</param>
    /// <returns>Disposing it stops the calls.</returns>
    public IDisposable OnChange(Action<T, string?> listener)
    {
        ArgumentNullException.ThrowIfNull(listener);
        return new Listener(_live, listener);
    }

    /// <summary>
    /// One event handler per listener, so that <see cref="LiveConfig{T}"/> isolates a throwing listener from the others
    /// exactly as it does for its own handlers.
    /// </summary>
    private sealed class Listener : IDisposable
    {
        private readonly LiveConfig<T> _live;
        private readonly Action<T, string?> _listener;
        private int _disposed;

        public Listener(LiveConfig<T> live, Action<T, string?> listener)
        {
            _live = live;
            _listener = listener;
            live.Changed += OnChanged;
        }

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                _live.Changed -= OnChanged;
            }
        }

        private void OnChanged(object? sender, ConfigChangedEventArgs<T> e) => _listener(e.Current, Options.DefaultName);
    }
}
