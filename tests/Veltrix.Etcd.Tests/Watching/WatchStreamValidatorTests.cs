using Etcdserverpb;
using Google.Protobuf;
using Mvccpb;

namespace Veltrix.Etcd.Tests.Watching;

/// <summary>The stream checks on their own, fed the responses a misbehaving server would send.</summary>
public sealed class WatchStreamValidatorTests
{
    private readonly WatchStreamValidator _validator = new();
    private readonly List<List<Event>> _groups = [];

    public WatchStreamValidatorTests() => _validator.Reset(10, newStream: false);

    [Fact]
    public void OrderedEvents_SeveralRevisions_GroupedByRevisionAndApplied()
    {
        var verdict = Check(Events(13, Put("a", 11), Put("b", 11), Delete("a", 12)));

        Assert.Equal(WatchVerdict.Apply, verdict);
        Assert.Equal([2, 1], _groups.Select(g => g.Count));
        Assert.Equal(12, _validator.AppliedRevision);
    }

    [Fact]
    public void CreatedAndProgress_NoEvents_NothingToApply()
    {
        Assert.Equal(WatchVerdict.Nothing, Check(new WatchResponse { Header = Header(10), Created = true }));
        Assert.Equal(WatchVerdict.Nothing, Check(new WatchResponse { Header = Header(20) }));
        Assert.Equal(10, _validator.AppliedRevision);
    }

    [Fact]
    public void Compaction_WithoutEvents_AsksForAReRead()
        => Assert.Equal(WatchVerdict.Compacted, Check(new WatchResponse { Header = Header(30), CompactRevision = 25, Canceled = true }));

    [Fact]
    public void DuplicateEvent_SameKeyAndRevisionAgain_Rejected()
    {
        Check(Events(11, Put("a", 11)));

        AssertAnomaly(EtcdWatchAnomaly.DuplicateEvent, Events(11, Put("a", 11)));
    }

    [Fact]
    public void DuplicateEvent_WithinOneResponse_Rejected()
        => AssertAnomaly(EtcdWatchAnomaly.DuplicateEvent, Events(11, Put("a", 11), Put("a", 11)));

    [Fact]
    public void RevisionLowerThanApplied_Rejected()
        => AssertAnomaly(EtcdWatchAnomaly.RevisionDecreased, Events(12, Put("a", 9)));

    [Fact]
    public void EventsOutOfOrderWithinAResponse_Rejected()
        => AssertAnomaly(EtcdWatchAnomaly.RevisionDecreased, Events(13, Put("a", 12), Put("b", 11)));

    [Fact]
    public void HeaderRevisionGoingBack_Rejected()
    {
        Check(new WatchResponse { Header = Header(20) });

        AssertAnomaly(EtcdWatchAnomaly.RevisionDecreased, Events(15, Put("a", 15)));
    }

    [Fact]
    public void GapExposedByProgress_EventAtOrBelowAProgressRevision_Rejected()
    {
        // The server said every event up to 20 was sent, then sends one from 18: an event was lost or delayed.
        Check(new WatchResponse { Header = Header(20) });

        AssertAnomaly(EtcdWatchAnomaly.GapAfterProgress, Events(21, Put("a", 18)));
    }

    [Fact]
    public void SplitRevision_MoreEventsOfTheAppliedRevision_Rejected()
    {
        Check(Events(11, Put("a", 11)));

        AssertAnomaly(EtcdWatchAnomaly.SplitRevision, Events(11, Put("b", 11)));
    }

    [Fact]
    public void CompactionWithEvents_Rejected()
        => AssertAnomaly(EtcdWatchAnomaly.CompactionWithEvents, new WatchResponse { Header = Header(30), CompactRevision = 25, Events = { Put("a", 26) } });

    [Fact]
    public void AfterARejection_NothingWasMarkedApplied()
    {
        Check(Events(11, Put("a", 11)));

        AssertAnomaly(EtcdWatchAnomaly.DuplicateEvent, Events(12, Put("b", 12), Put("b", 12)));

        Assert.Equal(11, _validator.AppliedRevision);
    }

    private void AssertAnomaly(EtcdWatchAnomaly expected, WatchResponse response)
    {
        Assert.Equal(WatchVerdict.Anomaly, _validator.Check(response, _groups, out var anomaly));
        Assert.Equal(expected, anomaly);
        Assert.Empty(_groups);
    }

    private WatchVerdict Check(WatchResponse response) => _validator.Check(response, _groups, out _);

    internal static WatchResponse Events(long header, params Event[] events)
    {
        var response = new WatchResponse { Header = Header(header) };
        response.Events.AddRange(events);
        return response;
    }

    internal static ResponseHeader Header(long revision) => new() { Revision = revision };

    internal static Event Put(string key, long revision, string value = "1")
        => new() { Type = Event.Types.EventType.Put, Kv = new KeyValue { Key = ByteString.CopyFromUtf8("/p/" + key), Value = ByteString.CopyFromUtf8(value), ModRevision = revision } };

    internal static Event Delete(string key, long revision)
        => new() { Type = Event.Types.EventType.Delete, Kv = new KeyValue { Key = ByteString.CopyFromUtf8("/p/" + key), ModRevision = revision } };
}
