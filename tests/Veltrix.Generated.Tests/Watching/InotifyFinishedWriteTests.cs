using Veltrix.Tests.Infrastructure;
using static Veltrix.Tests.Watching.WatchTestKit;

namespace Veltrix.Tests.Watching;

/// <summary>
/// The inotify hub tells a finished write (close after writing, rename onto the name) from the events before it, so
/// that a watched file can read a finished save at once.
/// </summary>
[Collection(SerialTests.Name)]
public sealed class InotifyFinishedWriteTests
{
    [Fact]
    public void InPlaceSave_ModificationsThenClose_CloseIsTheFinishedWriteAndComesLast()
    {
        using var watched = new WatchedSave();
        var (path, listener) = (watched.Path, watched.Listener);

        WriteInPlace(path, Json(2, "two"));

        Assert.True(listener.WaitFor(FileName, written: true), "no finished write was reported");
        var events = listener.Events.Where(e => e.Name == FileName).ToList();
        Assert.Contains((FileName, false), events);
        Assert.Equal((FileName, true), events[^1]);
    }

    [Fact]
    public void RenameOverTheFile_MovedToIsTheFinishedWriteOfTheTarget()
    {
        using var watched = new WatchedSave();
        var (path, listener) = (watched.Path, watched.Listener);

        WriteByRename(path, Json(2, "two"));

        Assert.True(listener.WaitFor(FileName, written: true), "the rename onto the file was not reported as a finished write");
        Assert.Equal((FileName, true), listener.Events.First(e => e.Name == FileName));
    }

    [Fact]
    public void AttributeChange_NoWrite_NotAFinishedWrite()
    {
        using var watched = new WatchedSave();
        var (path, listener) = (watched.Path, watched.Listener);

        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));

        Assert.True(listener.WaitFor(FileName, written: false), "the attribute change was not reported");
        Assert.DoesNotContain((FileName, true), listener.Events);
    }

    /// <summary>A file written with a first document, in a directory the hub watches.</summary>
    private sealed class WatchedSave : IDisposable
    {
        private readonly TempDirectory _directory = new();
        private readonly InotifyWatchHub _hub = new();
        private readonly IDisposable _subscription;

        public WatchedSave()
        {
            Path = _directory.Combine(FileName);
            File.WriteAllText(Path, Json(1, "one"));
            _subscription = _hub.Watch(_directory.Path, Listener);
        }

        public string Path { get; }

        public Listener Listener { get; } = new();

        public void Dispose()
        {
            _subscription.Dispose();
            _hub.Dispose();
            _directory.Dispose();
        }
    }

    /// <summary>Records every entry event in order, with whether it was a finished write.</summary>
    private sealed class Listener : IDirectoryWatchListener
    {
        private readonly Lock _gate = new();
        private readonly List<(string Name, bool Written)> _events = [];

        public IReadOnlyList<(string Name, bool Written)> Events
        {
            get
            {
                lock (_gate)
                {
                    return [.. _events];
                }
            }
        }

        public void OnEntryChanged(string name) => Add(name, written: false);

        public void OnEntryWritten(string name) => Add(name, written: true);

        public void OnDirectoryLost()
        {
        }

        public void OnOverflow()
        {
        }

        public bool WaitFor(string name, bool written)
            => SpinWait.SpinUntil(() => Events.Contains((name, written)), WatchTimeouts.Default);

        private void Add(string name, bool written)
        {
            lock (_gate)
            {
                _events.Add((name, written));
            }
        }
    }
}
