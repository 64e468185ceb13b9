using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Veltrix.Tests.Live;

/// <summary>
/// One reload storm (plan R1/R2): a reloader thread sets all 50 keys of <see cref="StormConfig"/> to 1, 2, 3, …
/// and calls <see cref="LiveConfig{T}.Reload"/> after each; four reader threads check every snapshot they take;
/// a <see cref="LiveConfig{T}.Changed"/> subscriber checks every event. Bounded by time, not counts.
/// </summary>
/// <remarks>
/// Value n is published as generation n + 1 (Build publishes value 0 as generation 1, and every reload changes
/// all keys), which lets readers and the subscriber check a snapshot against a generation.
/// </remarks>
public sealed class ReloadStorm
{
    public const int ReaderCount = 4;

    private readonly ConcurrentQueue<Exception> _exceptions = new();
    private readonly List<long> _eventGenerations = [];
    private readonly ReaderStats[] _readers = new ReaderStats[ReaderCount];
    private long[] _reloadTicks = [];
    private int _reloadCount;
    private long _unexpectedResults;
    private long _eventPairMismatches;
    private long _eventTornSnapshots;
    private long _keyPathNotifications;
    private long _finalGeneration;
    private int _finalValue;

    private ReloadStorm(TimeSpan duration)
    {
        Duration = duration;
    }

