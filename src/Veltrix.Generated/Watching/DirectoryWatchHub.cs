using System;
using System.IO;

namespace Veltrix;

/// <summary>
/// Watches directories (not recursively) and tells listeners which entry changed. One hub serves the whole
/// process, so that any number of configurations and files costs one operating-system watcher instance.
/// </summary>
internal abstract class DirectoryWatchHub
{
    private static readonly Lazy<DirectoryWatchHub> SharedHub = new(
        static () => OperatingSystem.IsLinux() ? new InotifyWatchHub() : new FileSystemWatcherHub());

    /// <summary>The process-wide hub: one inotify instance on Linux, a <see cref="FileSystemWatcher"/> per directory elsewhere.</summary>
    public static DirectoryWatchHub Shared => SharedHub.Value;

    /// <summary>Starts delivering the events of <paramref name="directory"/> to <paramref name="listener"/>.</summary>
    /// <param name="directory">The full path of an existing directory.</param>
    /// <param name="listener">Called on the hub's thread; must return quickly and not throw.</param>
    /// <returns>Disposing it stops the delivery.</returns>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist (any more).</exception>
    /// <exception cref="WatchUnavailableException">The operating system refused a watcher (a limit is reached).</exception>
    public abstract IDisposable Watch(string directory, IDirectoryWatchListener listener);
}
