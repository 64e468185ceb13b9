using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Veltrix.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Veltrix.Tests.Live;

/// <summary>
/// The instruments on meter <c>Veltrix</c>, read with a <see cref="MeterListener"/>. Other tests build configurations
/// meanwhile, so only measurements tagged with this test's own schema type (<see cref="MeteredConfig"/>) count.
/// </summary>
public sealed class ReloadMetricsTests(ITestOutputHelper output)
{
    private static readonly string TypeName = typeof(MeteredConfig).FullName!;

    [Fact]
    public void Reloads_ChangedUnchangedAndFailed_AreCountedTimedAndObservedUntilDispose()
    {
        var measurements = new ConcurrentQueue<Measured>();
        var completed = new ConcurrentBag<Instrument>();
        using var listener = new MeterListener
        {
            InstrumentPublished = static (instrument, listener) =>
            {
                if (instrument.Meter.Name == VeltrixMetrics.MeterName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
            MeasurementsCompleted = (instrument, _) => completed.Add(instrument),
        };
        listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Record(measurements, instrument, value, tags));
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(measurements, instrument, value, tags));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(measurements, instrument, value, tags));
        listener.Start();

        var started = Stopwatch.GetTimestamp();
        var source = new MutableSource().Set("Metered:Port", "8080");
        using var config = VeltrixConfiguration.CreateBuilder<MeteredConfig>().AddSource(source).Build();

        // Every result is observed from the start, zeros included, so that rate() sees an instance's first rejection.
        listener.RecordObservableInstruments();
        var initial = measurements.Where(m => m.Name == VeltrixMetrics.Reloads).ToArray();
        Assert.Equal([("changed", 0.0), ("failed", 0.0), ("unchanged", 0.0)], initial.Select(m => ((string)m.Tags[VeltrixMetrics.ResultTag]!, m.Value)).Order());
        measurements.Clear();

        source.Set("Metered:Port", "9090").Set("Metered:Name", "renamed");
        Assert.Equal(ReloadResult.Changed, config.Reload());
        var beforeLastSuccess = Stopwatch.GetTimestamp();
        Assert.Equal(ReloadResult.Unchanged, config.Reload());
        source.Set("Metered:Port", "70000");
        Assert.Equal(ReloadResult.Failed, config.Reload());
        listener.RecordObservableInstruments();

        var all = measurements.ToArray();
        var reloads = all.Where(m => m.Name == VeltrixMetrics.Reloads).ToArray();
        Assert.All(reloads, m => Assert.Equal(1, m.Value));
        Assert.Equal(["changed", "failed", "unchanged"], reloads.Select(m => (string)m.Tags[VeltrixMetrics.ResultTag]!).Order());

        var failure = Assert.Single(all, m => m.Name == VeltrixMetrics.ReloadFailures);
        Assert.Equal(1, failure.Value);
        Assert.Equal("Range", failure.Tags[VeltrixMetrics.ErrorTypeTag]);

        Assert.Equal(2, all.Where(m => m.Name == VeltrixMetrics.KeysChanged).Sum(m => m.Value));

        var durations = all.Where(m => m.Name == VeltrixMetrics.ReloadDuration).ToArray();
        Assert.Equal(["changed", "failed", "unchanged"], durations.Select(m => (string)m.Tags[VeltrixMetrics.ResultTag]!).Order());
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        Assert.All(durations, m => Assert.InRange(m.Value, 0, elapsed));

        var generation = Assert.Single(all, m => m.Name == VeltrixMetrics.Generation);
        Assert.Equal(2, generation.Value);
        Assert.Equal(config.Generation, (long)generation.Value);
        var sinceSuccess = Assert.Single(all, m => m.Name == VeltrixMetrics.TimeSinceLastSuccess);
        Assert.InRange(sinceSuccess.Value, 0, Stopwatch.GetElapsedTime(beforeLastSuccess).TotalSeconds);

        ReliabilityFigures.Report(output, "Metrics", $"reloads changed/unchanged/failed 1/1/1, failures error.type=Range 1, keys changed 2, durations {string.Join(", ", durations.Select(d => $"{d.Tags[VeltrixMetrics.ResultTag]} {d.Value * 1e6:F0} µs"))}, generation gauge {generation.Value}, time since success {sinceSuccess.Value * 1e3:F1} ms");

        // Every instrument that measured this configuration (all but the setting gauge: the schema has no role) lives
        // on its own meter, which Dispose ends.
        var ours = all.Select(m => m.Instrument).Distinct().ToArray();
        Assert.Equal(
            [VeltrixMetrics.Generation, VeltrixMetrics.KeysChanged, VeltrixMetrics.ReloadDuration, VeltrixMetrics.ReloadFailures,
             VeltrixMetrics.LastSuccessTimestamp, VeltrixMetrics.TimeSinceLastSuccess, VeltrixMetrics.Reloads, VeltrixMetrics.SourceStatus],
            ours.Select(i => i.Name).Order(StringComparer.Ordinal));
        var meter = Assert.Single(ours.Select(i => i.Meter).Distinct());
        Assert.DoesNotContain(ours, completed.Contains);

        config.Dispose();

        Assert.All(ours, instrument => Assert.Contains(instrument, completed));
        var before = measurements.Count;
        listener.RecordObservableInstruments();
        Assert.Equal(before, measurements.Count);
        Assert.Equal(VeltrixMetrics.MeterName, meter.Name);
    }

    private static void Record<T>(ConcurrentQueue<Measured> measurements, Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        where T : struct, IConvertible
    {
        var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value;
        }

        if (copy.TryGetValue(VeltrixMetrics.TypeTag, out var type) && TypeName.Equals(type))
        {
            measurements.Enqueue(new Measured(instrument, instrument.Name, value.ToDouble(System.Globalization.CultureInfo.InvariantCulture), copy));
        }
    }

    private sealed record Measured(Instrument Instrument, string Name, double Value, IReadOnlyDictionary<string, object?> Tags);
}
