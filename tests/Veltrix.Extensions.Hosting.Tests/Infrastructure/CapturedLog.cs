using Microsoft.Extensions.Logging;

namespace Veltrix.Extensions.Hosting.Tests.Infrastructure;

/// <summary>One log entry as a sink would store it: the formatted message, every structured value and the exception.</summary>
public sealed record CapturedLog(string Category, LogLevel Level, EventId EventId, string Message, IReadOnlyList<string> Values, string? Exception)
{
    /// <summary>Everything of the entry that could reach a log store, as one text.</summary>
    public string AllText => string.Join(" | ", [Category, Message, .. Values, Exception ?? string.Empty]);
}
