using System.Globalization;

namespace Veltrix.Tests.Watching;

/// <summary>What the kernel says about this process's inotify use, read from /proc/self.</summary>
internal static class InotifyProbe
{
    /// <summary>The descriptors of this process that are inotify instances.</summary>
    public static IReadOnlySet<int> Instances()
    {
        var result = new HashSet<int>();
        foreach (var entry in Directory.EnumerateFileSystemEntries("/proc/self/fd"))
        {
            try
            {
                if (new FileInfo(entry).LinkTarget is { } target && target.Contains("inotify", StringComparison.Ordinal))
                {
                    result.Add(int.Parse(Path.GetFileName(entry), CultureInfo.InvariantCulture));
                }
            }
            catch (IOException)
            {
                // The descriptor closed while we looked (the enumeration's own one, among others).
            }
        }

        return result;
    }

    /// <summary>How many watches one inotify instance holds: its <c>inotify wd:</c> lines in /proc/self/fdinfo.</summary>
    public static int Watches(int fd)
    {
        try
        {
            return File.ReadLines($"/proc/self/fdinfo/{fd}").Count(line => line.StartsWith("inotify wd:", StringComparison.Ordinal));
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary>How many watches every inotify instance of the process holds together.</summary>
    public static int AllWatches() => Instances().Sum(Watches);
}
