using System;

namespace Veltrix;

/// <summary>
/// What <see cref="WatchedFile"/> needs from the source of the file it watches: where the file is, what the last load
/// read, how to tell a whole file from one still being written, and where to hand the bytes it checked.
/// </summary>
internal interface IWatchedFileSource
{
    /// <summary>The full path of the file.</summary>
    string Path { get; }

    /// <summary>Whether a missing file is allowed (then its absence is not a failure).</summary>
    bool Optional { get; }

    /// <summary>How the file is watched.</summary>
    FileWatchOptions WatchOptions { get; }

    /// <summary>The file-size limit of the last load, which the watcher's reads respect too.</summary>
    long MaxFileBytes { get; }

    /// <summary>What the last load read: a hash of the bytes, or why there were none.</summary>
    FileContentState Loaded { get; }

    /// <summary>Whether <paramref name="content"/> is a whole document in the source's format (not a torn write).</summary>
    bool IsWellFormed(ReadOnlySpan<byte> content);

    /// <summary>
    /// Hands the next load the content a check found well-formed and changed, which the source then owns, or withdraws
    /// an earlier hand-over when <paramref name="content"/> is null.
    /// </summary>
    void OfferCheckedContent(CheckedContent? content);
}
