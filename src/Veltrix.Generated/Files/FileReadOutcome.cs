namespace Veltrix;

/// <summary>What reading a configuration file gave.</summary>
internal enum FileReadOutcome
{
    /// <summary>The whole file is in the buffer.</summary>
    Read,

    /// <summary>The file, or a directory on its path, does not exist.</summary>
    Missing,

    /// <summary>The file is over the size limit.</summary>
    TooLarge,

    /// <summary>The file exists but could not be read (permissions, a directory in its place, a device error).</summary>
    Unreadable,
}
