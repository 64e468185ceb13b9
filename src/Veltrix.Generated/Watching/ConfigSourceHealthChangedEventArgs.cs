using System;

namespace Veltrix;

/// <summary>Describes a change of a source's health.</summary>
public sealed class ConfigSourceHealthChangedEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="previous">The health before.</param>
    /// <param name="current">The health now.</param>
    public ConfigSourceHealthChangedEventArgs(ConfigSourceHealth previous, ConfigSourceHealth current)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        Previous = previous;
        Current = current;
    }

    /// <summary>The health before.</summary>
    public ConfigSourceHealth Previous { get; }

    /// <summary>The health now.</summary>
    public ConfigSourceHealth Current { get; }
}
