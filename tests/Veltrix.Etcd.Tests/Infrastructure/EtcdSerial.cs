namespace Veltrix.Etcd.Tests.Infrastructure;

/// <summary>
/// Every test that talks to the real etcd shares one server and runs alone: some kill, pause or compact it, and
/// the reliability tests measure latency.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EtcdSerial : ICollectionFixture<EtcdServer>
{
    public const string Name = "etcd: one real server, serial";
}
