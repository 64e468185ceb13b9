using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;

namespace Veltrix;

/// <summary>
/// Every watched directory of the process on one inotify instance, read by one background thread.
/// </summary>
/// <remarks>
/// <see cref="FileSystemWatcher"/> creates an inotify instance per watcher, and the default per-user limit is 128:
/// a host with a few dozen configurations, or a test run, exhausts it and every later watcher throws. Here one
/// instance carries one watch per directory, shared by every file in it, whatever the number of configurations.
/// </remarks>
internal sealed partial class InotifyWatchHub : DirectoryWatchHub, IDisposable
{
    private const uint InModify = 0x2;
    private const uint InAttrib = 0x4;
    private const uint InCloseWrite = 0x8;
    private const uint InMovedFrom = 0x40;
    private const uint InMovedTo = 0x80;
    private const uint InCreate = 0x100;
    private const uint InDelete = 0x200;
    private const uint InDeleteSelf = 0x400;
    private const uint InMoveSelf = 0x800;
    private const uint InUnmount = 0x2000;
    private const uint InQueueOverflow = 0x4000;
    private const uint InIgnored = 0x8000;
    private const uint InOnlyDir = 0x01000000;
    private const uint WatchMask = InModify | InAttrib | InCloseWrite | InMovedFrom | InMovedTo | InCreate | InDelete | InDeleteSelf | InMoveSelf | InOnlyDir;

    private const int CloseOnExec = 0x80000;
    private const int NonBlocking = 0x800;
    private const short PollIn = 0x1;
    private const int ENOENT = 2;
    private const int EINTR = 4;
    private const int EAGAIN = 11;
    private const int ENFILE = 23;
    private const int EMFILE = 24;
    private const int ENOSPC = 28;
    private const int ENOTDIR = 20;

    private readonly Lock _lock = new();
    private readonly Dictionary<int, List<IDirectoryWatchListener>> _listeners = [];
    private int _inotify = -1;
    private int _wake = -1;
    private bool _disposed;

