namespace Veltrix.Tests.Watching;

/// <summary>
/// A hub that accepts every watch and never reports anything: a change made where the watcher cannot see it
/// (another mount, a dropped event). Only the periodic reconcile can find such a change.
/// </summary>
internal sealed class SilentWatchHub : DirectoryWatchHub
{
    private int _watches;

    /// <summary>How many watches were requested; shows the file was armed on this hub, not polled.</summary>
    public int Watches => Volatile.Read(ref _watches);

    public override IDisposable Watch(string directory, IDirectoryWatchListener listener)
    {
        Interlocked.Increment(ref _watches);
        return NoSubscription.Instance;
    }

    private sealed class NoSubscription : IDisposable
    {
        public static readonly NoSubscription Instance = new();

        public void Dispose()
        {
        }
    }
}
