using System.Diagnostics;
using System.Globalization;
using Veltrix.Tests.Infrastructure;

namespace Veltrix.Tests.Watching;

/// <summary>Writes config files the ways editors and deployments do, and builds watched configurations over them.</summary>
internal static class WatchTestKit
{
    public const string FileName = "appsettings.json";

    /// <summary>
    /// How long a test waits before asserting that no further event came. An absence cannot be awaited, so this is
    /// a quiet period: twenty debounce intervals, longer than any retry the watcher schedules for a settled file.
    /// </summary>
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromSeconds(1);

    /// <summary>The content of a valid file; <c>Port</c> is on line 3 and <c>Name</c> on line 4.</summary>
    public static string Json(int port, string name)
        => string.Create(CultureInfo.InvariantCulture, $"{{\n  \"Test\": {{\n    \"Port\": {port},\n    \"Name\": \"{name}\"\n  }}\n}}\n");

    /// <summary>Rewrites the file in place: open with truncation, one write, close (what File.WriteAllText and vim's default do).</summary>
    public static void WriteInPlace(string path, string content) => File.WriteAllText(path, content);

    /// <summary>Writes a sibling temporary file and renames it over the file (what VS Code, JetBrains IDEs and deploy tools do).</summary>
    public static void WriteByRename(string path, string content)
    {
        var temp = Path.Combine(Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + ".tmp");
        File.WriteAllText(temp, content);
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Writes <paramref name="content"/> into a new temp directory and builds a configuration watching it.</summary>
    public static LiveConfig<FileWatchSettings> Build(TempDirectory dir, string content, FileWatchOptions? options = null)
    {
        File.WriteAllText(dir.Combine(FileName), content);
        return VeltrixConfiguration.CreateBuilder<FileWatchSettings>()
            .SetBasePath(dir.Path)
            .WithFileWatching(options ?? new FileWatchOptions { UsePolling = false })
            .AddJsonFile(FileName, optional: false, reloadOnChange: true)
            .Build();
    }

    /// <summary>Milliseconds between two <see cref="Stopwatch.GetTimestamp"/> values.</summary>
    public static double Ms(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;
}
