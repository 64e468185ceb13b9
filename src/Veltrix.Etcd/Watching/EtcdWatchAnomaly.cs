namespace Veltrix.Etcd;

/// <summary>
/// A watch response that breaks etcd's ordering guarantees. The response is not applied, the anomaly is counted,
/// and the source re-reads the prefix at one revision and watches again from there.
/// </summary>
public enum EtcdWatchAnomaly
{
    /// <summary>An event for a key and revision already applied.</summary>
    DuplicateEvent,

    /// <summary>An event older than the last applied revision, events out of order, or a header revision going back.</summary>
    RevisionDecreased,

    /// <summary>An event at or below a revision a progress notification said was complete: an event was lost.</summary>
    GapAfterProgress,

    /// <summary>More events for a revision already applied: one transaction was split across responses.</summary>
    SplitRevision,

    /// <summary>A response that says the start revision was compacted yet carries events.</summary>
    CompactionWithEvents,
}
