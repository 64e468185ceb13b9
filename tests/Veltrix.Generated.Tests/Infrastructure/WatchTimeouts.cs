namespace Veltrix.Tests.Infrastructure;

/// <summary>How long tests wait for an event: generous, so that a loaded CI machine does not fail a correct test.</summary>
public static class WatchTimeouts
{
    public static TimeSpan Default { get; } = TimeSpan.FromSeconds(15);
}
