using Veltrix.Etcd.Tests.Infrastructure;

namespace Veltrix.Etcd.Tests.Watching;

/// <summary>
/// The etcd source tells a reload whether anything was applied since the last load without asking etcd, and counts
/// every applied state as a change: a re-read at the revision already applied can bring keys a broken stream lost.
/// </summary>
public sealed class EtcdVersionTests
{
    [Fact]
    public async Task Reload_NothingAppliedSinceTheLoad_LoadsNothing_AndAnAppliedRevisionIsAChange()
    {
        await using var fake = await FakeEtcdServer.StartAsync();
        fake.Service.SetStore(10, ("/p/Port", "9001", 10));
        using var config = VeltrixConfiguration.CreateBuilder<FleetConfig>()
            .AddEtcd(new EtcdSourceOptions { Endpoints = [fake.Url], Prefix = "/p" })
            .Build();
        var source = (EtcdConfigSource)config.Sources[0];
        var recorder = new Recorder(config, source);
        Poll.Until(() => fake.Service.StartRevisions.Count == 1, "the watch");
        var loaded = (ulong)source.State.Serial;

        Assert.False(((IVersionedConfigSource)source).HasChangedSince(loaded));
        Assert.Equal(ReloadResult.Unchanged, config.Reload());
        Assert.Equal(1, fake.Service.RangeReads);

        fake.Service.Send(WatchStreamValidatorTests.Events(11, WatchStreamValidatorTests.Put("Port", 11, "9002")));
        recorder.WaitFor(r => r.Changes.Count == 1, "the change");

        Assert.True(((IVersionedConfigSource)source).HasChangedSince(loaded));
        Assert.Equal(9002, config.Current.Port);
        Assert.Equal(ReloadResult.Unchanged, config.Reload());
    }

    [Fact]
    public async Task ReRead_AtTheRevisionAlreadyApplied_WithAKeyTheStreamLost_IsPublished()
    {
        await using var fake = await FakeEtcdServer.StartAsync();
        fake.Service.SetStore(10, ("/p/Port", "9001", 10));
        using var config = VeltrixConfiguration.CreateBuilder<FleetConfig>()
            .AddEtcd(new EtcdSourceOptions { Endpoints = [fake.Url], Prefix = "/p" })
            .Build();
        var source = (EtcdConfigSource)config.Sources[0];
        var recorder = new Recorder(config, source);
        Poll.Until(() => fake.Service.StartRevisions.Count == 1, "the watch");

        fake.Service.Send(WatchStreamValidatorTests.Events(11, WatchStreamValidatorTests.Put("Port", 11, "9002")));
        recorder.WaitFor(r => r.Changes.Count == 1, "the first change");

        // Revision 11 really set Name too, which the stream never delivered; a duplicate event makes the source re-read,
        // and the re-read comes back at revision 11, the one already applied.
        fake.Service.SetStore(11, ("/p/Port", "9002", 11), ("/p/Name", "lost", 11));
        fake.Service.Send(WatchStreamValidatorTests.Events(11, WatchStreamValidatorTests.Put("Port", 11, "9002")));
        recorder.WaitFor(r => r.Applied.Any(a => a.Kind == EtcdApplyKind.Resync), "the re-read");

        Assert.Equal(11, source.AppliedRevision);
        Assert.Equal("lost", config.Current.Name);
        Assert.Equal(ReloadResult.Changed, recorder.Read(r => r.Applied.Single(a => a.Kind == EtcdApplyKind.Resync).Result));
    }
}
