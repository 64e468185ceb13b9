namespace Veltrix;

/// <summary>What a call to <see cref="LiveConfig{T}.Reload"/> did.</summary>
public enum ReloadResult
{
    /// <summary>The sources were read and bound, and no key changed: nobody was notified.</summary>
    Unchanged = 0,

    /// <summary>A new snapshot was published and <see cref="LiveConfig{T}.Changed"/> was raised.</summary>
    Changed,

    /// <summary>
    /// The sources did not load, bind or validate: the previous snapshot keeps serving and
    /// <see cref="LiveConfig{T}.ReloadFailed"/> was raised.
    /// </summary>
    Failed,
}
