using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;

namespace Veltrix;

/// <summary>
/// The current configuration snapshot of schema <typeparamref name="T"/>, kept up to date by reloads.
/// Reading <see cref="Current"/> is one volatile read: no lock, no lookup, no allocation.
/// </summary>
/// <remarks>
/// <para>
/// A reload first asks each source whether its data changed since the last successful load
/// (<see cref="IVersionedConfigSource"/>); when none did, it is over: nothing is merged or bound. Otherwise it reads
/// every source, merges, binds, validates and diffs against the current snapshot. When no key
/// changed, nothing happens and <see cref="Generation"/> stays. When keys changed, the new snapshot is
/// published with one reference write, <see cref="Generation"/> increments and <see cref="Changed"/> is raised
/// once with exactly the changed key paths. When anything is wrong, the current snapshot keeps serving and
/// <see cref="ReloadFailed"/> is raised with every problem; no exception escapes.
/// </para>
/// <para>
/// Reloads are serialized and events are raised in generation order on the reloading thread: every handler sees
/// generation N before any handler sees N+1. A reload requested from a handler (<see cref="Reload"/> returns
/// <see cref="ReloadResult.Deferred"/>) runs on the same thread once every handler of the current delivery has
/// returned. Snapshots are immutable, so a reader that took one keeps a consistent view however many reloads run
/// meanwhile.
/// </para>
/// <para>
/// Failures with identical problems in a row (an explicit <see cref="Reload"/> called in a loop while a file is
/// being rewritten in place) are reported by <see cref="ReloadFailed"/> the first time and then at the 10th, 100th,
/// 1000th… occurrence, each carrying the count in <see cref="ConfigReloadFailedEventArgs.Occurrences"/>.
/// </para>
/// </remarks>
/// <typeparam name="T">The schema type.</typeparam>
public sealed class LiveConfig<T> : IDisposable, IAsyncDisposable
    where T : class, IVeltrixConfig<T>
{
    private readonly IConfigSource[] _sources;

    // Every source when each can tell whether it changed; null when one cannot, and every reload loads them all.
    private readonly IVersionedConfigSource[]? _versionedSources;

    // The sources that keep what they read to answer for a load of the same reload, told when each reload is over.
    private readonly IReloadScopedSource[] _scopedSources;
    private readonly ConfigLimits _limits;
    private readonly UnknownKeyHandling _unknownKeyHandling;
    private readonly Lock _reloadLock = new();
    private readonly Lock _lifetimeLock = new();
    private readonly Lock _healthLock = new();
    private readonly Lock _subscriptionLock = new();
    private readonly ConfigSourceHealth[] _health;
    private readonly List<IDisposable> _watches = [];
    private readonly ConfigMetrics<T> _metrics;
    private Published _published;
    private ConfigNode _data;
    private IReadOnlyList<ConfigError> _unknownKeys;

    // What each source declared for the data of the last load, when that load succeeded and every source declared one;
    // null otherwise, so that a reload after a failed one always loads and evaluates again. Reload lock held.
    private UInt128[]? _loadedVersions;
    private long _lastSuccess;
    private long _lastSuccessUnixMilliseconds;
    private ChangeSubscription<T>[] _subscriptions = [];
    private bool _delivering;
    private bool _reloadAfterDelivery;
    private ConfigException? _failureRun;
    private long _failureRunLength;
    private int _reloadRequested;
    private int _drainScheduled;
    private volatile bool _disposed;

    internal LiveConfig(IConfigSource[] sources, ConfigLimits limits, UnknownKeyHandling unknownKeyHandling, T initial, ConfigNode data, IReadOnlyList<ConfigError> unknownKeys, UInt128[]? versions)
    {
        _sources = sources;
        _versionedSources = VersionedSources(sources);
        _scopedSources = ScopedSources(sources);
        _loadedVersions = versions;
        _limits = limits;
        _unknownKeyHandling = unknownKeyHandling;
        _published = new Published(initial, 1, null);
        _data = data;
        _unknownKeys = unknownKeys;
        _lastSuccess = Stopwatch.GetTimestamp();
        var now = DateTimeOffset.UtcNow;
        _lastSuccessUnixMilliseconds = now.ToUnixTimeMilliseconds();
        _health = new ConfigSourceHealth[sources.Length];
        for (var i = 0; i < sources.Length; i++)
        {
            _health[i] = new ConfigSourceHealth(sources[i].Name, ConfigSourceStatus.Healthy, null, now);
        }

        _metrics = new ConfigMetrics<T>(this);
    }

    /// <summary>Raised once per reload that changed at least one key, after the new snapshot is published.</summary>
    public event EventHandler<ConfigChangedEventArgs<T>>? Changed;

    /// <summary>
    /// Raised when a reload is rejected; the previous snapshot keeps serving. A run of rejections with identical
    /// problems is raised for its 1st, 10th, 100th… reload only; <see cref="ConfigReloadFailedEventArgs.Occurrences"/>
    /// says which.
    /// </summary>
    public event EventHandler<ConfigReloadFailedEventArgs>? ReloadFailed;

    /// <summary>
    /// Raised when a handler of <see cref="Changed"/>, <see cref="ReloadFailed"/>, <see cref="SourceHealthChanged"/> or
    /// <see cref="OnChange(string, Action{ConfigChangedEventArgs{T}})"/> throws; the other handlers still ran.
    /// </summary>
    public event EventHandler<ConfigHandlerFailedEventArgs>? HandlerFailed;

    /// <summary>
    /// Raised when a source's health changes: a watched file goes missing or unreadable and recovers, or watching
    /// falls back to polling.
    /// </summary>
    /// <remarks>
    /// Watching starts inside <c>Build()</c>, so a fallback to polling found there is already in
    /// <see cref="SourceHealth"/> when <c>Build()</c> returns, before any handler can attach: read it once after
    /// building, then follow this event.
    /// </remarks>
    public event EventHandler<ConfigSourceHealthChangedEventArgs>? SourceHealthChanged;

    /// <summary>
    /// Raised when the keys in <see cref="UnknownKeys"/> change: a reload found a new one (a typo just saved) or no
    /// longer finds one that was there. A reload that finds the same keys again raises nothing.
    /// </summary>
    /// <remarks>
    /// The keys found by <c>Build()</c> are in <see cref="UnknownKeys"/> when it returns, before any handler can
    /// attach: read them once after building, then follow this event.
    /// </remarks>
    public event EventHandler<ConfigUnknownKeysEventArgs>? UnknownKeysChanged;

    /// <summary>
    /// The keys under the schema's section that the last successful load found and the schema does not have, each
    /// with where it was set and the key it most likely meant; their values were ignored. Empty unless
    /// <see cref="VeltrixConfigurationBuilder{T}.WithUnknownKeys"/> is <see cref="UnknownKeyHandling.Warn"/> (the default).
    /// </summary>
    public IReadOnlyList<ConfigError> UnknownKeys => Volatile.Read(ref _unknownKeys);

    /// <summary>The health of every source, in source order, as each last reported it.</summary>
    public IReadOnlyList<ConfigSourceHealth> SourceHealth
    {
        get
        {
            lock (_healthLock)
            {
                return (ConfigSourceHealth[])_health.Clone();
            }
        }
    }

    /// <summary>The current snapshot. Immutable; take it once per unit of work for a consistent view.</summary>
    public T Current => Volatile.Read(ref _published).Snapshot;

    /// <summary>The generation of <see cref="Current"/>: 1 after <c>Build()</c>, +1 per published change.</summary>
    /// <remarks>
    /// It is published together with <see cref="Current"/>, so neither ever runs ahead of the other: once a thread has
    /// read a snapshot, <see cref="Generation"/> is at least that snapshot's number. Two separate reads can still
    /// straddle a reload; <see cref="ConfigChangedEventArgs{T}"/> carries an exact pair.
    /// </remarks>
    public long Generation => Volatile.Read(ref _published).Generation;

    /// <summary>The problems of the last reload when it was rejected; null after a successful one.</summary>
    public ConfigException? LastError => Volatile.Read(ref _published).Error;

    /// <summary>Time since the last successful load or reload, on the monotonic clock.</summary>
    internal double SecondsSinceSuccess => Stopwatch.GetElapsedTime(Volatile.Read(ref _lastSuccess)).TotalSeconds;

    /// <summary>Unix time of the last successful load or reload.</summary>
    internal double LastSuccessUnixSeconds => Volatile.Read(ref _lastSuccessUnixMilliseconds) / 1000.0;

    /// <summary>The schema of <typeparamref name="T"/>.</summary>
    public ConfigSchema Schema => T.Schema;

    /// <summary>The sources, in the order they override each other.</summary>
    public IReadOnlyList<IConfigSource> Sources => _sources;

    /// <summary>Looks up a value of the current snapshot by key path, case-insensitively, without allocating.</summary>
    /// <param name="keyPath">A key path such as <c>Server:Cache:MaxEntries</c>.</param>
    /// <param name="value">The value, when found.</param>
    /// <returns>Whether the key exists.</returns>
    public bool TryGetValue(ReadOnlySpan<char> keyPath, out ConfigValue value) => T.TryGetValue(Current, keyPath, out value);

    /// <summary>Where the current value of a key came from (file and line, variable, argument).</summary>
    /// <param name="keyPath">The full key path.</param>
    /// <returns>The origin; <see cref="ConfigOrigin.Unknown"/> when no source set the key (a default applies).</returns>
    /// <remarks>
    /// List indices are resolved as binding resolves them: <c>Server:Hosts:1</c> is the second element of the merged
    /// list, whatever index its source wrote.
    /// </remarks>
    public ConfigOrigin GetOrigin(string keyPath)
    {
        ArgumentNullException.ThrowIfNull(keyPath);
        var data = Volatile.Read(ref _data);
        BindContext? lists = null;
        var node = data;
        var schemaPath = string.Empty;
        var rest = keyPath.AsSpan();
        while (rest.Length > 0)
        {
            var colon = rest.IndexOf(':');
            var segment = colon < 0 ? rest : rest[..colon];
            rest = colon < 0 ? [] : rest[(colon + 1)..];
            ConfigNode? next;
            if (schemaPath.Length > 0 && T.Schema.Find(schemaPath) is { Kind: ConfigKeyKind.List } list)
            {
                lists ??= new BindContext(data);
                var scalarElements = T.Schema.Find(string.Concat(schemaPath, ":0")) is { Kind: ConfigKeyKind.Value };
                var elements = scalarElements ? lists.ScalarElements(node, list.ListMerge) : lists.Elements(node, list.ListMerge);
                next = int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < elements.Count
                    ? elements[index]
                    : null;
            }
            else
            {
                next = node.GetChild(segment);
            }

            if (next is null)
            {
                return ConfigOrigin.Unknown;
            }

            node = next;
            schemaPath = schemaPath.Length == 0 ? segment.ToString() : string.Concat(schemaPath, ":", segment);
        }

        return node.HasValue || node.IsEmptyContainer ? node.Origin : ConfigOrigin.Unknown;
    }

    /// <summary>Re-reads every source now and publishes the result if it differs. Never throws for bad input.</summary>
    /// <returns>
    /// What the reload did; <see cref="ReloadResult.Deferred"/> when called from a handler of this configuration
    /// while it delivers a reload: the reload then runs on this thread after every handler of that delivery returned.
    /// </returns>
    /// <exception cref="ObjectDisposedException">The configuration was disposed.</exception>
    public ReloadResult Reload() => ReloadCore(requested: true);

    /// <summary>
    /// Calls <paramref name="handler"/> after each published change that touches <paramref name="keyPath"/>: the key
    /// itself, a key under it (for a section), or a section holding it. Handlers run after <see cref="Changed"/>, on
    /// the reloading thread, in generation order.
    /// </summary>
    /// <param name="keyPath">A key or section path such as <c>Server:Cache</c>, compared case-insensitively.</param>
    /// <param name="handler">The handler; one that throws is reported through <see cref="HandlerFailed"/>.</param>
    /// <returns>
    /// Disposing it ends the subscription. A change published before the dispose is still delivered, so a reload
    /// running on another thread meanwhile may call the handler once after <c>Dispose</c> returns.
    /// </returns>
    public IDisposable OnChange(string keyPath, Action<ConfigChangedEventArgs<T>> handler)
    {
        ArgumentException.ThrowIfNullOrEmpty(keyPath);
        ArgumentNullException.ThrowIfNull(handler);
        return Subscribe(new ChangeSubscription<T>.ByKeyPath(keyPath, handler));
    }

    /// <summary>
    /// Calls <paramref name="handler"/> with the new value of a part of the snapshot, after each published change
    /// to that part only: <c>config.OnChange(c => c.Cache, cache => Resize(cache.MaxEntries))</c>.
    /// </summary>
    /// <typeparam name="TValue">The selected section, collection or value.</typeparam>
    /// <param name="selector">Selects a section, collection or value of a snapshot; runs on both snapshots of each change.</param>
    /// <param name="handler">The handler; one that throws is reported through <see cref="HandlerFailed"/>.</param>
    /// <returns>
    /// Disposing it ends the subscription. A change published before the dispose is still delivered, so a reload
    /// running on another thread meanwhile may call the handler once after <c>Dispose</c> returns.
    /// </returns>
    /// <remarks>
    /// A section or collection counts as changed when a key under it changed; a value when it differs by value.
    /// </remarks>
    public IDisposable OnChange<TValue>(Func<T, TValue> selector, Action<TValue> handler)
    {
        ArgumentNullException.ThrowIfNull(selector);
        ArgumentNullException.ThrowIfNull(handler);
        return Subscribe(new ChangeSubscription<T>.BySelector<TValue>(selector, handler));
    }

    /// <summary>Starts every watching source; a source that cannot start disposes everything and throws.</summary>
    internal void StartWatching()
    {
        for (var i = 0; i < _sources.Length; i++)
        {
            if (_sources[i] is not IWatchableConfigSource watchable)
            {
                continue;
            }

            var index = i;
            var context = new ConfigWatchContext(
                RequestReload,
                (status, message) => ReportHealth(index, status, message),
                () => ReloadCore(requested: false));
            if (watchable.Watch(context) is { } watch)
            {
                lock (_lifetimeLock)
                {
                    if (!_disposed)
                    {
                        _watches.Add(watch);
                        continue;
                    }
                }

                watch.Dispose();
            }
        }
    }

    /// <summary>Queues a reload on the thread pool; requests made while one runs give exactly one more.</summary>
    private void RequestReload()
    {
        if (_disposed)
        {
            return;
        }

        Volatile.Write(ref _reloadRequested, 1);
        if (Interlocked.CompareExchange(ref _drainScheduled, 1, 0) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static live => live.DrainReloadRequests(), this, preferLocal: false);
        }
    }

    private void DrainReloadRequests()
    {
        while (true)
        {
            while (Interlocked.Exchange(ref _reloadRequested, 0) == 1 && !_disposed)
            {
                ReloadCore(requested: false);
            }

            Volatile.Write(ref _drainScheduled, 0);

            // A request that arrived between the last check and the reset above must not wait for the next one.
            if (Volatile.Read(ref _reloadRequested) == 0 || _disposed || Interlocked.CompareExchange(ref _drainScheduled, 1, 0) != 0)
            {
                return;
            }
        }
    }

    /// <param name="requested">Whether a caller asked (<see cref="Reload"/>): it gets an exception once disposed.</param>
    private ReloadResult ReloadCore(bool requested)
    {
        // Checked before the lock too: a disposed configuration answers at once, even while a handler still runs.
        ObjectDisposedException.ThrowIf(requested && _disposed, this);
        lock (_reloadLock)
        {
            if (_delivering)
            {
                // Only a handler on this thread can get here (the lock is held until delivery ends). Reloading now
                // would deliver N+1 to every handler before N reached the rest, leaving them on the older snapshot.
                ObjectDisposedException.ThrowIf(requested && _disposed, this);
                _reloadAfterDelivery = true;
                return ReloadResult.Deferred;
            }

            var result = ReloadOnce(requested);
            while (_reloadAfterDelivery && !_disposed)
            {
                _reloadAfterDelivery = false;
                ReloadOnce(requested: false);
            }

            _reloadAfterDelivery = false;
            return result;
        }
    }

    /// <summary>One reload and its delivery. Called with <see cref="_reloadLock"/> held.</summary>
    private ReloadResult ReloadOnce(bool requested)
    {
        if (_disposed)
        {
            ObjectDisposedException.ThrowIf(requested, this);
            return ReloadResult.Unchanged;
        }

        var started = Stopwatch.GetTimestamp();
        if (SourcesUnchanged())
        {
            // Nothing loads: what a source kept from answering for a load must not wait for a later reload's.
            EndReload();
            if (_disposed)
            {
                // Disposed while the sources answered: as after a load, nothing to report.
                return ReloadResult.Unchanged;
            }

            // Every source still holds what the last load read, and that load succeeded: merging and binding the same
            // data again would give the same snapshot, origins and unknown keys. It is still a successful reload.
            Volatile.Write(ref _lastSuccess, Stopwatch.GetTimestamp());
            Volatile.Write(ref _lastSuccessUnixMilliseconds, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
            _metrics.Reloaded(ReloadResult.Unchanged, Stopwatch.GetElapsedTime(started).TotalSeconds, 0, null);
            return ReloadResult.Unchanged;
        }

        var loaded = ConfigLoader.TryLoad<T>(_sources, _limits, _unknownKeyHandling, out var next, out var data, out var unknownKeys, out var versions, out var error, previous: Current);
        EndReload();
        _loadedVersions = versions;
        if (_disposed)
        {
            // Disposed while the sources loaded (their watches and connections may be gone): nothing to report.
            return ReloadResult.Unchanged;
        }

        if (!loaded)
        {
            var current = _published;
            Volatile.Write(ref _published, new Published(current.Snapshot, current.Generation, error));
            _metrics.Reloaded(ReloadResult.Failed, Stopwatch.GetElapsedTime(started).TotalSeconds, 0, error!.Errors.Count > 0 ? error.Errors[0].Rule : null);

            // The same problems again (a reload loop during an in-place write, another event for the same bad
            // file) are not news: report the run's 1st, 10th, 100th… occurrence, each with its count.
            if (_failureRun is { } run && SameProblems(run, error))
            {
                _failureRunLength++;
            }
            else
            {
                _failureRun = error;
                _failureRunLength = 1;
            }

            if (IsPowerOfTen(_failureRunLength))
            {
                RaiseReloadFailed(error, _failureRunLength);
            }

            return ReloadResult.Failed;
        }

        _failureRun = null;
        _failureRunLength = 0;
        Volatile.Write(ref _lastSuccess, Stopwatch.GetTimestamp());
        Volatile.Write(ref _lastSuccessUnixMilliseconds, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        var published = _published;
        var previous = published.Snapshot;
        var changes = new ChangeSetBuilder();
        T.Diff(previous, next!, changes);
        if (changes.Count == 0)
        {
            // Origins may have moved (a value now comes from another source), so keep the data current.
            Volatile.Write(ref _data, data);
            if (published.Error is not null)
            {
                Volatile.Write(ref _published, new Published(published.Snapshot, published.Generation, null));
            }

            _metrics.Reloaded(ReloadResult.Unchanged, Stopwatch.GetElapsedTime(started).TotalSeconds, 0, null);
            UpdateUnknownKeys(unknownKeys, published.Generation);
            return ReloadResult.Unchanged;
        }

        Volatile.Write(ref _data, data);
        var generation = published.Generation + 1;
        ChangeSubscription<T>[] subscriptions;
        lock (_subscriptionLock)
        {
            // Publishing and taking the subscriber list in one step keeps OnChange linearizable with reloads: a
            // subscription made before the change became visible is told of it, one made after is not, and one
            // disposed after it still is. Reading the list after publishing lost the change for a subscription
            // disposed in between, and told one made in between about a change it had already seen.
            Volatile.Write(ref _published, new Published(next!, generation, null));
            subscriptions = _subscriptions;
        }

        _metrics.Reloaded(ReloadResult.Changed, Stopwatch.GetElapsedTime(started).TotalSeconds, changes.Count, null);
        RaiseChanged(new ConfigChangedEventArgs<T>(previous, next!, changes.ToList(), generation), subscriptions);
        UpdateUnknownKeys(unknownKeys, generation);
        return ReloadResult.Changed;
    }

    /// <summary>
    /// Whether every source reports the data of the last load, which succeeded. Called with <see cref="_reloadLock"/> held.
    /// </summary>
    private bool SourcesUnchanged()
    {
        if (_versionedSources is not { } sources || _loadedVersions is not { } versions)
        {
            return false;
        }

        for (var i = 0; i < sources.Length; i++)
        {
            try
            {
                // The first change ends the questions: the load that follows reads every source anyway.
                if (sources[i].HasChangedSince(versions[i]))
                {
                    return false;
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A source that cannot tell may have changed; its load reports what is wrong with it.
                return false;
            }
        }

        return true;
    }

    /// <summary>Tells each source that keeps answers that the reload is over. Called with <see cref="_reloadLock"/> held.</summary>
    private void EndReload()
    {
        foreach (var source in _scopedSources)
        {
            source.EndReload();
        }
    }

    private static IReloadScopedSource[] ScopedSources(IConfigSource[] sources)
    {
        var scoped = new List<IReloadScopedSource>();
        foreach (var source in sources)
        {
            if (source is IReloadScopedSource kept)
            {
                scoped.Add(kept);
            }
        }

        return [.. scoped];
    }

    private static IVersionedConfigSource[]? VersionedSources(IConfigSource[] sources)
    {
        var versioned = new IVersionedConfigSource[sources.Length];
        for (var i = 0; i < sources.Length; i++)
        {
            if (sources[i] is not IVersionedConfigSource source)
            {
                return null;
            }

            versioned[i] = source;
        }

        return versioned;
    }

    private static bool IsPowerOfTen(long n)
    {
        while (n % 10 == 0)
        {
            n /= 10;
        }

        return n == 1;
    }

    private static bool SameProblems(ConfigException a, ConfigException b) => SameProblems(a.Errors, b.Errors);

    private static bool SameProblems(IReadOnlyList<ConfigError> a, IReadOnlyList<ConfigError> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (a[i] != b[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Publishes what a successful reload found unknown, and raises the event when it differs. Lock held.</summary>
    private void UpdateUnknownKeys(IReadOnlyList<ConfigError> found, long generation)
    {
        if (SameProblems(_unknownKeys, found))
        {
            return;
        }

        var previous = _unknownKeys;
        Volatile.Write(ref _unknownKeys, found);
        if (UnknownKeysChanged is not { } handlers)
        {
            return;
        }

        var args = new ConfigUnknownKeysEventArgs(previous, found, generation);
        _delivering = true;
        try
        {
            Invoke(handlers, args, generation);
        }
        finally
        {
            _delivering = false;
        }
    }

    private Unsubscriber Subscribe(ChangeSubscription<T> subscription)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        lock (_subscriptionLock)
        {
            _subscriptions = [.. _subscriptions, subscription];
        }

        return new Unsubscriber(this, subscription);
    }

    private void Unsubscribe(ChangeSubscription<T> subscription)
    {
        lock (_subscriptionLock)
        {
            var index = Array.IndexOf(_subscriptions, subscription);
            if (index >= 0)
            {
                var remaining = new ChangeSubscription<T>[_subscriptions.Length - 1];
                Array.Copy(_subscriptions, 0, remaining, 0, index);
                Array.Copy(_subscriptions, index + 1, remaining, index, remaining.Length - index);
                _subscriptions = remaining;
            }
        }
    }

    private void ReportHealth(int index, ConfigSourceStatus status, string? message)
    {
        ConfigSourceHealth previous;
        ConfigSourceHealth current;
        lock (_healthLock)
        {
            previous = _health[index];
            if (_disposed || (previous.Status == status && previous.Message == message))
            {
                return;
            }

            current = new ConfigSourceHealth(previous.Source, status, message, DateTimeOffset.UtcNow);
            _health[index] = current;
        }

        var handlers = SourceHealthChanged;
        if (handlers is null)
        {
            return;
        }

        var args = new ConfigSourceHealthChangedEventArgs(previous, current);
        Invoke(handlers, args, Generation);
    }

    /// <summary>Stops watching sources and disposes them. The last snapshot stays readable.</summary>
    /// <remarks>
    /// <para>
    /// Does not wait for a reload running on another thread: that reload's handlers may still run after
    /// <see cref="Dispose"/> returns (they see the configuration disposed), and no reload starts afterwards. Waiting
    /// would deadlock a handler that waits for the disposing thread. Use <see cref="DisposeAsync"/> to wait.
    /// </para>
    /// <para>Safe to call from a handler, and more than once.</para>
    /// </remarks>
    public void Dispose()
    {
        lock (_lifetimeLock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
        }

        // _watches no longer changes once _disposed is set (StartWatching checks it under the same lock).
        foreach (var watch in _watches)
        {
            watch.Dispose();
        }

        _watches.Clear();
        foreach (var source in _sources)
        {
            (source as IDisposable)?.Dispose();
        }

        _metrics.Dispose();
    }

    /// <summary>
    /// Disposes as <see cref="Dispose"/> does, then completes once a reload running on another thread has finished
    /// with its handlers.
    /// </summary>
    /// <returns>A task that completes when no reload of this configuration runs any longer.</returns>
    /// <remarks>
    /// Called from one of this configuration's handlers it completes at once: the delivery in progress is the caller's
    /// own and cannot be waited for.
    /// </remarks>
    public ValueTask DisposeAsync()
    {
        Dispose();
        if (_reloadLock.IsHeldByCurrentThread)
        {
            return ValueTask.CompletedTask;
        }

        if (_reloadLock.TryEnter())
        {
            _reloadLock.Exit();
            return ValueTask.CompletedTask;
        }

        return new ValueTask(Task.Factory.StartNew(
            static state => ((LiveConfig<T>)state!).WaitForRunningReload(),
            this,
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default));
    }

    // Entering the reload lock waits for the running reload and its handlers; a reload that starts afterwards sees
    // _disposed and does nothing.
    private void WaitForRunningReload()
    {
        _reloadLock.Enter();
        _reloadLock.Exit();
    }

    private void RaiseChanged(ConfigChangedEventArgs<T> args, ChangeSubscription<T>[] subscriptions)
    {
        _delivering = true;
        try
        {
            RaiseChangedCore(args, subscriptions);
        }
        finally
        {
            _delivering = false;
        }
    }

    private void RaiseChangedCore(ConfigChangedEventArgs<T> args, ChangeSubscription<T>[] subscriptions)
    {
        if (Changed is { } handlers)
        {
            Invoke(handlers, args, args.Generation);
        }

        foreach (var subscription in subscriptions)
        {
            try
            {
                subscription.Notify(args);
            }
            catch (Exception ex)
            {
                RaiseHandlerFailed(ex, args.Generation);
            }
        }
    }

    private void RaiseReloadFailed(ConfigException error, long occurrences)
    {
        var handlers = ReloadFailed;
        if (handlers is null)
        {
            return;
        }

        var args = new ConfigReloadFailedEventArgs(error, _published.Generation, occurrences);
        _delivering = true;
        try
        {
            Invoke(handlers, args, args.Generation);
        }
        finally
        {
            _delivering = false;
        }
    }

    /// <summary>Calls every handler in turn; one that throws is reported through <see cref="HandlerFailed"/> and the rest still run.</summary>
    private void Invoke<TArgs>(EventHandler<TArgs> handlers, TArgs args, long generation)
    {
        foreach (var handler in Delegate.EnumerateInvocationList(handlers))
        {
            try
            {
                handler(this, args);
            }
            catch (Exception ex)
            {
                RaiseHandlerFailed(ex, generation);
            }
        }
    }

    private void RaiseHandlerFailed(Exception exception, long generation)
    {
        var handlers = HandlerFailed;
        if (handlers is null)
        {
            return;
        }

        var args = new ConfigHandlerFailedEventArgs(exception, generation);
        foreach (var handler in Delegate.EnumerateInvocationList(handlers))
        {
            try
            {
                handler(this, args);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A failing failure handler has nobody left to tell; the reload itself already succeeded.
            }
        }
    }

    /// <summary>
    /// A snapshot, its generation and the last reload's problems, published with one reference write so that readers
    /// of <see cref="Current"/>, <see cref="Generation"/> and <see cref="LastError"/> agree on one order of reloads.
    /// Written as separate fields, a reader could see the new snapshot and then the old generation (the reload storm
    /// caught that), or the error cleared by a reload whose snapshot it did not see yet (the linearizability test).
    /// </summary>
    private sealed class Published(T snapshot, long generation, ConfigException? error)
    {
        public readonly T Snapshot = snapshot;
        public readonly long Generation = generation;
        public readonly ConfigException? Error = error;
    }

    private sealed class Unsubscriber(LiveConfig<T> owner, ChangeSubscription<T> subscription) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Unsubscribe(subscription);
            }
        }
    }
}
