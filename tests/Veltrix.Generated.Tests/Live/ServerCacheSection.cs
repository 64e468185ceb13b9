namespace Veltrix.Tests.Live;

/// <summary>The nested section of <see cref="ServerConfig"/>.</summary>
public sealed partial class ServerCacheSection
{
    public int MaxEntries { get; init; } = 100;

    public TimeSpan Ttl { get; init; } = TimeSpan.FromMinutes(5);
}