    /// <inheritdoc/>
    public override IDisposable Watch(string directory, IDirectoryWatchListener listener)
    {
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            EnsureStarted();
            var wd = AddWatch(_inotify, directory, WatchMask);
            if (wd < 0)
            {
                var errno = Marshal.GetLastPInvokeError();
                throw errno switch
                {
                    ENOENT or ENOTDIR => new DirectoryNotFoundException(string.Concat("The directory '", directory, "' does not exist.")),
                    ENOSPC => new WatchUnavailableException(string.Concat(
                        "The limit on inotify watches (fs.inotify.max_user_watches = ", ReadLimit("max_user_watches"), ") is reached.")),
                    _ => new WatchUnavailableException(string.Create(CultureInfo.InvariantCulture,
                        $"inotify could not watch '{directory}': {Marshal.GetPInvokeErrorMessage(errno)} (errno {errno}).")),
                };
            }

            if (!_listeners.TryGetValue(wd, out var list))
            {
                list = [];
                _listeners.Add(wd, list);
            }

            list.Add(listener);
            return new Subscription(this, wd, listener);
        }
    }

    /// <summary>Stops the reader thread and closes the instance. The shared hub is never disposed.</summary>
    public void Dispose()
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _listeners.Clear();
            if (_wake >= 0)
            {
                // The reader thread owns both descriptors from here: it closes them when it wakes.
                Signal(_wake);
            }
        }
    }

    /// <summary>How many instances this hub holds (0 or 1); tests read it.</summary>
    internal int InstanceCount
    {
        get
        {
            lock (_lock)
            {
                return _inotify >= 0 ? 1 : 0;
            }
        }
    }

    private void EnsureStarted()
    {
        if (_inotify >= 0)
        {
            return;
        }

        // Not cached on failure: an instance another process frees later makes a later watch work.
        var inotify = InotifyInit(CloseOnExec | NonBlocking);
        if (inotify < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            throw new WatchUnavailableException(errno == EMFILE
                ? string.Concat("The limit on inotify instances (fs.inotify.max_user_instances = ", ReadLimit("max_user_instances"), ") is reached.")
                : string.Create(CultureInfo.InvariantCulture, $"inotify is unavailable: {Marshal.GetPInvokeErrorMessage(errno)} (errno {errno})."));
        }

        var wake = EventFd(0, CloseOnExec | NonBlocking);
        if (wake < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            _ = Close(inotify);
            throw new WatchUnavailableException(errno is EMFILE or ENFILE
                ? "The limit on open files is reached."
                : string.Create(CultureInfo.InvariantCulture, $"The watcher could not start: {Marshal.GetPInvokeErrorMessage(errno)} (errno {errno})."));
        }

        _inotify = inotify;
        _wake = wake;
        var thread = new Thread(static state => ((InotifyWatchHub)state!).ReadLoop(), 256 * 1024)
        {
            IsBackground = true,
            Name = "Veltrix file watcher",
        };
        thread.Start(this);
    }

    private void Remove(int wd, IDirectoryWatchListener listener)
    {
        lock (_lock)
        {
            if (!_listeners.TryGetValue(wd, out var list) || !list.Remove(listener) || list.Count > 0)
            {
                return;
            }

            _listeners.Remove(wd);

            // EINVAL when the kernel already dropped the watch (directory deleted): nothing left to undo.
            _ = RemoveWatch(_inotify, wd);
        }
    }

    private unsafe void ReadLoop()
    {
        var buffer = new byte[64 * 1024];
        var fds = stackalloc PollFd[2];
        int inotify;
        int wake;
        lock (_lock)
        {
            inotify = _inotify;
            wake = _wake;
        }

        while (true)
        {
            fds[0] = new PollFd { Fd = inotify, Events = PollIn };
            fds[1] = new PollFd { Fd = wake, Events = PollIn };
            if (Poll(fds, 2, -1) < 0 && Marshal.GetLastPInvokeError() != EINTR)
            {
                break;
            }

            if (fds[1].Revents != 0 || Volatile.Read(ref _disposed))
            {
                break;
            }

            nint read;
            fixed (byte* p = buffer)
            {
                read = Read(inotify, p, (nuint)buffer.Length);
            }

            if (read < 0)
            {
                var errno = Marshal.GetLastPInvokeError();
                if (errno is EAGAIN or EINTR)
                {
                    continue;
                }

                break;
            }

            Dispatch(buffer.AsSpan(0, (int)read));
        }

        List<IDirectoryWatchListener> orphans = [];
        lock (_lock)
        {
            _ = Close(inotify);
            _ = Close(wake);
            _inotify = -1;
            _wake = -1;

            // A hub that stopped for an unexpected error tells everyone, so that they re-arm or poll.
            if (!_disposed)
            {
                _disposed = true;
                foreach (var list in _listeners.Values)
                {
                    orphans.AddRange(list);
                }

                _listeners.Clear();
            }
        }

        foreach (var listener in orphans)
        {
            Deliver(listener, EventKind.Lost, string.Empty);
        }
    }

    private void Dispatch(ReadOnlySpan<byte> events)
    {
        // struct inotify_event { int wd; uint32 mask; uint32 cookie; uint32 len; char name[len]; }
        while (events.Length >= 16)
        {
            var wd = MemoryMarshal.Read<int>(events);
            var mask = MemoryMarshal.Read<uint>(events[4..]);
            var nameLength = (int)MemoryMarshal.Read<uint>(events[12..]);
            var nameBytes = events.Slice(16, nameLength);
            var terminator = nameBytes.IndexOf((byte)0);
            var name = Encoding.UTF8.GetString(terminator < 0 ? nameBytes : nameBytes[..terminator]);
            events = events[(16 + nameLength)..];

            if ((mask & InQueueOverflow) != 0)
            {
                foreach (var listener in AllListeners())
                {
                    Deliver(listener, EventKind.Overflow, string.Empty);
                }

                continue;
            }

            IDirectoryWatchListener[] targets;
            var lost = (mask & (InIgnored | InDeleteSelf | InMoveSelf | InUnmount)) != 0;
            lock (_lock)
            {
                if (!_listeners.TryGetValue(wd, out var list))
                {
                    continue;
                }

                targets = list.ToArray();
                if (lost)
                {
                    // The path no longer leads to the watched directory; listeners re-arm from its nearest ancestor.
                    _listeners.Remove(wd);
                    if ((mask & InIgnored) == 0)
                    {
                        _ = RemoveWatch(_inotify, wd);
                    }
                }
            }

            if (lost)
            {
                foreach (var listener in targets)
                {
                    Deliver(listener, EventKind.Lost, string.Empty);
                }
            }
            else if (name.Length > 0)
            {
                // A close after writing, or a rename onto the name, ends a save; a modification may be one of many.
                var kind = (mask & (InCloseWrite | InMovedTo)) != 0 ? EventKind.Written : EventKind.Entry;
                foreach (var listener in targets)
                {
                    Deliver(listener, kind, name);
                }
            }
        }
    }

    private List<IDirectoryWatchListener> AllListeners()
    {
        lock (_lock)
        {
            var all = new List<IDirectoryWatchListener>();
            foreach (var list in _listeners.Values)
            {
                all.AddRange(list);
            }

            return all;
        }
    }

    private static void Deliver(IDirectoryWatchListener listener, EventKind kind, string name)
    {
        try
        {
            switch (kind)
            {
                case EventKind.Entry:
                    listener.OnEntryChanged(name);
                    break;
                case EventKind.Written:
                    listener.OnEntryWritten(name);
                    break;
                case EventKind.Lost:
                    listener.OnDirectoryLost();
                    break;
                default:
                    listener.OnOverflow();
                    break;
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A listener only schedules work; one that throws must not stop the thread every other file relies on.
        }
    }

    private static unsafe void Signal(int eventFd)
    {
        ulong one = 1;
        _ = Write(eventFd, (byte*)&one, sizeof(ulong));
    }

    private static string ReadLimit(string name)
    {
        try
        {
            return File.ReadAllText(string.Concat("/proc/sys/fs/inotify/", name)).Trim();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "unknown";
        }
    }

    [LibraryImport("libc", EntryPoint = "inotify_init1", SetLastError = true)]
    private static partial int InotifyInit(int flags);

    [LibraryImport("libc", EntryPoint = "inotify_add_watch", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int AddWatch(int fd, string path, uint mask);

    [LibraryImport("libc", EntryPoint = "inotify_rm_watch", SetLastError = true)]
    private static partial int RemoveWatch(int fd, int wd);

    [LibraryImport("libc", EntryPoint = "eventfd", SetLastError = true)]
    private static partial int EventFd(uint initial, int flags);

    [LibraryImport("libc", EntryPoint = "poll", SetLastError = true)]
    private static unsafe partial int Poll(PollFd* fds, nuint count, int timeout);

    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    private static unsafe partial nint Read(int fd, byte* buffer, nuint count);

    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    private static unsafe partial nint Write(int fd, byte* buffer, nuint count);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int fd);

    private enum EventKind
    {
        Entry,
        Written,
        Lost,
        Overflow,
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct PollFd
    {
        public int Fd;
        public short Events;
        public short Revents;
    }

    private sealed class Subscription(InotifyWatchHub hub, int wd, IDirectoryWatchListener listener) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                hub.Remove(wd, listener);
            }
        }
    }
}
