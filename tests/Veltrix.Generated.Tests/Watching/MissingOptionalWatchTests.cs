using System.Runtime.ExceptionServices;
using Veltrix.Tests.Infrastructure;
using static Veltrix.Tests.Watching.WatchTestKit;

namespace Veltrix.Tests.Watching;

/// <summary>
/// The watcher of an optional file finds it missing as a normal outcome, as the load does: a delete is checked and
/// reported without an exception thrown and caught on the watcher's thread.
/// </summary>
[Collection(SerialTests.Name)]
public sealed class MissingOptionalWatchTests
{
    [Fact]
    public void OptionalFileDeleted_WatcherChecksIt_ThrowsNothingNamingThePath()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine(FileName);
        File.WriteAllText(path, Json(2, "two"));
        using var config = VeltrixConfiguration.CreateBuilder<FileWatchSettings>()
            .SetBasePath(dir.Path)
            .WithFileWatching(new FileWatchOptions { UsePolling = false })
            .AddJsonFile(FileName, optional: true, reloadOnChange: true)
            .Build();
        using var events = new EventRecorder<FileWatchSettings>(config);

        // The watcher runs on its own threads: count any first-chance exception whose message names this test's
        // directory, which no other test uses.
        var thrown = 0;
        void OnFirstChance(object? sender, FirstChanceExceptionEventArgs e)
        {
            if (e.Exception.Message.Contains(dir.Path, StringComparison.Ordinal))
            {
                Interlocked.Increment(ref thrown);
            }
        }

        AppDomain.CurrentDomain.FirstChanceException += OnFirstChance;
        try
        {
            File.Delete(path);
            Assert.True(events.WaitForChanges(1), "the delete was not reported");
            Assert.Equal(new FileWatchSettings().Port, config.Current.Port);

            // A write and a second delete: the file is checked missing once more.
            WriteInPlace(path, Json(3, "three"));
            Assert.True(events.WaitForChanges(2), "the new file was not reported");
            File.Delete(path);
            Assert.True(events.WaitForChanges(3), "the second delete was not reported");
        }
        finally
        {
            AppDomain.CurrentDomain.FirstChanceException -= OnFirstChance;
        }

        Assert.Equal(0, Volatile.Read(ref thrown));
        Assert.Empty(events.Failures);
    }
}
