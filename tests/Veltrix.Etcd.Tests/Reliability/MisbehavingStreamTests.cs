using System.Globalization;
using Etcdserverpb;
using Veltrix.Etcd.Tests.Infrastructure;
using Veltrix.Etcd.Tests.Watching;
using Xunit.Abstractions;

namespace Veltrix.Etcd.Tests.Reliability;

/// <summary>
/// R16: a fake etcd (an in-process gRPC server implementing KV.Range and Watch.Watch) sends each kind of broken
/// stream; the client must detect every one, apply none of it, count it, and re-read the prefix.
/// </summary>
public sealed class MisbehavingStreamTests(ITestOutputHelper output)
{
    private const string Poison = "6666";

    [Theory]
    [InlineData(EtcdWatchAnomaly.DuplicateEvent)]
    [InlineData(EtcdWatchAnomaly.RevisionDecreased)]
    [InlineData(EtcdWatchAnomaly.GapAfterProgress)]
    [InlineData(EtcdWatchAnomaly.SplitRevision)]
    [InlineData(EtcdWatchAnomaly.CompactionWithEvents)]
    public async Task InjectedAnomaly_Detected_NotApplied_Counted_AndReRead(EtcdWatchAnomaly anomaly)
    {
        await using var fake = await FakeEtcdServer.StartAsync();
        fake.Service.SetStore(10, ("/p/Port", "9001", 10));
        using var config = VeltrixConfiguration.CreateBuilder<FleetConfig>()
            .AddEtcd(new EtcdSourceOptions { Endpoints = [fake.Url], Prefix = "/p" })
            .Build();
        var source = (EtcdConfigSource)config.Sources[0];
        var recorder = new Recorder(config, source);
        Poll.Until(() => fake.Service.StartRevisions.Count == 1, "the watch");

        fake.Service.Send(WatchStreamValidatorTests.Events(11, Put("Port", "9002", 11)));
        recorder.WaitFor(r => r.Changes.Count == 1, "the first good change");

        // The store the re-read will see: the truth the broken stream failed to deliver.
        var reReadRevision = Inject(fake.Service, anomaly);
        Poll.Until(() => fake.Service.RangeReads == 2 && fake.Service.StartRevisions.Count == 2, "the re-read and the new watch");
        recorder.WaitFor(r => r.Applied.Any(a => a.Kind == EtcdApplyKind.Resync), "the re-read to be applied");

        var detected = source.GetAnomalyCount(anomaly);
        var poisoned = recorder.Read(r => r.Changes.Count(c => c.Current.Port.ToString(CultureInfo.InvariantCulture) == Poison));
        ReliabilityFigures.Report(output, "R16", string.Create(CultureInfo.InvariantCulture,
            $"{anomaly}: detected {detected}/1, events applied from the broken response {poisoned}, re-reads {source.ResyncCount}, watch resumed from {fake.Service.StartRevisions[1]}"));
        Assert.Equal(1, detected);
        Assert.Equal(0, poisoned);
        Assert.Equal(1, source.ResyncCount);
        Assert.Equal(reReadRevision + 1, fake.Service.StartRevisions[1]);
        Assert.Equal(reReadRevision, source.AppliedRevision);
        Assert.Equal(9002, config.Current.Port);
        foreach (var other in Enum.GetValues<EtcdWatchAnomaly>().Where(a => a != anomaly))
        {
            Assert.Equal(0, source.GetAnomalyCount(other));
        }
    }

    /// <summary>Sends the broken response(s) for <paramref name="anomaly"/> after a good revision 11; returns the re-read revision.</summary>
    private static long Inject(FakeEtcdService etcd, EtcdWatchAnomaly anomaly)
    {
        switch (anomaly)
        {
            case EtcdWatchAnomaly.DuplicateEvent:
                etcd.SetStore(11, ("/p/Port", "9002", 11));
                etcd.Send(WatchStreamValidatorTests.Events(11, Put("Port", Poison, 11)));
                return 11;
            case EtcdWatchAnomaly.RevisionDecreased:
                etcd.SetStore(12, ("/p/Port", "9002", 11));
                etcd.Send(WatchStreamValidatorTests.Events(12, Put("Port", Poison, 9)));
                return 12;
            case EtcdWatchAnomaly.GapAfterProgress:
                etcd.SetStore(20, ("/p/Port", "9002", 11));
                etcd.Send(new WatchResponse { Header = WatchStreamValidatorTests.Header(20) });
                etcd.Send(WatchStreamValidatorTests.Events(21, Put("Port", Poison, 15)));
                return 20;
            case EtcdWatchAnomaly.SplitRevision:
                // The first half looks complete and is applied; the second half gives the split away, is refused, and the
                // re-read brings the whole revision (here it sets Name, and Port back to its value).
                etcd.SetStore(12, ("/p/Port", "9002", 12), ("/p/Name", "split", 12));
                etcd.Send(WatchStreamValidatorTests.Events(12, Put("Name", "split", 12)));
                etcd.Send(WatchStreamValidatorTests.Events(12, Put("Port", Poison, 12)));
                return 12;
            default:
                etcd.SetStore(12, ("/p/Port", "9002", 11));
                etcd.Send(new WatchResponse { Header = WatchStreamValidatorTests.Header(12), CompactRevision = 5, Events = { Put("Port", Poison, 12) } });
                return 12;
        }
    }

    private static Mvccpb.Event Put(string key, string value, long revision) => WatchStreamValidatorTests.Put(key, revision, value);
}
