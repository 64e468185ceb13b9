using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;

namespace Veltrix;

/// <summary>
/// One <see cref="FileSystemWatcher"/> per watched directory, shared by every file in it. Used where inotify is
/// not available (Windows, macOS, and on request elsewhere).
/// </summary>
internal sealed class FileSystemWatcherHub : DirectoryWatchHub
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Entry> _entries = new(OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);

    /// <inheritdoc/>
    public override IDisposable Watch(string directory, IDirectoryWatchListener listener)
    {
        var key = Path.TrimEndingDirectorySeparator(directory);
        lock (_lock)
        {
            if (!_entries.TryGetValue(key, out var entry))
            {
                if (!Directory.Exists(key))
                {
                    throw new DirectoryNotFoundException(string.Concat("The directory '", key, "' does not exist."));
                }

                entry = new Entry(this, key);
                entry.Start();
                _entries.Add(key, entry);
            }

            entry.Add(listener);
            return new Subscription(this, entry, listener);
        }
    }

    private void Remove(Entry entry, IDirectoryWatchListener listener)
    {
        lock (_lock)
        {
            if (entry.Remove(listener) && _entries.TryGetValue(entry.Directory, out var current) && ReferenceEquals(current, entry))
            {
                _entries.Remove(entry.Directory);
                entry.Stop();
            }
        }
    }

    private void Drop(Entry entry)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(entry.Directory, out var current) && ReferenceEquals(current, entry))
            {
                _entries.Remove(entry.Directory);
            }
        }

        entry.Stop();
    }

    private sealed class Entry(FileSystemWatcherHub hub, string directory) : IDisposable
    {
        /// <summary>How often the directory is checked to still exist; see <see cref="CheckAlive"/>.</summary>
        private static readonly TimeSpan LivenessInterval = TimeSpan.FromSeconds(1);

        private readonly Lock _lock = new();
        private readonly List<IDirectoryWatchListener> _listeners = [];
        private FileSystemWatcher? _watcher;
        private Timer? _liveness;
        private int _lost;

        public string Directory { get; } = directory;

        public void Start()
        {
            var watcher = new FileSystemWatcher(Directory)
            {
                IncludeSubdirectories = false,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite
                    | NotifyFilters.Size | NotifyFilters.Attributes | NotifyFilters.CreationTime,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += OnChanged;
            watcher.Created += OnChanged;
            watcher.Deleted += OnChanged;
            watcher.Renamed += OnRenamed;
            watcher.Error += OnError;
            try
            {
                watcher.EnableRaisingEvents = true;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
            {
                watcher.Dispose();
                if (!System.IO.Directory.Exists(Directory))
                {
                    throw new DirectoryNotFoundException(string.Concat("The directory '", Directory, "' does not exist."), ex);
                }

                throw new WatchUnavailableException(string.Concat("A file watcher could not be created: ", ex.Message), ex);
            }

            _watcher = watcher;

            // On Linux a FileSystemWatcher whose own directory is deleted or moved away stops without an Error event,
            // and a directory recreated under the same name is never seen: check that it still exists. A delete and
            // recreate within one interval, with no event in between, still goes unseen; the reconcile covers it.
            _liveness = new Timer(static state => ((Entry)state!).CheckAlive(), this, LivenessInterval, LivenessInterval);
        }

        public void Stop()
        {
            var watcher = Interlocked.Exchange(ref _watcher, null);
            watcher?.Dispose();
            Interlocked.Exchange(ref _liveness, null)?.Dispose();
        }

        public void Dispose() => Stop();

        public void Add(IDirectoryWatchListener listener)
        {
            lock (_lock)
            {
                _listeners.Add(listener);
            }
        }

        /// <summary>Removes a listener; returns whether none is left.</summary>
        public bool Remove(IDirectoryWatchListener listener)
        {
            lock (_lock)
            {
                _listeners.Remove(listener);
                return _listeners.Count == 0;
            }
        }

        private IDirectoryWatchListener[] Snapshot()
        {
            lock (_lock)
            {
                return _listeners.ToArray();
            }
        }

        private void OnChanged(object sender, FileSystemEventArgs e)
        {
            Deliver(e.Name);
            if (e.ChangeType == WatcherChangeTypes.Deleted)
            {
                // The directory may have gone with its entries: tell the loss now when it already has, else the
                // liveness check will.
                CheckAlive();
            }
        }

        private void OnRenamed(object sender, RenamedEventArgs e)
        {
            Deliver(e.OldName);
            Deliver(e.Name);
            CheckAlive();
        }

        private void OnError(object sender, ErrorEventArgs e)
        {
            // An overflowed buffer, or the directory went away; either way the listeners re-check everything.
            if (!System.IO.Directory.Exists(Directory))
            {
                Lose();
                return;
            }

            foreach (var listener in Snapshot())
            {
                try
                {
                    listener.OnOverflow();
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    // Listeners only schedule work; see InotifyWatchHub.
                }
            }
        }

        private void CheckAlive()
        {
            if (Volatile.Read(ref _lost) == 0 && !System.IO.Directory.Exists(Directory))
            {
                Lose();
            }
        }

        /// <summary>Stops watching a directory that is gone and tells every listener once, so that they re-arm.</summary>
        private void Lose()
        {
            if (Interlocked.Exchange(ref _lost, 1) != 0)
            {
                return;
            }

            hub.Drop(this);
            foreach (var listener in Snapshot())
            {
                try
                {
                    listener.OnDirectoryLost();
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    // Listeners only schedule work; see InotifyWatchHub.
                }
            }
        }

        private void Deliver(string? name)
        {
            if (string.IsNullOrEmpty(name))
            {
                return;
            }

            foreach (var listener in Snapshot())
            {
                try
                {
                    listener.OnEntryChanged(name);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    // Listeners only schedule work; see InotifyWatchHub.
                }
            }
        }
    }

    private sealed class Subscription(FileSystemWatcherHub hub, Entry entry, IDirectoryWatchListener listener) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                hub.Remove(entry, listener);
            }
        }
    }
}
