using System.Diagnostics;

namespace Veltrix.Benchmarks.Reload;

/// <summary>Collects change callbacks from whichever thread raises them.</summary>
internal sealed class CallbackLog
{
    private readonly Lock _lock = new();
    private readonly List<Callback> _callbacks = new(1024);

    /// <summary>Records a callback now.</summary>
    /// <param name="value">The value of the written key the callback saw.</param>
    public void Record(int value)
    {
        // Taken before the lock, so that contention is not counted as latency.
        var now = Stopwatch.GetTimestamp();
        lock (_lock)
        {
            _callbacks.Add(new Callback(now, value));
        }
    }

    /// <summary>Every callback so far, in the order they were recorded.</summary>
    public Callback[] ToArray()
    {
        lock (_lock)
        {
            return [.. _callbacks];
        }
    }
}
