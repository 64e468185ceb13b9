using System.Diagnostics;

namespace Veltrix.Benchmarks.Reload;

/// <summary>The figures of one system and write style: latency to the first callback, and callbacks per write.</summary>
internal sealed class ReloadRunSummary
{
    private ReloadRunSummary(ReloadSystem system, WriteStyle style)
    {
        System = system;
        Style = style;
    }

    /// <summary>The system measured.</summary>
    public ReloadSystem System { get; }

    /// <summary>How the file was written.</summary>
    public WriteStyle Style { get; }

    /// <summary>Measured writes (warm-up writes excluded).</summary>
    public int Writes { get; private init; }

    /// <summary>Latency from a write's start to its first callback, in ms, sorted; one per write that had a callback.</summary>
    public IReadOnlyList<double> LatenciesMs { get; private init; } = [];

    /// <summary>
    /// For each measured write with more than one callback, the time from its start to its last callback, in ms, sorted:
    /// how long after the first notification the application is notified again.
    /// </summary>
    public IReadOnlyList<double> RepeatLatenciesMs { get; private init; } = [];

    /// <summary>Callbacks during measured writes' windows.</summary>
    public int Callbacks { get; private init; }

    /// <summary>Measured writes followed by no callback, or by more than one, before the next write.</summary>
    public int WritesNotOneCallback { get; private init; }

    /// <summary>Measured writes followed by no callback before the next write.</summary>
    public int Missed { get; private init; }

    /// <summary>Callbacks in a measured write's window that carried a value other than that write's.</summary>
    public int ForeignValueCallbacks { get; private init; }

    /// <summary>Callbacks before the first write or after the last write's window.</summary>
    public int StrayCallbacks { get; private init; }

    /// <summary>Reloads the system reported as failed.</summary>
    public int Failures { get; private init; }

    /// <summary>Whether the system served the last written value at the end.</summary>
    public bool FinalValueCorrect { get; private init; }

    /// <summary>Attributes each callback to the write whose window it fell in and computes the figures.</summary>
    /// <param name="system">The system measured.</param>
    /// <param name="style">How the file was written.</param>
    /// <param name="warmup">How many leading writes to leave out.</param>
    /// <param name="starts">Each write's start timestamp, then the end of the last write's window.</param>
    /// <param name="values">The value each write put in the file.</param>
    /// <param name="callbacks">Every callback recorded.</param>
    /// <param name="failures">Reloads the system reported as failed.</param>
    /// <param name="finalValueCorrect">Whether the system served the last written value at the end.</param>
    public static ReloadRunSummary Create(
        ReloadSystem system,
        WriteStyle style,
        int warmup,
        long[] starts,
        int[] values,
        Callback[] callbacks,
        int failures,
        bool finalValueCorrect)
    {
        // Callbacks can be recorded from several threads; attribute them in time order.
        Array.Sort(callbacks, static (a, b) => a.Timestamp.CompareTo(b.Timestamp));
        var writes = values.Length;
        var latencies = new List<double>(writes);
        var repeats = new List<double>();
        int measuredCallbacks = 0, notOne = 0, missed = 0, foreign = 0, stray = 0;
        var next = 0;
        while (next < callbacks.Length && callbacks[next].Timestamp < starts[0])
        {
            stray++;
            next++;
        }

        for (var w = 0; w < writes; w++)
        {
            var count = 0;
            long first = 0, last = 0;
            var foreignHere = 0;
            while (next < callbacks.Length && callbacks[next].Timestamp < starts[w + 1])
            {
                if (count == 0)
                {
                    first = callbacks[next].Timestamp;
                }

                last = callbacks[next].Timestamp;
                count++;
                if (callbacks[next].Value != values[w])
                {
                    foreignHere++;
                }

                next++;
            }

            if (w < warmup)
            {
                continue;
            }

            measuredCallbacks += count;
            foreign += foreignHere;
            if (count != 1)
            {
                notOne++;
            }

            if (count == 0)
            {
                missed++;
            }
            else
            {
                latencies.Add(Stopwatch.GetElapsedTime(starts[w], first).TotalMilliseconds);
            }

            if (count > 1)
            {
                repeats.Add(Stopwatch.GetElapsedTime(starts[w], last).TotalMilliseconds);
            }
        }

        stray += callbacks.Length - next;
        latencies.Sort();
        repeats.Sort();
        return new ReloadRunSummary(system, style)
        {
            Writes = writes - warmup,
            LatenciesMs = latencies,
            RepeatLatenciesMs = repeats,
            Callbacks = measuredCallbacks,
            WritesNotOneCallback = notOne,
            Missed = missed,
            ForeignValueCallbacks = foreign,
            StrayCallbacks = stray,
            Failures = failures,
            FinalValueCorrect = finalValueCorrect,
        };
    }

    /// <summary>The nearest-rank percentile of the latencies, in ms; NaN when no write had a callback.</summary>
    /// <param name="percent">0 to 100.</param>
    public double Percentile(double percent) => Percentile(LatenciesMs, percent);

    /// <summary>The nearest-rank percentile of sorted values; NaN when there are none.</summary>
    /// <param name="sorted">Values in ascending order.</param>
    /// <param name="percent">0 to 100.</param>
    public static double Percentile(IReadOnlyList<double> sorted, double percent)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
