using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;

namespace Veltrix;

/// <summary>
/// The current configuration snapshot of schema <typeparamref name="T"/>, kept up to date by reloads.
/// Reading <see cref="Current"/> is one field load: no lock, no lookup, no allocation.
/// </summary>
/// <remarks>
/// <para>
/// A reload reads every source, merges, binds, validates and diffs against the current snapshot. When no key
/// changed, nothing happens and <see cref="Generation"/> stays. When keys changed, the new snapshot is
/// published with one reference write, <see cref="Generation"/> increments and <see cref="Changed"/> is raised
/// once with exactly the changed key paths. When anything is wrong, the current snapshot keeps serving and
/// <see cref="ReloadFailed"/> is raised with every problem; no exception escapes.
/// </para>
/// <para>
/// Reloads are serialized and events are raised in generation order on the reloading thread. Snapshots are
/// immutable, so a reader that took one keeps a consistent view however many reloads run meanwhile.
/// </para>
/// </remarks>
/// <typeparam name="T">The schema type.</typeparam>
public sealed class LiveConfig<T> : IDisposable
    where T : class, IVeltrixConfig<T>
{
    private readonly IConfigSource[] _sources;
    private readonly ConfigLimits _limits;
    private readonly Lock _reloadLock = new();
    private T _current;
    private ConfigNode _data;
    private long _generation;
    private ConfigException? _lastError;
    private bool _disposed;

    internal LiveConfig(IConfigSource[] sources, ConfigLimits limits, T initial, ConfigNode data)
    {
        _sources = sources;
        _limits = limits;
        _current = initial;
        _data = data;
        _generation = 1;
    }

    /// <summary>Raised once per reload that changed at least one key, after the new snapshot is published.</summary>
    public event EventHandler<ConfigChangedEventArgs<T>>? Changed;

    /// <summary>Raised when a reload is rejected; the previous snapshot keeps serving.</summary>
    public event EventHandler<ConfigReloadFailedEventArgs>? ReloadFailed;

    /// <summary>Raised when a <see cref="Changed"/> or <see cref="ReloadFailed"/> handler throws; the other handlers still ran.</summary>
    public event EventHandler<ConfigHandlerFailedEventArgs>? HandlerFailed;

    /// <summary>The current snapshot. Immutable; take it once per unit of work for a consistent view.</summary>
    public T Current => Volatile.Read(ref _current);

    /// <summary>The generation of <see cref="Current"/>: 1 after <c>Build()</c>, +1 per published change.</summary>
    /// <remarks>
    /// It is written just after <see cref="Current"/>, so a reader racing a reload may briefly pair the new snapshot
    /// with the previous number. <see cref="ConfigChangedEventArgs{T}"/> carries an exact pair.
    /// </remarks>
    public long Generation => Volatile.Read(ref _generation);

    /// <summary>The problems of the last reload when it was rejected; null after a successful one.</summary>
    public ConfigException? LastError => Volatile.Read(ref _lastError);

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
    /// List indices are resolved as binding resolves them: <c>Server:Hosts:1</c> is the second element of the list
    /// that won (the last source that set the list), whatever index that source wrote.
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
            if (schemaPath.Length > 0 && T.Schema.Find(schemaPath) is { Kind: ConfigKeyKind.List })
            {
                lists ??= new BindContext(data);
                var elements = lists.Elements(node);
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
    /// <returns>What the reload did.</returns>
    public ReloadResult Reload()
    {
        lock (_reloadLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (!ConfigLoader.TryLoad<T>(_sources, _limits, out var next, out var data, out var error))
            {
                Volatile.Write(ref _lastError, error);
                RaiseReloadFailed(error!);
                return ReloadResult.Failed;
            }

            Volatile.Write(ref _lastError, null);
            var previous = _current;
            var changes = new ChangeSetBuilder();
            T.Diff(previous, next!, changes);
            if (changes.Count == 0)
            {
                // Origins may have moved (a value now comes from another source), so keep the data current.
                Volatile.Write(ref _data, data);
                return ReloadResult.Unchanged;
            }

            Volatile.Write(ref _data, data);
            Volatile.Write(ref _current, next!);
            var generation = Interlocked.Increment(ref _generation);
            RaiseChanged(new ConfigChangedEventArgs<T>(previous, next!, changes.ToList(), generation));
            return ReloadResult.Changed;
        }
    }

    /// <summary>Stops watching sources. The last snapshot stays readable.</summary>
    public void Dispose()
    {
        lock (_reloadLock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            foreach (var source in _sources)
            {
                (source as IDisposable)?.Dispose();
            }
        }
    }

    private void RaiseChanged(ConfigChangedEventArgs<T> args)
    {
        var handlers = Changed;
        if (handlers is null)
        {
            return;
        }

        foreach (var handler in Delegate.EnumerateInvocationList(handlers))
        {
            try
            {
                handler(this, args);
            }
            catch (Exception ex)
            {
                RaiseHandlerFailed(ex, args.Generation);
            }
        }
    }

    private void RaiseReloadFailed(ConfigException error)
    {
        var handlers = ReloadFailed;
        if (handlers is null)
        {
            return;
        }

        var args = new ConfigReloadFailedEventArgs(error, _generation);
        foreach (var handler in Delegate.EnumerateInvocationList(handlers))
        {
            try
            {
                handler(this, args);
            }
            catch (Exception ex)
            {
                RaiseHandlerFailed(ex, args.Generation);
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
}