    /// <summary>The storm's length: <c>VELTRIX_STRESS_SECONDS</c>, else 10 s (in CI and locally alike).</summary>
    public static TimeSpan ConfiguredDuration =>
        double.TryParse(Environment.GetEnvironmentVariable("VELTRIX_STRESS_SECONDS"), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : TimeSpan.FromSeconds(10);

    public TimeSpan Duration { get; }

    public TimeSpan Elapsed { get; private set; }

    public IReadOnlyCollection<Exception> Exceptions => _exceptions;

    public int Reloads => _reloadCount;

    /// <summary>Reloads that did not return <see cref="ReloadResult.Changed"/> although every one changed all keys.</summary>
    public long UnexpectedResults => _unexpectedResults;

    public IReadOnlyList<ReaderStats> Readers => _readers;

    public long Reads => _readers.Sum(r => r.Reads);

    /// <summary>Generations of the Changed events, in the order the subscriber received them.</summary>
    public IReadOnlyList<long> EventGenerations => _eventGenerations;

    /// <summary>Events whose <c>Current</c> does not hold the value of the event's <c>Generation</c>, or whose <c>Previous</c> is not the one before.</summary>
    public long EventPairMismatches => _eventPairMismatches;

    /// <summary>Events whose <c>Current</c> snapshot had keys that differ.</summary>
    public long EventTornSnapshots => _eventTornSnapshots;

    /// <summary>Calls of an <c>OnChange("Storm:K07", …)</c> handler.</summary>
    public long KeyPathNotifications => _keyPathNotifications;

    public long FinalGeneration => _finalGeneration;

    public int FinalValue => _finalValue;

    /// <summary>Runs a storm of <paramref name="duration"/> and returns what every thread saw.</summary>
    public static ReloadStorm Run(TimeSpan duration)
    {
        var storm = new ReloadStorm(duration);
        storm.RunCore();
        return storm;
    }

    /// <summary>Time per <see cref="LiveConfig{T}.Reload"/> call, in microseconds: min, median, p95, p99, max.</summary>
    public string ReloadTimeFigure()
    {
        if (_reloadTicks.Length == 0)
        {
            return "no reload";
        }

        var sorted = _reloadTicks.ToArray();
        Array.Sort(sorted);
        double Micros(long ticks) => ticks * 1_000_000.0 / Stopwatch.Frequency;
        double At(double quantile) => Micros(sorted[Math.Min(sorted.Length - 1, (int)(quantile * sorted.Length))]);
        return string.Create(CultureInfo.InvariantCulture,
            $"Reload() min {Micros(sorted[0]):F1} µs, median {At(0.5):F1} µs, p95 {At(0.95):F1} µs, p99 {At(0.99):F1} µs, max {Micros(sorted[^1]):F1} µs");
    }

    private void RunCore()
    {
        var source = new StormSource();
        using var live = VeltrixConfiguration.CreateBuilder<StormConfig>().AddSource(source).Build();
        live.Changed += OnChanged;
        using var keySubscription = live.OnChange("Storm:K07", _ => Interlocked.Increment(ref _keyPathNotifications));

        using var stop = new CancellationTokenSource();
        using var start = new Barrier(ReaderCount + 2);
        var threads = new List<Thread>();
        for (var i = 0; i < ReaderCount; i++)
        {
            var stats = _readers[i] = new ReaderStats();
            threads.Add(new Thread(() => Read(live, stats, start, stop.Token)) { IsBackground = true, Name = "storm reader" });
        }

        threads.Add(new Thread(() => Reload(live, source, start, stop)) { IsBackground = true, Name = "storm reloader" });
        foreach (var thread in threads)
        {
            thread.Start();
        }

        start.SignalAndWait();
        var clock = Stopwatch.StartNew();
        foreach (var thread in threads)
        {
            thread.Join();
        }

        Elapsed = clock.Elapsed;
        _finalGeneration = live.Generation;
        _finalValue = live.Current.K00;
    }

    private void Reload(LiveConfig<StormConfig> live, StormSource source, Barrier start, CancellationTokenSource stop)
    {
        // About 100 k reloads per second at most on this machine class; grow if needed.
        var ticks = new List<long>(1 << 20);
        try
        {
            start.SignalAndWait(CancellationToken.None);
            var deadline = Stopwatch.GetTimestamp() + (long)(Duration.TotalSeconds * Stopwatch.Frequency);
            for (var n = 1; Stopwatch.GetTimestamp() < deadline; n++)
            {
                source.Set(n);
                var started = Stopwatch.GetTimestamp();
                var result = live.Reload();
                ticks.Add(Stopwatch.GetTimestamp() - started);
                if (result != ReloadResult.Changed)
                {
                    _unexpectedResults++;
                }
            }
        }
        catch (Exception ex)
        {
            _exceptions.Enqueue(ex);
        }
        finally
        {
            _reloadTicks = [.. ticks];
            _reloadCount = ticks.Count;
            stop.Cancel();
        }
    }

    private void Read(LiveConfig<StormConfig> live, ReaderStats stats, Barrier start, CancellationToken stop)
    {
        try
        {
            var keys = StormSource.Keys;
            start.SignalAndWait(CancellationToken.None);
            long lastGeneration = 0;
            var lastValue = -1;
            while (!stop.IsCancellationRequested)
            {
                var before = live.Generation;
                var snapshot = live.Current;
                var after = live.Generation;
                stats.Reads++;

                var value = snapshot.K00;
                var torn = snapshot.CountDifferentFromFirst() != 0;
                for (var i = 0; i < keys.Count && !torn; i++)
                {
                    torn = !Lookup(snapshot, keys[i], out var found) || found.AsInt32() != value;
                }

                if (torn)
                {
                    stats.Torn++;
                }

                var snapshotGeneration = value + 1L;
                if (before < lastGeneration || after < before)
                {
                    stats.GenerationDecreases++;
                }

                if (value < lastValue)
                {
                    stats.SnapshotDecreases++;
                }

                if (snapshotGeneration < before)
                {
                    // The snapshot is older than a generation this thread had already read.
                    stats.SnapshotOlderThanGeneration++;
                }

                if (after < snapshotGeneration)
                {
                    // Generation, read after the snapshot, still named an earlier one.
                    stats.GenerationBehindSnapshot++;
                }

                lastGeneration = after;
                lastValue = value;
            }
        }
        catch (Exception ex)
        {
            _exceptions.Enqueue(ex);
        }
    }

    private void OnChanged(object? sender, ConfigChangedEventArgs<StormConfig> e)
    {
        // Raised on the reloader thread, one event at a time.
        _eventGenerations.Add(e.Generation);
        if (e.Current.K00 + 1L != e.Generation || e.Previous.K00 + 2L != e.Generation)
        {
            _eventPairMismatches++;
        }

        if (e.Current.CountDifferentFromFirst() != 0 || e.ChangedKeys.Count != StormConfig.KeyCount)
        {
            _eventTornSnapshots++;
        }
    }

    // The generated TryGetValue implements the interface explicitly: it is reached through the type parameter.
    private static bool Lookup<T>(T config, string keyPath, out ConfigValue value)
        where T : class, IVeltrixConfig<T>
        => T.TryGetValue(config, keyPath, out value);

    /// <summary>What one reader thread saw.</summary>
    public sealed class ReaderStats
    {
        public long Reads { get; set; }

        /// <summary>Snapshots whose 50 typed values or 50 looked-up values were not all equal.</summary>
        public long Torn { get; set; }

        /// <summary>Reads where <see cref="LiveConfig{T}.Generation"/> was lower than a value read before it.</summary>
        public long GenerationDecreases { get; set; }

        /// <summary>Reads where the snapshot held an older value than the previous snapshot.</summary>
        public long SnapshotDecreases { get; set; }

        public long SnapshotOlderThanGeneration { get; set; }

        public long GenerationBehindSnapshot { get; set; }
    }
}
