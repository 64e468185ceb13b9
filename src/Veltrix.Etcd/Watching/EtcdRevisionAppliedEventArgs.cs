using System;
using System.Collections.Generic;

namespace Veltrix.Etcd;

/// <summary>One revision applied by an <see cref="EtcdConfigSource"/>, after its reload ran.</summary>
public sealed class EtcdRevisionAppliedEventArgs : EventArgs
{
    /// <summary>Creates the arguments.</summary>
    /// <param name="revision">The etcd revision.</param>
    /// <param name="kind">How it arrived.</param>
    /// <param name="etcdKeys">The etcd keys the revision wrote or deleted; every key under the prefix for a read.</param>
    /// <param name="result">What the reload of the configuration did with it.</param>
    public EtcdRevisionAppliedEventArgs(long revision, EtcdApplyKind kind, IReadOnlyList<string> etcdKeys, ReloadResult result)
    {
        Revision = revision;
        Kind = kind;
        EtcdKeys = etcdKeys;
        Result = result;
    }

    /// <summary>The etcd revision.</summary>
    public long Revision { get; }

    /// <summary>How the revision arrived.</summary>
    public EtcdApplyKind Kind { get; }

    /// <summary>The etcd keys the revision wrote or deleted; every key under the prefix for a read.</summary>
    public IReadOnlyList<string> EtcdKeys { get; }

    /// <summary>What the reload did: <see cref="ReloadResult.Changed"/> published a new generation.</summary>
    public ReloadResult Result { get; }
}
