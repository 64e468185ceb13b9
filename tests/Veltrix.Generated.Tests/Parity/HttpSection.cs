namespace Veltrix.Tests.Parity;

/// <summary>A section class with scalars, a nested section and a record section.</summary>
public sealed partial class HttpSection
{
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(100);

    public int MaxConnections { get; init; } = 64;

    public bool KeepAlive { get; init; } = true;

    public Uri? Proxy { get; init; }

    public CacheSection Cache { get; init; } = new();

    public RetryPolicy Retry { get; init; } = new();
}
