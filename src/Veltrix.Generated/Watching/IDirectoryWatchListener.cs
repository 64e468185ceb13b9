namespace Veltrix;

/// <summary>Receives a watched directory's events. Calls arrive on the hub's thread and must not block.</summary>
internal interface IDirectoryWatchListener
{
    /// <summary>An entry was created, written, deleted, renamed (either name) or had its attributes changed.</summary>
    /// <param name="name">The entry's name within the directory.</param>
    void OnEntryChanged(string name);

    /// <summary>The directory itself was deleted or moved away; this subscription delivers nothing more.</summary>
    void OnDirectoryLost();

    /// <summary>Events were dropped (the kernel queue overflowed); anything may have changed.</summary>
    void OnOverflow();
}
