using System.Collections.Immutable;

namespace Veltrix.Etcd;

/// <summary>
/// The keys under the prefix as of one revision. Immutable: a new revision makes a new state, so a reload that
/// reads it sees every key of that revision and none of a later one (a transaction is never split).
/// </summary>
/// <param name="Revision">The etcd revision this state is complete up to.</param>
/// <param name="Entries">The keys, sorted, full etcd keys.</param>
internal sealed record EtcdState(long Revision, ImmutableSortedDictionary<string, EtcdEntry> Entries)
{
    /// <summary>An empty state before any read.</summary>
    public static EtcdState Empty { get; } = new(0, ImmutableSortedDictionary.Create<string, EtcdEntry>(System.StringComparer.Ordinal));
}
