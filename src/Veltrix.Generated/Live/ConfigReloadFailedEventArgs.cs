using System;

namespace Veltrix;

/// <summary>Describes a rejected reload: the previous snapshot keeps serving.</summary>
public sealed class ConfigReloadFailedEventArgs : EventArgs
{
    /// <summary>Creates the event data for a first occurrence.</summary>
    /// <param name="exception">Every problem found, with key paths and origins.</param>
    /// <param name="generation">The generation still being served.</param>
    public ConfigReloadFailedEventArgs(ConfigException exception, long generation)
        : this(exception, generation, 1)
    {
    }

    /// <summary>Creates the event data.</summary>
    /// <param name="exception">Every problem found, with key paths and origins.</param>
    /// <param name="generation">The generation still being served.</param>
    /// <param name="occurrences">How many reloads in a row failed with exactly these problems, this one included.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="occurrences"/> is less than 1.</exception>
    public ConfigReloadFailedEventArgs(ConfigException exception, long generation, long occurrences)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(occurrences, 1);
        Exception = exception;
        Generation = generation;
        Occurrences = occurrences;
    }

    /// <summary>Every problem found, with key paths and origins. Never contains secret values.</summary>
    public ConfigException Exception { get; }

    /// <summary>The generation still being served.</summary>
    public long Generation { get; }

    /// <summary>
    /// How many reloads in a row failed with exactly these problems (same keys, rules, messages and positions), this
    /// one included. A run is reported at its 1st, 10th, 100th, 1000th… occurrence only, so 27,000 identical failures
    /// raise five events, not 27,000; a different problem or a successful reload starts a new run.
    /// </summary>
    public long Occurrences { get; }
}
