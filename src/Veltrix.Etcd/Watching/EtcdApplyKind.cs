namespace Veltrix.Etcd;

/// <summary>How a revision reached the source.</summary>
public enum EtcdApplyKind
{
    /// <summary>The events of one revision from the watch.</summary>
    Watch,

    /// <summary>A full re-read after a compacted start revision or a broken stream.</summary>
    Resync,
}
