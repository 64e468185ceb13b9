using System;
using Microsoft.Extensions.Logging;

namespace Veltrix.Extensions.Hosting;

/// <summary>
/// The log events of a hosted Veltrix configuration. Messages carry key paths, counts and the runtime's own error text,
/// which never holds a secret value; they never carry a configuration value.
/// </summary>
internal static partial class VeltrixLog
{
    [LoggerMessage(EventId = 1, EventName = "ConfigurationLoaded", Level = LogLevel.Information,
        Message = "Configuration {Schema} loaded from {SourceCount} source(s), schema {SchemaHash}")]
    public static partial void Loaded(ILogger logger, string schema, int sourceCount, string schemaHash);

    [LoggerMessage(EventId = 2, EventName = "ConfigurationLoadFailed", Level = LogLevel.Critical,
        Message = "Configuration {Schema} could not be loaded ({ErrorCount} problem(s)):{Problems}")]
    public static partial void LoadFailed(ILogger logger, string schema, int errorCount, ProblemList problems);

    [LoggerMessage(EventId = 3, EventName = "ConfigurationReloaded", Level = LogLevel.Information,
        Message = "Configuration {Schema} reloaded: generation {Generation}, {ChangedKeyCount} key(s) changed: {ChangedKeys}")]
    public static partial void Reloaded(ILogger logger, string schema, long generation, int changedKeyCount, ChangedKeyList changedKeys);

    [LoggerMessage(EventId = 4, EventName = "ConfigurationReloadRejected", Level = LogLevel.Error,
        Message = "Configuration {Schema} reload rejected, still serving generation {Generation} ({ErrorCount} problem(s)): {Problems}")]
    public static partial void ReloadRejected(ILogger logger, string schema, long generation, int errorCount, string problems);

    [LoggerMessage(EventId = 8, EventName = "ConfigurationReloadRejectedRepeatedly", Level = LogLevel.Error,
        Message = "Configuration {Schema} reload rejected {Occurrences} times in a row with the same problems, still serving generation {Generation} ({ErrorCount} problem(s)): {Problems}")]
    public static partial void ReloadRejectedRepeatedly(ILogger logger, string schema, long occurrences, long generation, int errorCount, string problems);

    [LoggerMessage(EventId = 9, EventName = "ConfigurationUnknownKey", Level = LogLevel.Warning,
        Message = "Configuration {Schema} ignores key {Key} set at {Origin}: {Problem}")]
    public static partial void UnknownKey(ILogger logger, string schema, string key, string origin, string problem);

    [LoggerMessage(EventId = 10, EventName = "ConfigurationUnknownKeysGone", Level = LogLevel.Information,
        Message = "Configuration {Schema} has no unknown keys any more (generation {Generation})")]
    public static partial void UnknownKeysGone(ILogger logger, string schema, long generation);

    [LoggerMessage(EventId = 5, EventName = "ConfigurationSourceUnhealthy", Level = LogLevel.Warning,
        Message = "Configuration {Schema} source {Source} is {Status}: {Reason}")]
    public static partial void SourceUnhealthy(ILogger logger, string schema, string source, ConfigSourceStatus status, string reason);

    [LoggerMessage(EventId = 6, EventName = "ConfigurationSourceRecovered", Level = LogLevel.Information,
        Message = "Configuration {Schema} source {Source} is healthy again")]
    public static partial void SourceRecovered(ILogger logger, string schema, string source);

    [LoggerMessage(EventId = 7, EventName = "ConfigurationHandlerFailed", Level = LogLevel.Error,
        Message = "A change handler of configuration {Schema} threw at generation {Generation}; the other handlers ran")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string schema, long generation);
}
