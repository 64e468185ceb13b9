using System.Diagnostics;

namespace Veltrix.Tests.Watching;

/// <summary>
/// A watched JSON file whose health reports are recorded on their way to the configuration. The watcher reports
/// health after every read that reached a verdict (the dedup of equal reports happens in the configuration), so the
/// reports count its reads, retries included, without a counter in the product.
/// </summary>
internal sealed class CheckCountingSource(JsonFileSource inner) : IWatchableConfigSource
{
    private readonly Lock _gate = new();
    private readonly List<(long Timestamp, ConfigSourceStatus Status)> _reports = [];

    public string Name => inner.Name;

    public IReadOnlyList<(long Timestamp, ConfigSourceStatus Status)> Reports
    {
        get
        {
            lock (_gate)
            {
                return [.. _reports];
            }
        }
    }

    public void Load(ConfigDataBuilder builder) => inner.Load(builder);

    public IDisposable? Watch(ConfigWatchContext context)
        => inner.Watch(new ConfigWatchContext(context.RequestReload, (status, message) =>
        {
            lock (_gate)
            {
                _reports.Add((Stopwatch.GetTimestamp(), status));
            }

            context.ReportHealth(status, message);
        }));
}
