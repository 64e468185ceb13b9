namespace Veltrix;

/// <summary>Receives a watched directory's events. Calls arrive on the hub's thread and must not block.</summary>
internal interface IDirectoryWatchListener
{
    /// <summary>An entry was created, written, deleted, renamed (either name) or had its attributes changed.</summary>
    /// <param name="name">The entry's name within the directory.</param>
    void OnEntryChanged(string name);

    /// <summary>
    /// A write to an entry finished: a writer closed it after writing, or another entry was renamed onto its name.
    /// Only hubs that can tell (inotify's <c>IN_CLOSE_WRITE</c> and <c>IN_MOVED_TO</c>) call it; the others report
    /// every event through <see cref="OnEntryChanged"/>, which is also what a listener that makes no difference gets.
    /// </summary>
    /// <param name="name">The entry's name within the directory.</param>
    void OnEntryWritten(string name) => OnEntryChanged(name);

    /// <summary>The directory itself was deleted or moved away; this subscription delivers nothing more.</summary>
    void OnDirectoryLost();

    /// <summary>Events were dropped (the kernel queue overflowed); anything may have changed.</summary>
    void OnOverflow();
}
