namespace Veltrix.Extensions.Hosting.Tests.Infrastructure;

/// <summary>A watching source with no keys whose health the test reports by hand.</summary>
public sealed class HealthReportingSource : IWatchableConfigSource
{
    private ConfigWatchContext? _context;

    public string Name => "test store";

    public void Report(ConfigSourceStatus status, string? message)
        => (Volatile.Read(ref _context) ?? throw new InvalidOperationException("Watch was not called.")).ReportHealth(status, message);

    public void Load(ConfigDataBuilder builder)
    {
    }

    public IDisposable? Watch(ConfigWatchContext context)
    {
        Volatile.Write(ref _context, context);
        return null;
    }
}
