using System.Diagnostics;

namespace Veltrix.Etcd.Tests.Reliability;

/// <summary>
/// Readers that take snapshots as fast as they can while a test breaks etcd, counting reads and the reads that
/// failed a check (threw, saw nothing, or saw an inconsistent snapshot).
/// </summary>
internal sealed class ReadProbe<T> : IDisposable
    where T : class
{
    private readonly Thread[] _threads;
    private readonly Func<T?> _read;
    private readonly Func<T, bool> _check;
    private volatile bool _stop;
    private long _reads;
    private long _failed;

    public ReadProbe(int readers, Func<T?> read, Func<T, bool> check)
    {
        _read = read;
        _check = check;
        _threads = new Thread[readers];
        for (var i = 0; i < readers; i++)
        {
            _threads[i] = new Thread(Run) { IsBackground = true, Name = "read probe " + i };
            _threads[i].Start();
        }
    }

    public long Reads => Interlocked.Read(ref _reads);

    public long Failed => Interlocked.Read(ref _failed);

    public void Dispose()
    {
        _stop = true;
        foreach (var thread in _threads)
        {
            thread.Join();
        }
    }

    private void Run()
    {
        var sinceYield = Stopwatch.GetTimestamp();
        while (!_stop)
        {
            try
            {
                var snapshot = _read();
                if (snapshot is null || !_check(snapshot))
                {
                    Interlocked.Increment(ref _failed);
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                Interlocked.Increment(ref _failed);
            }

            Interlocked.Increment(ref _reads);

            // On two cores, readers that never yield starve the watch thread they are meant to observe.
            if (Stopwatch.GetElapsedTime(sinceYield).TotalMilliseconds >= 1)
            {
                Thread.Sleep(0);
                sinceYield = Stopwatch.GetTimestamp();
            }
        }
    }
}
