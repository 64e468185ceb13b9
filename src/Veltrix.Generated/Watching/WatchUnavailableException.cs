using System;
using System.IO;

namespace Veltrix;

/// <summary>The operating system refused to create a watcher, typically because a per-user limit is reached.</summary>
internal sealed class WatchUnavailableException : IOException
{
    public WatchUnavailableException(string message)
        : base(message)
    {
    }

    public WatchUnavailableException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public WatchUnavailableException()
    {
    }
}
