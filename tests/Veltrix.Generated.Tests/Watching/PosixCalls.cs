using System.Runtime.InteropServices;

namespace Veltrix.Tests.Watching;

/// <summary>The few libc calls the watching tests need and .NET does not expose.</summary>
internal static class PosixCalls
{
    public const int EMFILE = 24;

    /// <summary>
    /// rename(2): atomically replaces <paramref name="to"/>, even when both are symbolic links to directories
    /// (<c>File.Move</c> follows the link and refuses a directory).
    /// </summary>
    public static void Rename(string from, string to)
    {
        if (NativeRename(Utf8Z(from), Utf8Z(to)) != 0)
        {
            throw new IOException($"rename('{from}', '{to}') failed: errno {Marshal.GetLastPInvokeError()}.");
        }
    }

    /// <summary>inotify_init1(IN_CLOEXEC); returns the descriptor, or -1 with the errno in <paramref name="errno"/>.</summary>
    public static int InotifyInit(out int errno)
    {
        var fd = NativeInotifyInit(0x80000);
        errno = fd < 0 ? Marshal.GetLastPInvokeError() : 0;
        return fd;
    }

    public static void Close(int fd) => _ = NativeClose(fd);

    /// <summary>The path as the NUL-terminated UTF-8 bytes libc takes.</summary>
    private static byte[] Utf8Z(string path) => System.Text.Encoding.UTF8.GetBytes(path + "\0");

    [DllImport("libc", EntryPoint = "rename", SetLastError = true)]
    private static extern int NativeRename(byte[] from, byte[] to);

    [DllImport("libc", EntryPoint = "inotify_init1", SetLastError = true)]
    private static extern int NativeInotifyInit(int flags);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    private static extern int NativeClose(int fd);
}
