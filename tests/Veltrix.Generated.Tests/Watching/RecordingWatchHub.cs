namespace Veltrix.Tests.Watching;

/// <summary>
/// Wraps a real hub and records every directory a watched file asks for, whether the request succeeded, and which
/// subscriptions are still live (not disposed, not lost), so that tests can see where the watcher sits.
/// </summary>
internal sealed class RecordingWatchHub(DirectoryWatchHub inner) : DirectoryWatchHub
{
    private readonly Lock _gate = new();
    private readonly List<(string Directory, bool Succeeded)> _requests = [];
    private readonly List<Subscription> _live = [];

    /// <summary>Called with the requested directory before the request reaches the real hub.</summary>
    public Action<string>? BeforeWatch { get; set; }

    /// <summary>Every request in order, with whether the real hub accepted it.</summary>
    public IReadOnlyList<(string Directory, bool Succeeded)> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>The directories of the subscriptions still delivering events.</summary>
    public IReadOnlyList<string> LiveDirectories
    {
        get
        {
            lock (_gate)
            {
                return [.. _live.Select(s => s.Directory)];
            }
        }
    }

    public override IDisposable Watch(string directory, IDirectoryWatchListener listener)
    {
        BeforeWatch?.Invoke(directory);
        var subscription = new Subscription(this, directory, listener);
        try
        {
            subscription.Inner = inner.Watch(directory, subscription);
        }
        catch
        {
            lock (_gate)
            {
                _requests.Add((directory, false));
            }

            throw;
        }

        lock (_gate)
        {
            _requests.Add((directory, true));
            _live.Add(subscription);
        }

        return subscription;
    }

    private void End(Subscription subscription)
    {
        lock (_gate)
        {
            _live.Remove(subscription);
        }
    }

    /// <summary>Forwards the real hub's events and notices when the subscription ends either way.</summary>
    private sealed class Subscription(RecordingWatchHub hub, string directory, IDirectoryWatchListener listener) : IDisposable, IDirectoryWatchListener
    {
        public string Directory { get; } = directory;

        public IDisposable? Inner { get; set; }

        public void Dispose()
        {
            hub.End(this);
            Inner?.Dispose();
        }

        public void OnEntryChanged(string name) => listener.OnEntryChanged(name);

        public void OnDirectoryLost()
        {
            // The hub delivers nothing more after a loss; the watched file re-arms without disposing this one.
            hub.End(this);
            listener.OnDirectoryLost();
        }

        public void OnOverflow() => listener.OnOverflow();
    }
}
