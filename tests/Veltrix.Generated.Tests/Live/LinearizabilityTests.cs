using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using CsCheck;
using Veltrix.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Veltrix.Tests.Live;

/// <summary>
/// Plan R3: CsCheck runs random operations on one <see cref="LiveConfig{T}"/> from several threads at once and
/// checks that what every operation observed, and the final state, equal what some sequential order of the same
/// operations gives on a plain model. A failure prints CsCheck's seed (<c>CsCheck_Seed</c> replays it).
/// </summary>
/// <remarks>
/// Iterations: 2,000 by default; <c>VELTRIX_R3_ITER</c> or <c>CsCheck_Iter</c> raise it. The nightly figure is
/// 10,000 (<c>VELTRIX_R3_ITER=10000</c>).
/// </remarks>
[Collection(SerialTests.Name)]
public sealed class LinearizabilityTests(ITestOutputHelper output)
{
    private const int InitialPort = 1;
    private const int SlotCount = 2;

    // The port the next load on this thread reads: Reload() loads on the calling thread, so each Reload operation
    // loads exactly its own value whatever other threads do meanwhile.
    [ThreadStatic]
    private static string? t_nextPort;

    private static long DefaultIterations
    {
        get
        {
            foreach (var name in (string[])["VELTRIX_R3_ITER", "CsCheck_Iter"])
            {
                if (long.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var iter) && iter > 0)
                {
                    return iter;
                }
            }

            return 2_000;
        }
    }

    [Fact]
    public void ConcurrentReloadsReadsAndSubscriptions_AnyInterleaving_MatchSomeSequentialOrder()
    {
        var iterations = DefaultIterations;
        var built = new ConcurrentBag<LiveConfig<HandWrittenConfig>>();
        var clock = Stopwatch.StartNew();
        try
        {
            Gen.Const(() => (new LiveUnderTest(built), new Model()))
                .SampleParallel(
                    [
                        Gen.Select(Gen.UInt, Gen.Int[1, 3]).Operation<LiveUnderTest, Model>(
                            t => $"Reload(Port={t.Item2})",
                            (a, t) => a.ReloadValid(t.Item1, t.Item2),
                            (m, t) => m.ReloadValid(t.Item1, t.Item2)),
                        Gen.Select(Gen.UInt, Gen.Bool).Operation<LiveUnderTest, Model>(
                            t => t.Item2 ? "Reload(Port=70000)" : "Reload(Port=abc)",
                            (a, t) => a.ReloadInvalid(t.Item1, t.Item2),
                            (m, t) => m.ReloadInvalid(t.Item1, t.Item2)),
                        Gen.UInt.Operation<LiveUnderTest, Model>(
                            _ => "Read",
                            (a, tag) => a.Read(tag),
                            (m, tag) => m.Read(tag)),
                        Gen.UInt.Operation<LiveUnderTest, Model>(
                            _ => "ReadGeneration",
                            (a, tag) => a.ReadGeneration(tag),
                            (m, tag) => m.ReadGeneration(tag)),
                        Gen.UInt.Operation<LiveUnderTest, Model>(
                            _ => "ReadLastError",
                            (a, tag) => a.ReadLastError(tag),
                            (m, tag) => m.ReadLastError(tag)),
                        Gen.Select(Gen.UInt, Gen.Int[0, SlotCount - 1]).Operation<LiveUnderTest, Model>(
                            t => $"Subscribe({t.Item2})",
                            (a, t) => a.Subscribe(t.Item1, t.Item2),
                            (m, t) => m.Subscribe(t.Item1, t.Item2)),
                        Gen.Select(Gen.UInt, Gen.Int[0, SlotCount - 1]).Operation<LiveUnderTest, Model>(
                            t => $"DisposeSubscription({t.Item2})",
                            (a, t) => a.Unsubscribe(t.Item1, t.Item2),
                            (m, t) => m.Unsubscribe(t.Item1, t.Item2)),
                    ],
                    equal: (actual, model) => actual.Describe() == model.Describe(),
                    iter: iterations,
                    printActual: actual => actual.Describe(),
                    printModel: model => model.Describe());
        }
        finally
        {
            foreach (var live in built)
            {
                live.Dispose();
            }
        }

        ReliabilityFigures.Report(output, "R3", string.Create(CultureInfo.InvariantCulture,
            $"{iterations:N0} CsCheck SampleParallel iterations (nightly: 10,000) over Reload(valid), Reload(invalid), Read Current, Read Generation, Read LastError, Subscribe, Dispose-subscription: 0 failures in {clock.Elapsed.TotalSeconds:F1} s ({built.Count:N0} live configs)"));
    }

    /// <summary>A <see cref="LiveConfig{T}"/> and what the operations on it observed.</summary>
    private sealed class LiveUnderTest
    {
        private readonly ConcurrentBag<LiveConfig<HandWrittenConfig>> _built;
        private readonly Lazy<LiveConfig<HandWrittenConfig>> _live;
        private readonly ConcurrentQueue<string> _observations = new();
        private readonly List<string> _changed = [];
        private readonly Lock _slotsGate = new();
        private readonly Subscription?[] _liveSlots = new Subscription?[SlotCount];
        private readonly List<Subscription>[] _slotHistory = [.. Enumerable.Range(0, SlotCount).Select(_ => new List<Subscription>())];
        private string? _description;

        public LiveUnderTest(ConcurrentBag<LiveConfig<HandWrittenConfig>> built)
        {
            _built = built;

            // CsCheck regenerates the initial state for every sequential order it tries, and uses only the model
            // of those: build the configuration on first use so that only the one under test exists.
            _live = new Lazy<LiveConfig<HandWrittenConfig>>(Build, LazyThreadSafetyMode.ExecutionAndPublication);
        }

        private LiveConfig<HandWrittenConfig> Live => _live.Value;

        public void ReloadValid(uint tag, int port) => Reload(tag, port.ToString(CultureInfo.InvariantCulture));

        public void ReloadInvalid(uint tag, bool outOfRange) => Reload(tag, outOfRange ? "70000" : "abc");

        public void Read(uint tag)
        {
            var snapshot = Live.Current;
            _observations.Enqueue(Invariant($"{tag} read Port={snapshot.Port}"));
        }

        public void ReadGeneration(uint tag) => _observations.Enqueue(Invariant($"{tag} generation {Live.Generation}"));

        public void ReadLastError(uint tag) => _observations.Enqueue(Invariant($"{tag} last error {Live.LastError?.Errors[0].Rule ?? "none"}"));

        public void Subscribe(uint tag, int slot)
        {
            lock (_slotsGate)
            {
                if (_liveSlots[slot] is not null)
                {
                    _observations.Enqueue(Invariant($"{tag} subscribe {slot}: busy"));
                    return;
                }

                var subscription = new Subscription();
                subscription.Handle = Live.OnChange("Test:Port", e => subscription.Add(e));
                _liveSlots[slot] = subscription;
                _slotHistory[slot].Add(subscription);
                _observations.Enqueue(Invariant($"{tag} subscribe {slot}: ok"));
            }
        }

        public void Unsubscribe(uint tag, int slot)
        {
            lock (_slotsGate)
            {
                if (_liveSlots[slot] is not { } subscription)
                {
                    _observations.Enqueue(Invariant($"{tag} dispose {slot}: none"));
                    return;
                }

                subscription.Handle!.Dispose();
                _liveSlots[slot] = null;
                _observations.Enqueue(Invariant($"{tag} dispose {slot}: ok"));
            }
        }

        /// <summary>The observations, sorted, then the final state; compared as text with <see cref="Model.Describe"/>.</summary>
        public string Describe() => _description ??= DescribeCore();

        // CsCheck compares the final state with every sequential order it tries, after all operations ended.
        private string DescribeCore()
        {
            var live = Live;
            List<string> changed;
            lock (_changed)
            {
                changed = [.. _changed];
            }

            var slots = new List<string>();
            lock (_slotsGate)
            {
                for (var i = 0; i < SlotCount; i++)
                {
                    slots.Add(Invariant($"slot {i}: ") + string.Join(" | ", _slotHistory[i].Select(s => s.Describe())));
                }
            }

            return State.Describe(_observations, live.Current.Port, live.Generation, live.LastError?.Errors[0].Rule, changed, slots);
        }

        private void Reload(uint tag, string port)
        {
            // Build (on first use) loads the initial port, not this operation's.
            var live = Live;
            t_nextPort = port;
            try
            {
                var result = live.Reload();
                _observations.Enqueue(Invariant($"{tag} reload Port={port}: {result}"));
            }
            finally
            {
                t_nextPort = null;
            }
        }

        private LiveConfig<HandWrittenConfig> Build()
        {
            var live = VeltrixConfiguration.CreateBuilder<HandWrittenConfig>().AddSource(new ThreadPortSource()).Build();
            live.Changed += (_, e) =>
            {
                lock (_changed)
                {
                    _changed.Add(Invariant($"{e.Generation}:{e.Current.Port}"));
                }
            };
            _built.Add(live);
            return live;
        }
    }

    /// <summary>The sequential specification.</summary>
    private sealed class Model
    {
        private readonly List<string> _observations = [];
        private readonly List<string> _changed = [];
        private readonly List<string>?[] _liveSlots = new List<string>?[SlotCount];
        private readonly List<List<string>>[] _slotHistory = [.. Enumerable.Range(0, SlotCount).Select(_ => new List<List<string>>())];
        private int _port = InitialPort;
        private long _generation = 1;
        private string? _lastError;

        public void ReloadValid(uint tag, int port)
        {
            _lastError = null;
            if (port == _port)
            {
                _observations.Add(Invariant($"{tag} reload Port={port}: {ReloadResult.Unchanged}"));
                return;
            }

            _port = port;
            _generation++;
            var notification = Invariant($"{_generation}:{port}");
            _changed.Add(notification);
            foreach (var slot in _liveSlots)
            {
                slot?.Add(notification);
            }

            _observations.Add(Invariant($"{tag} reload Port={port}: {ReloadResult.Changed}"));
        }

        public void ReloadInvalid(uint tag, bool outOfRange)
        {
            _lastError = outOfRange ? "Range" : "Type";
            _observations.Add(Invariant($"{tag} reload Port={(outOfRange ? "70000" : "abc")}: {ReloadResult.Failed}"));
        }

        public void Read(uint tag) => _observations.Add(Invariant($"{tag} read Port={_port}"));

        public void ReadGeneration(uint tag) => _observations.Add(Invariant($"{tag} generation {_generation}"));

        public void ReadLastError(uint tag) => _observations.Add(Invariant($"{tag} last error {_lastError ?? "none"}"));

        public void Subscribe(uint tag, int slot)
        {
            if (_liveSlots[slot] is not null)
            {
                _observations.Add(Invariant($"{tag} subscribe {slot}: busy"));
                return;
            }

            var received = new List<string>();
            _liveSlots[slot] = received;
            _slotHistory[slot].Add(received);
            _observations.Add(Invariant($"{tag} subscribe {slot}: ok"));
        }

        public void Unsubscribe(uint tag, int slot)
        {
            if (_liveSlots[slot] is null)
            {
                _observations.Add(Invariant($"{tag} dispose {slot}: none"));
                return;
            }

            _liveSlots[slot] = null;
            _observations.Add(Invariant($"{tag} dispose {slot}: ok"));
        }

        public string Describe()
        {
            var slots = new List<string>();
            for (var i = 0; i < SlotCount; i++)
            {
                slots.Add(Invariant($"slot {i}: ") + string.Join(" | ", _slotHistory[i].Select(r => "[" + string.Join(",", r) + "]")));
            }

            return State.Describe(_observations, _port, _generation, _lastError, _changed, slots);
        }
    }

    private static class State
    {
        public static string Describe(IEnumerable<string> observations, int port, long generation, string? lastError, List<string> changed, List<string> slots)
            => string.Join("\n",
                [
                    "observations: " + string.Join("; ", observations.Order(StringComparer.Ordinal)),
                    Invariant($"Port={port} Generation={generation} LastError={lastError ?? "none"}"),
                    "Changed: " + string.Join(",", changed),
                    .. slots,
                ]);
    }

    /// <summary>One OnChange subscription and the notifications it received, as generation:port.</summary>
    private sealed class Subscription
    {
        private readonly List<string> _received = [];

        public IDisposable? Handle { get; set; }

        public void Add(ConfigChangedEventArgs<HandWrittenConfig> e)
        {
            lock (_received)
            {
                _received.Add(Invariant($"{e.Generation}:{e.Current.Port}"));
            }
        }

        public string Describe()
        {
            lock (_received)
            {
                return "[" + string.Join(",", _received) + "]";
            }
        }
    }

    /// <summary>Sets Test:Port to what the loading thread asked for (<see cref="t_nextPort"/>), else to the initial port.</summary>
    private sealed class ThreadPortSource : IConfigSource
    {
        public string Name => "thread";

        public void Load(ConfigDataBuilder builder)
            => builder.Set("Test:Port", t_nextPort ?? InitialPort.ToString(CultureInfo.InvariantCulture), new ConfigOrigin("thread", 1, 1));
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
