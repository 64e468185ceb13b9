using Veltrix.Tests.Infrastructure;
using static Veltrix.Tests.Watching.WatchTestKit;

namespace Veltrix.Tests.Watching;

/// <summary>
/// The bytes a watcher check read are the ones the reload it requested loads, and the reload keeps nothing of them
/// afterwards: the next reload compares the file with what was loaded and finds nothing to do.
/// </summary>
[Collection(SerialTests.Name)]
public sealed class HandOverTests
{
    [Fact]
    public void Save_AppliedByTheWatcher_LeavesNothingHandedOverAndTheNextReloadUnchanged()
    {
        using var dir = new TempDirectory();
        using var config = Build(dir, Json(1, "one"));
        var source = Assert.IsType<JsonFileSource>(config.Sources[0]);
        using var events = new EventRecorder<FileWatchSettings>(config);

        WriteInPlace(dir.Combine(FileName), Json(2, "two"));

        Assert.True(events.WaitForChanges(1), "the save was not applied");
        Assert.False(source.HasCheckedContent);
        Assert.Equal(ReloadResult.Unchanged, config.Reload());
        Assert.Equal((2L, 2), (config.Generation, config.Current.Port));
        Assert.Empty(events.Failures);
    }
}
