using System.Collections.Generic;
using Etcdserverpb;
using Mvccpb;

namespace Veltrix.Etcd;

/// <summary>
/// Checks each watch response against what was already applied before anything of it is applied: revisions only
/// move forward, no event twice, no revision split across responses, nothing at or below a revision a progress
/// notification declared complete, no events beside a compaction notice.
/// </summary>
/// <remarks>
/// Kept apart from the network loop so that it can be fed crafted responses. Debian's etcd 3.4.23 predates fixes for
/// lost, duplicated and reordered watch events (etcd#17529, #18089, #17247, #15271); a client that trusts the stream
/// would apply them silently.
/// </remarks>
internal sealed class WatchStreamValidator
{
    private readonly HashSet<string> _lastRevisionKeys = new(System.StringComparer.Ordinal);
    private long _applied;
    private bool _lastRevisionKeysKnown;
    private long _progress;
    private long _header;

    /// <summary>The last revision applied.</summary>
    public long AppliedRevision => _applied;

    /// <summary>Starts over after a full read at <paramref name="revision"/>, or for a new stream.</summary>
    /// <param name="revision">The revision the state is complete up to.</param>
    /// <param name="newStream">Whether only the stream changed (the applied revision and its keys stay known).</param>
    public void Reset(long revision, bool newStream)
    {
        if (!newStream || revision != _applied)
        {
            _lastRevisionKeys.Clear();
            _lastRevisionKeysKnown = false;
        }

        _applied = revision;
        _progress = 0;
        _header = 0;
    }

    /// <summary>Checks one response; on <see cref="WatchVerdict.Apply"/>, fills <paramref name="groups"/> and marks them applied.</summary>
    /// <param name="response">The response.</param>
    /// <param name="groups">Receives the events grouped by revision, ascending.</param>
    /// <param name="anomaly">The anomaly found, on <see cref="WatchVerdict.Anomaly"/>.</param>
    public WatchVerdict Check(WatchResponse response, List<List<Event>> groups, out EtcdWatchAnomaly anomaly)
    {
        anomaly = default;
        groups.Clear();
        var header = response.Header?.Revision ?? 0;
        if (response.CompactRevision > 0)
        {
            if (response.Events.Count > 0)
            {
                anomaly = EtcdWatchAnomaly.CompactionWithEvents;
                return WatchVerdict.Anomaly;
            }

            return WatchVerdict.Compacted;
        }

        if (header > 0 && header < _header)
        {
            anomaly = EtcdWatchAnomaly.RevisionDecreased;
            return WatchVerdict.Anomaly;
        }

        if (response.Events.Count == 0)
        {
            if (response.Created || response.Canceled)
            {
                // A creation header is the store revision when the watch began, not a promise about our prefix.
                _header = header > _header ? header : _header;
                return WatchVerdict.Nothing;
            }

            // A progress notification: every event up to this revision has been sent.
            if (header > 0 && header < _applied)
            {
                anomaly = EtcdWatchAnomaly.RevisionDecreased;
                return WatchVerdict.Anomaly;
            }

            _header = header > _header ? header : _header;
            _progress = header > _progress ? header : _progress;
            return WatchVerdict.Nothing;
        }

        if (!Validate(response, header, out anomaly))
        {
            return WatchVerdict.Anomaly;
        }

        // Every event passed: group by revision and mark them applied.
        List<Event>? current = null;
        long currentRevision = 0;
        foreach (var e in response.Events)
        {
            var revision = e.Kv.ModRevision;
            if (current is null || revision != currentRevision)
            {
                current = [];
                currentRevision = revision;
                groups.Add(current);
            }

            current.Add(e);
        }

        _lastRevisionKeys.Clear();
        foreach (var e in groups[^1])
        {
            _lastRevisionKeys.Add(e.Kv.Key.ToStringUtf8());
        }

        _lastRevisionKeysKnown = true;
        _applied = currentRevision;
        _header = header > _header ? header : _header;
        return WatchVerdict.Apply;
    }

    private bool Validate(WatchResponse response, long header, out EtcdWatchAnomaly anomaly)
    {
        anomaly = default;
        var previous = 0L;
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var e in response.Events)
        {
            var revision = e.Kv?.ModRevision ?? 0;
            var key = e.Kv?.Key.ToStringUtf8() ?? string.Empty;
            if (revision <= 0 || revision < previous || revision < _applied || (header > 0 && revision > header))
            {
                anomaly = EtcdWatchAnomaly.RevisionDecreased;
                return false;
            }

            if (revision == _applied)
            {
                anomaly = _lastRevisionKeysKnown && !_lastRevisionKeys.Contains(key)
                    ? EtcdWatchAnomaly.SplitRevision
                    : EtcdWatchAnomaly.DuplicateEvent;
                return false;
            }

            if (revision <= _progress)
            {
                anomaly = EtcdWatchAnomaly.GapAfterProgress;
                return false;
            }

            if (revision != previous)
            {
                seen.Clear();
            }

            if (!seen.Add(key))
            {
                anomaly = EtcdWatchAnomaly.DuplicateEvent;
                return false;
            }

            previous = revision;
        }

        return true;
    }
}
