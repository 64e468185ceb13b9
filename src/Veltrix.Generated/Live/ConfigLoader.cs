using System;
using System.Collections.Generic;

namespace Veltrix;

/// <summary>One pass of the pipeline: read every source, merge, bind, validate.</summary>
internal static class ConfigLoader
{
    private const string Ignored = "Its value is ignored.";
    private const string Rejected = "Unknown keys are errors (UnknownKeyHandling.Reject).";

    /// <summary>Loads a snapshot, or returns every problem found.</summary>
    /// <param name="sources">The sources, in order.</param>
    /// <param name="limits">The limits every source must respect.</param>
    /// <param name="unknownKeyHandling">What keys the schema does not have are.</param>
    /// <param name="snapshot">The snapshot, when the load succeeded.</param>
    /// <param name="data">The merged data.</param>
    /// <param name="unknownKeys">Keys the schema does not have, when <see cref="UnknownKeyHandling.Warn"/>; else empty.</param>
    /// <param name="versions">
    /// The version each source declared for what it loaded (<see cref="ConfigDataBuilder.DeclareVersion"/>), when the
    /// load succeeded and every source declared one; else null.
    /// </param>
    /// <param name="error">Every problem, when the load failed.</param>
    /// <param name="previous">The snapshot the load will replace, whose unchanged sections the new one reuses; null at first.</param>
    public static bool TryLoad<T>(
        IReadOnlyList<IConfigSource> sources,
        ConfigLimits limits,
        UnknownKeyHandling unknownKeyHandling,
        out T? snapshot,
        out ConfigNode data,
        out IReadOnlyList<ConfigError> unknownKeys,
        out UInt128[]? versions,
        out ConfigException? error,
        T? previous = null)
        where T : class, IVeltrixConfig<T>
    {
        var builder = new ConfigDataBuilder(limits, T.Schema);
        foreach (var source in sources)
        {
            builder.BeginSource(source.Name);
            try
            {
                source.Load(builder);
            }
            catch (ConfigException ex)
            {
                foreach (var e in ex.Errors)
                {
                    builder.AddError(e);
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A source that throws is a broken source, not a broken process: report it like any bad input. Only an
                // environment failure's message is shown: others can quote the data being parsed (.NET's FormatException
                // names its input), which may be a secret.
                var shown = ex is System.IO.IOException or UnauthorizedAccessException or TimeoutException
                    ? string.Concat(ex.GetType().Name, ": ", ex.Message)
                    : string.Concat(ex.GetType().Name, " (its message is not shown: it could quote a configuration value)");
                builder.AddError(new ConfigError(string.Empty, "The source failed to load: " + shown, new ConfigOrigin(source.Name), "Source"));
            }
        }

        data = builder.Root;
        unknownKeys = [];
        versions = null;
        if (unknownKeyHandling == UnknownKeyHandling.Warn)
        {
            unknownKeys = UnknownKeyFinder.Find(builder.Root, T.Schema, builder.Reach, Ignored);
        }
        else if (unknownKeyHandling == UnknownKeyHandling.Reject)
        {
            foreach (var unknown in UnknownKeyFinder.Find(builder.Root, T.Schema, builder.Reach, Rejected))
            {
                builder.AddError(unknown);
            }
        }

        if (builder.HasErrors)
        {
            snapshot = null;
            error = new ConfigException(builder.Errors);
            return false;
        }

        var context = new BindContext(builder.Root) { PreviousSnapshot = previous };
        int bindErrors;
        try
        {
            snapshot = T.Bind(context);
            bindErrors = context.Errors.Count;
            T.Validate(snapshot, context);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Generated code reports bad input as errors; anything thrown is a defect, and still must not escape a
            // reload or replace the good snapshot. The message is not shown: it could quote a value.
            snapshot = null;
            error = new ConfigException(new ConfigError(string.Empty, $"Binding failed unexpectedly ({ex.GetType().Name}); please report this.", ConfigOrigin.Unknown, "Internal"));
            return false;
        }

        if (context.HasErrors)
        {
            error = new ConfigException(WithoutValidationOfUnboundKeys(context.Errors, bindErrors));
            snapshot = null;
            return false;
        }

        versions = builder.DeclaredVersions();
        error = null;
        return true;
    }

    // A value that failed to bind holds its fallback; validating that fallback would report a second,
    // misleading problem for the same key.
    private static List<ConfigError> WithoutValidationOfUnboundKeys(IReadOnlyList<ConfigError> errors, int bindErrors)
    {
        var unbound = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<ConfigError>(errors.Count);
        for (var i = 0; i < errors.Count; i++)
        {
            if (i < bindErrors)
            {
                unbound.Add(errors[i].KeyPath);
                result.Add(errors[i]);
            }
            else if (!unbound.Contains(errors[i].KeyPath))
            {
                result.Add(errors[i]);
            }
        }

        return result;
    }
}
