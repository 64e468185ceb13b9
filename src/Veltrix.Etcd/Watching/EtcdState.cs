using System.Collections.Immutable;
using System.Threading;

namespace Veltrix.Etcd;

/// <summary>
/// The keys under the prefix as of one revision. Immutable: a new revision makes a new state, so a reload that
/// reads it sees every key of that revision and none of a later one (a transaction is never split).
/// </summary>
/// <param name="Revision">The etcd revision this state is complete up to.</param>
/// <param name="Entries">The keys, sorted, full etcd keys.</param>
internal sealed record EtcdState(long Revision, ImmutableSortedDictionary<string, EtcdEntry> Entries)
{
    private static long _lastSerial;

    /// <summary>An empty state before any read.</summary>
    public static EtcdState Empty { get; } = new(0, ImmutableSortedDictionary.Create<string, EtcdEntry>(System.StringComparer.Ordinal));

    /// <summary>
    /// Unique to this state in the process: the version a load declares for it. Not the revision: a re-read after a
    /// rejected watch response can bring other keys at the revision already applied.
    /// </summary>
    public long Serial { get; } = Interlocked.Increment(ref _lastSerial);
}
