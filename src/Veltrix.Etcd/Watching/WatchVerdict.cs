namespace Veltrix.Etcd;

/// <summary>What <see cref="WatchStreamValidator.Check"/> made of one watch response.</summary>
internal enum WatchVerdict
{
    /// <summary>Ordered, new events, grouped by revision: apply each group.</summary>
    Apply,

    /// <summary>No events: a creation, cancellation or progress notification.</summary>
    Nothing,

    /// <summary>The start revision was compacted: re-read the prefix.</summary>
    Compacted,

    /// <summary>The response breaks the stream's guarantees: apply nothing and re-read the prefix.</summary>
    Anomaly,
}
