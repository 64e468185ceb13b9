namespace Veltrix;

/// <summary>
/// A versioned source that keeps what it read to answer <see cref="IVersionedConfigSource.HasChangedSince"/> even when
/// it answered no, for a load in the same reload (a source after it changed): <see cref="LiveConfig{T}"/> says when
/// that reload is over, so that nothing kept outlives it and no later load takes it for current.
/// </summary>
internal interface IReloadScopedSource
{
    /// <summary>Drops whatever was kept from answering in the reload now ending that no load took.</summary>
    void EndReload();
}
