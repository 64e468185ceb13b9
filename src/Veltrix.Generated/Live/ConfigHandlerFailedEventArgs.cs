using System;

namespace Veltrix;

/// <summary>Describes an exception thrown by a <see cref="LiveConfig{T}.Changed"/> or <see cref="LiveConfig{T}.ReloadFailed"/> handler.</summary>
public sealed class ConfigHandlerFailedEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="exception">What the handler threw.</param>
    /// <param name="generation">The generation the handler was told about.</param>
    public ConfigHandlerFailedEventArgs(Exception exception, long generation)
    {
        Exception = exception;
        Generation = generation;
    }

    /// <summary>What the handler threw.</summary>
    public Exception Exception { get; }

    /// <summary>The generation the handler was told about.</summary>
    public long Generation { get; }
}
