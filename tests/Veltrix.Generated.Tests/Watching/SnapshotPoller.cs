namespace Veltrix.Tests.Watching;

/// <summary>
/// Reader threads that read <see cref="LiveConfig{T}.Current"/> every millisecond, as request handlers would, and
/// count the reads that saw a snapshot the test says must never be served (missing, default or rejected values).
/// </summary>
internal sealed class SnapshotPoller<T> : IDisposable
    where T : class, IVeltrixConfig<T>
{
    private readonly LiveConfig<T> _config;
    private readonly Func<T, bool> _acceptable;
    private readonly Thread[] _threads;
    private volatile bool _stop;
    private long _reads;
    private long _bad;
    private long _exceptions;
    private T? _firstBad;

    public SnapshotPoller(LiveConfig<T> config, Func<T, bool> acceptable, int threads = 1)
    {
        _config = config;
        _acceptable = acceptable;
        _threads = new Thread[threads];
        for (var i = 0; i < threads; i++)
        {
            _threads[i] = new Thread(Run) { IsBackground = true, Name = "snapshot poller " + i };
            _threads[i].Start();
        }
    }

    public long Reads => Interlocked.Read(ref _reads);

    public long BadReads => Interlocked.Read(ref _bad);

    public long Exceptions => Interlocked.Read(ref _exceptions);

    /// <summary>The first unacceptable snapshot seen, for the failure message.</summary>
    public string FirstBad => Volatile.Read(ref _firstBad)?.ToString() ?? "none";

    /// <summary>Stops the readers and waits for them.</summary>
    public void Stop()
    {
        _stop = true;
        foreach (var thread in _threads)
        {
            thread.Join();
        }
    }

    public void Dispose() => Stop();

    private void Run()
    {
        while (!_stop)
        {
            try
            {
                var snapshot = _config.Current;
                if (snapshot is null || !_acceptable(snapshot))
                {
                    Interlocked.CompareExchange(ref _firstBad, snapshot, null);
                    Interlocked.Increment(ref _bad);
                }
            }
            catch (Exception)
            {
                Interlocked.Increment(ref _exceptions);
            }

            Interlocked.Increment(ref _reads);
            Thread.Sleep(1);
        }
    }
}
