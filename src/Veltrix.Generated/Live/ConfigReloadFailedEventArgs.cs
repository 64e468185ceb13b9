using System;

namespace Veltrix;

/// <summary>Describes a rejected reload: the previous snapshot keeps serving.</summary>
public sealed class ConfigReloadFailedEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="exception">Every problem found, with key paths and origins.</param>
    /// <param name="generation">The generation still being served.</param>
    public ConfigReloadFailedEventArgs(ConfigException exception, long generation)
    {
        Exception = exception;
        Generation = generation;
    }

    /// <summary>Every problem found, with key paths and origins. Never contains secret values.</summary>
    public ConfigException Exception { get; }

    /// <summary>The generation still being served.</summary>
    public long Generation { get; }
}
