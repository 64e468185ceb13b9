namespace Veltrix.Tests.Live;

/// <summary>A schema with a nested section, for section subscriptions: Server:Name, Server:Cache:MaxEntries, Server:Cache:Ttl.</summary>
[VeltrixConfig("Server")]
public sealed partial class ServerConfig
{
    public string Name { get; init; } = "server";

    public ServerCacheSection Cache { get; init; } = new();
}
