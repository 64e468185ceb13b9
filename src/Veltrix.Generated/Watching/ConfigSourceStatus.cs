namespace Veltrix;

/// <summary>How well a source delivers its data and changes.</summary>
public enum ConfigSourceStatus
{
    /// <summary>The source is read and watched as configured.</summary>
    Healthy = 0,

    /// <summary>The source works, less well than configured: polling instead of native watching, or data that may be stale.</summary>
    Degraded = 1,

    /// <summary>The source cannot be read (missing, unreadable, unreachable); the last good snapshot keeps serving.</summary>
    Failing = 2,
}
