using System;

namespace Veltrix;

/// <summary>A source that can tell when its data changed, such as a watched file or a key-value store.</summary>
/// <remarks>
/// <see cref="LiveConfig{T}"/> calls <see cref="Watch"/> once, after the first successful load, and disposes the
/// result with itself. The source then calls <see cref="ConfigWatchContext.RequestReload"/> whenever its data
/// may have changed (requests are coalesced; a reload that changes nothing notifies nobody) and
/// <see cref="ConfigWatchContext.ReportHealth"/> when its ability to deliver changes degrades or recovers.
/// </remarks>
public interface IWatchableConfigSource : IConfigSource
{
    /// <summary>Starts watching.</summary>
    /// <param name="context">Where to send reload requests and health reports; valid until the result is disposed.</param>
    /// <returns>What stops watching, or null when this source is not set to watch.</returns>
    IDisposable? Watch(ConfigWatchContext context);
}
