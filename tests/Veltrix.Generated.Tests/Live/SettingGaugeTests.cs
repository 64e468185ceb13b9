using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;

namespace Veltrix.Tests.Live;

/// <summary>
/// The gauges a dashboard puts beside an instance's latency: each role-carrying setting, each source's status and the
/// time of the last good load, read with a <see cref="MeterListener"/>. Only measurements tagged with this test's own
/// schema type (<see cref="GaugedConfig"/>) count, since other tests build configurations meanwhile.
/// </summary>
public sealed class SettingGaugeTests
{
    private static readonly string TypeName = typeof(GaugedConfig).FullName!;

    [Fact]
    public void Settings_RoleCarryingScalars_ObservedWithDurationsInSecondsAndNoSecrets()
    {
        using var recorder = new GaugeRecorder();
        var source = new ControlledWatchSource("watched");
        using var config = VeltrixConfiguration.CreateBuilder<GaugedConfig>().AddSource(source).Build();

        var settings = recorder.Observe(VeltrixMetrics.Setting);

        Assert.Equal(
            new Dictionary<string, (string Role, double Value)>
            {
                ["Gauged:Cache:MaxEntries"] = ("cache_size", 10_000),
                ["Gauged:Cache:Ttl"] = ("cache_ttl", 300),
                ["Gauged:Connections"] = ("pool_size", 64),
                ["Gauged:ConnectMilliseconds"] = ("timeout", 2.5),
                ["Gauged:Parallelism"] = ("concurrency_limit", 1.5),
                ["Gauged:Request"] = ("timeout", 30),
            },
            settings.ToDictionary(m => (string)m.Tags[VeltrixMetrics.KeyTag]!, m => ((string)m.Tags[VeltrixMetrics.RoleTag]!, m.Value)));
    }

    [Fact]
    public void Settings_AfterAReload_ObserveTheNewSnapshot_InfiniteTimeoutsAsPositiveInfinity()
    {
        using var recorder = new GaugeRecorder();
        var source = new ControlledWatchSource("watched");
        using var config = VeltrixConfiguration.CreateBuilder<GaugedConfig>().AddSource(source).Build();

        source.Set("Gauged:Cache:MaxEntries", "250000")
            .Set("Gauged:Request", "-00:00:00.001")
            .Set("Gauged:ConnectMilliseconds", "-1")
            .Set("Gauged:Retries", "3");
        Assert.Equal(ReloadResult.Changed, config.Reload());

        var settings = recorder.Observe(VeltrixMetrics.Setting).ToDictionary(m => (string)m.Tags[VeltrixMetrics.KeyTag]!, m => m.Value);
        Assert.Equal(250_000, settings["Gauged:Cache:MaxEntries"]);
        Assert.Equal(double.PositiveInfinity, settings["Gauged:Request"]);
        Assert.Equal(double.PositiveInfinity, settings["Gauged:ConnectMilliseconds"]);
        Assert.Equal(3, settings["Gauged:Retries"]);
    }

    [Fact]
    public void SourceStatus_FollowsEachSourcesHealth_AsZeroOneTwo()
    {
        using var recorder = new GaugeRecorder();
        var first = new ControlledWatchSource("first");
        var second = new ControlledWatchSource("second");
        using var config = VeltrixConfiguration.CreateBuilder<GaugedConfig>().AddSource(first).AddSource(second).Build();

        Assert.Equal([("first", 0.0), ("second", 0.0)], Statuses(recorder));

        first.Context.ReportHealth(ConfigSourceStatus.Degraded, "polling");
        second.Context.ReportHealth(ConfigSourceStatus.Failing, "gone");

        Assert.Equal([("first", 1.0), ("second", 2.0)], Statuses(recorder));
    }

    [Fact]
    public void LastSuccessTimestamp_MovesOnGoodReloads_StaysOnRejectedOnes()
    {
        using var recorder = new GaugeRecorder();
        var source = new ControlledWatchSource("watched");
        var beforeBuild = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0;
        using var config = VeltrixConfiguration.CreateBuilder<GaugedConfig>().AddSource(source).Build();
        var built = Assert.Single(recorder.Observe(VeltrixMetrics.LastSuccessTimestamp)).Value;
        Assert.InRange(built, beforeBuild, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0);

        source.Set("Gauged:Connections", "not a number");
        Assert.Equal(ReloadResult.Failed, config.Reload());
        Assert.Equal(built, Assert.Single(recorder.Observe(VeltrixMetrics.LastSuccessTimestamp)).Value);

        // A later clock reading than the build's, so that the gauge can be seen to move.
        SpinWait.SpinUntil(() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0 > built);
        source.Set("Gauged:Connections", "65");
        Assert.Equal(ReloadResult.Changed, config.Reload());
        Assert.True(Assert.Single(recorder.Observe(VeltrixMetrics.LastSuccessTimestamp)).Value > built);
    }

    private static (string, double)[] Statuses(GaugeRecorder recorder)
        => recorder.Observe(VeltrixMetrics.SourceStatus).Select(m => ((string)m.Tags[VeltrixMetrics.SourceTag]!, m.Value)).Order().ToArray();

    /// <summary>Records the observable instruments of meter <c>Veltrix</c> on demand, keeping this schema's measurements.</summary>
    private sealed class GaugeRecorder : IDisposable
    {
        private readonly MeterListener _listener;
        private readonly ConcurrentQueue<Measured> _measured = new();

        public GaugeRecorder()
        {
            _listener = new MeterListener
            {
                InstrumentPublished = static (instrument, listener) =>
                {
                    if (instrument.Meter.Name == VeltrixMetrics.MeterName)
                    {
                        listener.EnableMeasurementEvents(instrument);
                    }
                },
            };
            _listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Record(instrument, value, tags));
            _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
            _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
            _listener.Start();
        }

        /// <summary>One observation of every gauge; the measurements of <paramref name="instrument"/>.</summary>
        public List<Measured> Observe(string instrument)
        {
            _measured.Clear();
            _listener.RecordObservableInstruments();
            return _measured.Where(m => m.Instrument == instrument).ToList();
        }

        public void Dispose() => _listener.Dispose();

        private void Record<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
            where T : struct, IConvertible
        {
            var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var tag in tags)
            {
                copy[tag.Key] = tag.Value;
            }

            if (instrument is not ObservableInstrument<T> || !TypeName.Equals(copy.GetValueOrDefault(VeltrixMetrics.TypeTag)))
            {
                return;
            }

            // Each observation of a secret would be a leak: fail loudly rather than filter.
            Assert.NotEqual("Gauged:HiddenPool", copy.GetValueOrDefault(VeltrixMetrics.KeyTag));
            _measured.Enqueue(new Measured(instrument.Name, value.ToDouble(CultureInfo.InvariantCulture), copy));
        }
    }

    private sealed record Measured(string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags);
}
