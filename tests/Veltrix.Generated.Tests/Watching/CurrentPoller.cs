namespace Veltrix.Tests.Watching;

/// <summary>
/// Reads <see cref="LiveConfig{T}.Current"/> in a tight loop on its own thread and counts the snapshots a test calls
/// bad (a default or missing value served while a file was being replaced).
/// </summary>
internal sealed class CurrentPoller<T> : IDisposable
    where T : class, IVeltrixConfig<T>
{
    private readonly Thread _thread;
    private readonly LiveConfig<T> _config;
    private readonly Func<T, bool> _isBad;
    private volatile bool _stop;
    private long _reads;
    private long _badReads;
    private T? _firstBad;

    public CurrentPoller(LiveConfig<T> config, Func<T, bool> isBad)
    {
        _config = config;
        _isBad = isBad;
        _thread = new Thread(Run) { IsBackground = true, Name = "Current poller" };
        _thread.Start();
    }

    public long Reads => Interlocked.Read(ref _reads);

    public long BadReads => Interlocked.Read(ref _badReads);

    public T? FirstBad => Volatile.Read(ref _firstBad);

    public void Dispose()
    {
        _stop = true;
        _thread.Join();
    }

    private void Run()
    {
        while (!_stop)
        {
            var snapshot = _config.Current;
            Interlocked.Increment(ref _reads);
            if (_isBad(snapshot))
            {
                Interlocked.CompareExchange(ref _firstBad, snapshot, null);
                Interlocked.Increment(ref _badReads);
            }

            // About one read per millisecond, without monopolising one of the machine's two cores.
            Thread.Sleep(1);
        }
    }
}
