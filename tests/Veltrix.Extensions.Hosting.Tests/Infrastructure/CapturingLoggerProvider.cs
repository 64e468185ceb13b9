using Microsoft.Extensions.Logging;

namespace Veltrix.Extensions.Hosting.Tests.Infrastructure;

/// <summary>Keeps every log entry of a host in memory, with its structured values, so tests can read what a sink would store.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly Lock _gate = new();
    private readonly List<CapturedLog> _entries = [];

    public IReadOnlyList<CapturedLog> Entries
    {
        get
        {
            lock (_gate)
            {
                return [.. _entries];
            }
        }
    }

    /// <summary>The entries Veltrix wrote with event <paramref name="id"/> (the host numbers its own events too).</summary>
    public IReadOnlyList<CapturedLog> WithEventId(int id) => [.. Entries.Where(e => e.EventId.Id == id && e.Category.StartsWith("Veltrix.", StringComparison.Ordinal))];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private void Add(CapturedLog entry)
    {
        lock (_gate)
        {
            _entries.Add(entry);
        }
    }

    private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = new List<string>();
            if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
            {
                foreach (var (key, value) in pairs)
                {
                    values.Add($"{key}={value}");
                }
            }

            owner.Add(new CapturedLog(category, logLevel, eventId, formatter(state, exception), values, exception?.ToString()));
        }
    }
}
