namespace Veltrix.Tests.Infrastructure;

/// <summary>
/// Records a <see cref="LiveConfig{T}"/>'s events with the time each arrived, and waits for them with a generous
/// timeout (never a fixed sleep).
/// </summary>
public sealed class EventRecorder<T> : IDisposable
    where T : class, IVeltrixConfig<T>
{
    private readonly LiveConfig<T> _live;
    private readonly object _gate = new();
    private readonly List<(long Timestamp, ConfigChangedEventArgs<T> Args)> _changes = [];
    private readonly List<(long Timestamp, ConfigReloadFailedEventArgs Args)> _failures = [];
    private readonly List<(long Timestamp, ConfigSourceHealthChangedEventArgs Args)> _health = [];
    private readonly List<ConfigHandlerFailedEventArgs> _handlerFailures = [];

    public EventRecorder(LiveConfig<T> live)
    {
        _live = live;
        live.Changed += OnChanged;
        live.ReloadFailed += OnFailed;
        live.SourceHealthChanged += OnHealth;
        live.HandlerFailed += OnHandlerFailed;
    }

    public IReadOnlyList<ConfigChangedEventArgs<T>> Changes { get { lock (_gate) { return _changes.Select(c => c.Args).ToList(); } } }

    public IReadOnlyList<(long Timestamp, ConfigChangedEventArgs<T> Args)> TimedChanges { get { lock (_gate) { return _changes.ToList(); } } }

    public IReadOnlyList<ConfigReloadFailedEventArgs> Failures { get { lock (_gate) { return _failures.Select(f => f.Args).ToList(); } } }

    public IReadOnlyList<(long Timestamp, ConfigReloadFailedEventArgs Args)> TimedFailures { get { lock (_gate) { return _failures.ToList(); } } }

    public IReadOnlyList<ConfigSourceHealthChangedEventArgs> HealthChanges { get { lock (_gate) { return _health.Select(h => h.Args).ToList(); } } }

    public IReadOnlyList<(long Timestamp, ConfigSourceHealthChangedEventArgs Args)> TimedHealthChanges { get { lock (_gate) { return _health.ToList(); } } }

    public IReadOnlyList<ConfigHandlerFailedEventArgs> HandlerFailures { get { lock (_gate) { return _handlerFailures.ToList(); } } }

    /// <summary>Waits until <paramref name="condition"/> holds, checking after every event and every 10 ms.</summary>
    public bool WaitFor(Func<bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? WatchTimeouts.Default);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            lock (_gate)
            {
                Monitor.Wait(_gate, 10);
            }
        }

        return true;
    }

    /// <summary>Waits until <paramref name="count"/> change events arrived; false on timeout.</summary>
    public bool WaitForChanges(int count, TimeSpan? timeout = null) => WaitFor(() => { lock (_gate) { return _changes.Count >= count; } }, timeout);

    /// <summary>Waits until <paramref name="count"/> rejected reloads arrived; false on timeout.</summary>
    public bool WaitForFailures(int count, TimeSpan? timeout = null) => WaitFor(() => { lock (_gate) { return _failures.Count >= count; } }, timeout);

    public void Dispose()
    {
        _live.Changed -= OnChanged;
        _live.ReloadFailed -= OnFailed;
        _live.SourceHealthChanged -= OnHealth;
        _live.HandlerFailed -= OnHandlerFailed;
    }

    private void OnChanged(object? sender, ConfigChangedEventArgs<T> e) => Add(_changes, (System.Diagnostics.Stopwatch.GetTimestamp(), e));

    private void OnFailed(object? sender, ConfigReloadFailedEventArgs e) => Add(_failures, (System.Diagnostics.Stopwatch.GetTimestamp(), e));

    private void OnHealth(object? sender, ConfigSourceHealthChangedEventArgs e) => Add(_health, (System.Diagnostics.Stopwatch.GetTimestamp(), e));

    private void OnHandlerFailed(object? sender, ConfigHandlerFailedEventArgs e) => Add(_handlerFailures, e);

    private void Add<TItem>(List<TItem> list, TItem item)
    {
        lock (_gate)
        {
            list.Add(item);
            Monitor.PulseAll(_gate);
        }
    }
}
