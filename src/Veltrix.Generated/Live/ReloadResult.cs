namespace Veltrix;

/// <summary>What a call to <see cref="LiveConfig{T}.Reload"/> did.</summary>
public enum ReloadResult
{
    /// <summary>
    /// No key changed, and nobody was notified: either every source reported the data of the last successful load
    /// (<see cref="IVersionedConfigSource"/>), or the sources were read and bound into a snapshot equal to the current one.
    /// </summary>
    Unchanged = 0,

    /// <summary>A new snapshot was published and <see cref="LiveConfig{T}.Changed"/> was raised.</summary>
    Changed,

    /// <summary>
    /// The sources did not load, bind or validate: the previous snapshot keeps serving and
    /// <see cref="LiveConfig{T}.ReloadFailed"/> was raised (for a run of identical failures, at its 1st, 10th,
    /// 100th… occurrence).
    /// </summary>
    Failed,

    /// <summary>
    /// Called from a handler of the configuration while it delivered a reload's events: the reload runs on the same
    /// thread once every handler of that delivery has returned, so that handlers see generations in order.
    /// </summary>
    Deferred,
}
