using System;
using System.Collections.Generic;
using System.Diagnostics.Metrics;

namespace Veltrix;

/// <summary>The instruments of one <see cref="LiveConfig{T}"/>, on a meter that lives and dies with it.</summary>
internal sealed class ConfigMetrics : IDisposable
{
    private static readonly string? Version = typeof(ConfigMetrics).Assembly.GetName().Version?.ToString();

    private readonly Meter _meter;
    private readonly Counter<long> _reloads;
    private readonly Counter<long> _failures;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _keysChanged;
    private readonly KeyValuePair<string, object?> _type;

    public ConfigMetrics(string typeName, Func<long> generation, Func<double> secondsSinceSuccess)
    {
        _type = new(VeltrixMetrics.TypeTag, typeName);
        _meter = new Meter(VeltrixMetrics.MeterName, Version);
        _reloads = _meter.CreateCounter<long>(VeltrixMetrics.Reloads, "{reload}", "Reloads, by result.");
        _failures = _meter.CreateCounter<long>(VeltrixMetrics.ReloadFailures, "{reload}", "Rejected reloads; the last good snapshot kept serving.");
        _duration = _meter.CreateHistogram(VeltrixMetrics.ReloadDuration, "s", "Time to read, merge, bind, validate, diff and publish.", tags: null,
            new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5] });
        _keysChanged = _meter.CreateCounter<long>(VeltrixMetrics.KeysChanged, "{key}", "Key paths changed by published reloads.");
        var type = _type;
        _meter.CreateObservableGauge(VeltrixMetrics.Generation, () => new Measurement<long>(generation(), type), "{generation}", "The current snapshot's generation.");
        _meter.CreateObservableGauge(VeltrixMetrics.TimeSinceLastSuccess, () => new Measurement<double>(secondsSinceSuccess(), type), "s", "Time since the last successful load or reload.");
    }

    public void Reloaded(ReloadResult result, double seconds, int keysChanged, string? errorType)
    {
        var resultTag = new KeyValuePair<string, object?>(VeltrixMetrics.ResultTag, result switch
        {
            ReloadResult.Changed => "changed",
            ReloadResult.Unchanged => "unchanged",
            _ => "failed",
        });
        _reloads.Add(1, _type, resultTag);
        _duration.Record(seconds, _type, resultTag);
        if (result == ReloadResult.Failed)
        {
            _failures.Add(1, _type, new KeyValuePair<string, object?>(VeltrixMetrics.ErrorTypeTag, errorType ?? "unknown"));
        }
        else if (keysChanged > 0)
        {
            _keysChanged.Add(keysChanged, _type);
        }
    }

    public void Dispose() => _meter.Dispose();
}
