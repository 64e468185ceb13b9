using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Veltrix.Extensions.Hosting;

/// <summary>Builds a <see cref="LiveConfig{T}"/> and logs its first load, every reload and every source health change.</summary>
internal static class VeltrixReloadLogger
{
    public static LiveConfig<T> BuildAndAttach<T>(VeltrixConfigurationBuilder<T> builder, ILogger logger)
        where T : class, IVeltrixConfig<T>
    {
        var schema = typeof(T).Name;
        LiveConfig<T> live;
        try
        {
            live = builder.Build();
        }
        catch (ConfigException ex)
        {
            if (!logger.IsEnabled(LogLevel.Critical))
            {
                // Nothing shows the list but the exception: it keeps it.
                throw;
            }

            VeltrixLog.LoadFailed(logger, schema, ex.Errors.Count, new ProblemList(ex.Errors));

            // The list is in the log now. The host logs the exception it stops with ("Hosting failed to start"), and the
            // runtime prints it once more when it ends the process: carrying the list too, it would be shown three times.
            throw new ConfigException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Configuration {schema} is invalid ({ex.Errors.Count} problem(s)): each is listed with its key and origin in the log entry ConfigurationLoadFailed (Veltrix.LiveConfig, event 2), and in ConfigException.Errors."),
                ex.Errors);
        }

        VeltrixLog.Loaded(logger, schema, live.Sources.Count, live.Schema.HashHex);

        // Watching started inside Build(): a fallback found there is only visible in SourceHealth.
        foreach (var health in live.SourceHealth)
        {
            if (health.Status != ConfigSourceStatus.Healthy)
            {
                VeltrixLog.SourceUnhealthy(logger, schema, health.Source, health.Status, health.Message ?? "no reason given");
            }
        }

        // Typos are ignored as Microsoft.Extensions.Configuration ignores them, but said once each: at start, then
        // whenever a reload finds a new one.
        LogUnknownKeys(logger, schema, live.UnknownKeys);
        live.UnknownKeysChanged += (_, e) =>
        {
            LogUnknownKeys(logger, schema, e.Added);
            if (e.UnknownKeys.Count == 0)
            {
                VeltrixLog.UnknownKeysGone(logger, schema, e.Generation);
            }
        };
        live.Changed += (_, e) => VeltrixLog.Reloaded(logger, schema, e.Generation, e.ChangedKeys.Count, new ChangedKeyList(e.ChangedKeys));
        live.ReloadFailed += (_, e) =>
        {
            // A run of identical failures arrives at its 1st, 10th, 100th… occurrence: one line each, with the count.
            if (e.Occurrences == 1)
            {
                VeltrixLog.ReloadRejected(logger, schema, e.Generation, e.Exception.Errors.Count, e.Exception.Message);
            }
            else
            {
                VeltrixLog.ReloadRejectedRepeatedly(logger, schema, e.Occurrences, e.Generation, e.Exception.Errors.Count, e.Exception.Message);
            }
        };
        live.HandlerFailed += (_, e) => VeltrixLog.HandlerFailed(logger, e.Exception, schema, e.Generation);
        live.SourceHealthChanged += (_, e) =>
        {
            if (e.Current.Status == ConfigSourceStatus.Healthy)
            {
                VeltrixLog.SourceRecovered(logger, schema, e.Current.Source);
            }
            else
            {
                VeltrixLog.SourceUnhealthy(logger, schema, e.Current.Source, e.Current.Status, e.Current.Message ?? "no reason given");
            }
        };
        return live;
    }

    private static void LogUnknownKeys(ILogger logger, string schema, IReadOnlyList<ConfigError> keys)
    {
        foreach (var key in keys)
        {
            VeltrixLog.UnknownKey(logger, schema, key.KeyPath, key.Origin.ToString(), key.Message);
        }
    }
}
