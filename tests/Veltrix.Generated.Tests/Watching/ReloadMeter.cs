using System.Diagnostics.Metrics;

namespace Veltrix.Tests.Watching;

/// <summary>
/// Counts the reloads of <see cref="FileWatchSettings"/> configurations by result, through the <c>Veltrix</c> meter:
/// the way to see a reload that changed nothing, which raises no event.
/// </summary>
internal sealed class ReloadMeter : IDisposable
{
    private static readonly string TypeName = typeof(FileWatchSettings).FullName!;

    private readonly MeterListener _listener = new();
    private int _changed;
    private int _unchanged;
    private int _failed;

    public ReloadMeter()
    {
        _listener.InstrumentPublished = static (instrument, listener) =>
        {
            if (instrument.Meter.Name == VeltrixMetrics.MeterName && instrument.Name == VeltrixMetrics.Reloads)
            {
                listener.EnableMeasurementEvents(instrument, null);
            }
        };
        _listener.SetMeasurementEventCallback<long>(OnMeasurement);
        _listener.Start();
    }

    public int Changed => Volatile.Read(ref _changed);

    public int Unchanged => Volatile.Read(ref _unchanged);

    public int Failed => Volatile.Read(ref _failed);

    public int Total => Changed + Unchanged + Failed;

    public override string ToString() => $"{Total} reloads ({Changed} changed, {Unchanged} unchanged, {Failed} failed)";

    public void Dispose() => _listener.Dispose();

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

        if (type != TypeName)
        {
            return;
        }

        switch (result)
        {
            case "changed":
                Interlocked.Add(ref _changed, (int)value);
                break;
            case "unchanged":
                Interlocked.Add(ref _unchanged, (int)value);
                break;
            default:
                Interlocked.Add(ref _failed, (int)value);
                break;
        }
    }
}
