using System;

namespace Veltrix;

/// <summary>
/// A source that can tell cheaply whether its data changed since a load, so that a reload in which no source changed
/// skips merging, binding and validating.
/// </summary>
/// <remarks>
/// <para>
/// Each <see cref="IConfigSource.Load"/> declares the version of exactly the data it wrote with
/// <see cref="ConfigDataBuilder.DeclareVersion"/>: a hash of the content, a revision, a change counter. Before
/// reloading, <see cref="LiveConfig{T}"/> asks each source whether its data still has the version that the last
/// successful load declared. When every source answers no, the reload returns <see cref="ReloadResult.Unchanged"/>
/// without loading anything, and the current snapshot, its origins and its unknown keys stand. One yes, a source that
/// does not implement this interface, a load that declared no version, or a previous reload that failed makes the
/// reload load every source.
/// </para>
/// <para>
/// Answer from the data itself, never from the absence of a notification: an explicit
/// <see cref="LiveConfig{T}.Reload"/> must see a change that no watcher reported. When in doubt, answer yes. A source
/// may keep what it read to answer yes for the <see cref="IConfigSource.Load"/> that follows, so that a change is read
/// once; <see cref="IConfigSource.Load"/> can follow a no as well, when another source changed.
/// </para>
/// </remarks>
public interface IVersionedConfigSource : IConfigSource
{
    /// <summary>Whether the data the next load would write may differ from the data that had <paramref name="version"/>.</summary>
    /// <param name="version">The version a successful load of this source declared.</param>
    /// <returns>False only when the data is certainly the same; true when it changed or cannot be told.</returns>
    bool HasChangedSince(UInt128 version);
}
