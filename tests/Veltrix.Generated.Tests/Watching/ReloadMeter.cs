using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Veltrix.Tests.Watching;

/// <summary>
/// Counts the reloads of one schema's configurations by result, through the <c>Veltrix</c> meter, since this meter was
/// created: the way to see a reload that changed nothing, which raises no event.
/// </summary>
/// <remarks>
/// The reload counter is observed (a cumulative total per configuration and result), so every read collects it and
/// subtracts what each configuration had counted when this meter started; read it while the configurations live.
/// </remarks>
internal sealed class ReloadMeter : IDisposable
{
    private readonly string _typeName;
    private readonly MeterListener _listener = new();
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<(Instrument Instrument, string Result), long> _latest = new();
    private readonly Dictionary<(Instrument Instrument, string Result), long> _baseline;

    /// <summary>Counts the reloads of <see cref="FileWatchSettings"/> configurations.</summary>
    public ReloadMeter()
        : this(typeof(FileWatchSettings))
    {
    }

    public ReloadMeter(Type schema)
    {
        _typeName = schema.FullName!;
        _listener.InstrumentPublished = static (instrument, listener) =>
        {
            if (instrument.Meter.Name == VeltrixMetrics.MeterName && instrument.Name == VeltrixMetrics.Reloads)
            {
                listener.EnableMeasurementEvents(instrument, null);
            }
        };
        _listener.SetMeasurementEventCallback<long>(OnMeasurement);
        _listener.Start();
        Collect();
        _baseline = new Dictionary<(Instrument, string), long>(_latest);
    }

    public int Changed => Count("changed");

    public int Unchanged => Count("unchanged");

    public int Failed => Count("failed");

    public int Total => Changed + Unchanged + Failed;

    public override string ToString() => $"{Total} reloads ({Changed} changed, {Unchanged} unchanged, {Failed} failed)";

    public void Dispose() => _listener.Dispose();

    private int Count(string result)
    {
        Collect();
        long count = 0;
        foreach (var (key, value) in _latest)
        {
            if (key.Result == result)
            {
                count += value - _baseline.GetValueOrDefault(key);
            }
        }

        return (int)count;
    }

    private void Collect()
    {
        lock (_gate)
        {
            _listener.RecordObservableInstruments();
        }
    }

    private void OnMeasurement(Instrument instrument, long value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        string? type = null;
        string? result = null;
        foreach (var tag in tags)
        {
            if (tag.Key == VeltrixMetrics.TypeTag)
            {
                type = tag.Value as string;
            }
            else if (tag.Key == VeltrixMetrics.ResultTag)
            {
                result = tag.Value as string;
            }
        }

        if (type == _typeName && result is not null)
        {
            _latest[(instrument, result)] = value;
        }
    }
}
