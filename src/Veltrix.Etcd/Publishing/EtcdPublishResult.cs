using System.Collections.Generic;

namespace Veltrix.Etcd;

/// <summary>What <see cref="EtcdConfigPublisher"/> wrote.</summary>
/// <param name="Revision">The revision of the transaction; the current revision when nothing needed writing.</param>
/// <param name="Written">The etcd keys put, because they are new or their value changed.</param>
/// <param name="Deleted">The etcd keys deleted, because the file no longer has them.</param>
public sealed record EtcdPublishResult(long Revision, IReadOnlyList<string> Written, IReadOnlyList<string> Deleted)
{
    /// <summary>Whether the publish changed nothing (no transaction was sent).</summary>
    public bool Unchanged => Written.Count == 0 && Deleted.Count == 0;
}
