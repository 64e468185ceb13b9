using System;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.Threading;

namespace Veltrix;

/// <summary>The instruments of one <see cref="LiveConfig{T}"/>, on a meter that lives and dies with it.</summary>
/// <typeparam name="T">The schema type, whose generated lookup reads the settings without reflection.</typeparam>
internal sealed class ConfigMetrics<T> : IDisposable
    where T : class, IVeltrixConfig<T>
{
    private static readonly string? Version = typeof(ConfigMetrics<T>).Assembly.GetName().Version?.ToString();

    private readonly LiveConfig<T> _config;
    private readonly Meter _meter;
    private readonly KeyValuePair<string, object?>[][] _resultTags;
    private readonly long[] _reloads = new long[3];
    private readonly Counter<long> _failures;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _keysChanged;
    private readonly KeyValuePair<string, object?> _type;
    private readonly ObservedSetting[] _settings;
    private readonly KeyValuePair<string, object?>[][] _sourceTags;

    public ConfigMetrics(LiveConfig<T> config)
    {
        _config = config;
        _type = new(VeltrixMetrics.TypeTag, typeof(T).FullName ?? typeof(T).Name);
        _settings = ObservedSetting.Select(T.Schema, _type);
        var sources = config.Sources;
        _sourceTags = new KeyValuePair<string, object?>[sources.Count][];
        for (var i = 0; i < sources.Count; i++)
        {
            _sourceTags[i] = [_type, new(VeltrixMetrics.SourceTag, sources[i].Name)];
        }

        _meter = new Meter(VeltrixMetrics.MeterName, Version);
        _resultTags = [[_type, Result(ReloadResult.Changed)], [_type, Result(ReloadResult.Unchanged)], [_type, Result(ReloadResult.Failed)]];

        // Observed rather than added to: every result is reported from the first collection on, zeros included,
        // whenever the listener started. A series that appears only with its first increment hides that increment
        // from rate() and increase(), and an instance's first rejected reload would not show on a dashboard.
        _meter.CreateObservableCounter(VeltrixMetrics.Reloads, ObserveReloads, "{reload}", "Reloads, by result.");
        _failures = _meter.CreateCounter<long>(VeltrixMetrics.ReloadFailures, "{reload}", "Rejected reloads; the last good snapshot kept serving.");
        _duration = _meter.CreateHistogram(VeltrixMetrics.ReloadDuration, "s", "Time to read, merge, bind, validate, diff and publish.", tags: null,
            new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5] });
        _keysChanged = _meter.CreateCounter<long>(VeltrixMetrics.KeysChanged, "{key}", "Key paths changed by published reloads.");
        _meter.CreateObservableGauge(VeltrixMetrics.Generation, ObserveGeneration, "{generation}", "The current snapshot's generation.");
        _meter.CreateObservableGauge(VeltrixMetrics.TimeSinceLastSuccess, ObserveTimeSinceSuccess, "s", "Time since the last successful load or reload.");
        _meter.CreateObservableGauge(VeltrixMetrics.LastSuccessTimestamp, ObserveLastSuccess, "s", "Unix time of the last successful load or reload.");
        _meter.CreateObservableGauge(VeltrixMetrics.SourceStatus, ObserveSources, unit: null, "Each source's status: 0 healthy, 1 degraded (polling), 2 failing (last good values serve).");
        _meter.CreateObservableGauge(VeltrixMetrics.Setting, ObserveSettings, unit: null, "Current value of each key with a role attribute; durations in seconds; secrets never.");
    }

    public void Reloaded(ReloadResult result, double seconds, int keysChanged, string? errorType)
    {
        var index = ResultIndex(result);
        Interlocked.Increment(ref _reloads[index]);
        _duration.Record(seconds, _resultTags[index]);
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

    private static int ResultIndex(ReloadResult result) => result switch
    {
        ReloadResult.Changed => 0,
        ReloadResult.Unchanged => 1,
        _ => 2,
    };

    private static KeyValuePair<string, object?> Result(ReloadResult result) => new(VeltrixMetrics.ResultTag, result switch
    {
        ReloadResult.Changed => "changed",
        ReloadResult.Unchanged => "unchanged",
        _ => "failed",
    });

    private Measurement<long>[] ObserveReloads() =>
    [
        new(Volatile.Read(ref _reloads[0]), _resultTags[0]),
        new(Volatile.Read(ref _reloads[1]), _resultTags[1]),
        new(Volatile.Read(ref _reloads[2]), _resultTags[2]),
    ];

    private Measurement<long> ObserveGeneration() => new(_config.Generation, _type);

    private Measurement<double> ObserveTimeSinceSuccess() => new(_config.SecondsSinceSuccess, _type);

    private Measurement<double> ObserveLastSuccess() => new(_config.LastSuccessUnixSeconds, _type);

    private List<Measurement<int>> ObserveSources()
    {
        var health = _config.SourceHealth;
        var measurements = new List<Measurement<int>>(health.Count);
        for (var i = 0; i < health.Count && i < _sourceTags.Length; i++)
        {
            measurements.Add(new((int)health[i].Status, _sourceTags[i]));
        }

        return measurements;
    }

    // One snapshot for all settings, so that a scrape never mixes two generations.
    private List<Measurement<double>> ObserveSettings()
    {
        var snapshot = _config.Current;
        var measurements = new List<Measurement<double>>(_settings.Length);
        foreach (var setting in _settings)
        {
            if (T.TryGetValue(snapshot, setting.Path, out var value) && setting.TryMeasure(value, out var number))
            {
                measurements.Add(new(number, setting.Tags));
            }
        }

        return measurements;
    }
}
