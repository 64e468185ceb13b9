using System;
using System.Diagnostics;
using System.IO;
using System.Threading;

namespace Veltrix;

/// <summary>
/// Watches the file of one <see cref="IWatchedFileSource"/>: turns directory events, polls and periodic reconciles into checks, and
/// a check into a reload request only when the file's bytes differ from what the last load read.
/// </summary>
/// <remarks>
/// <para>
/// Events are hints. A check reads the file and hashes it, so one save (several events), a touch, a save of the
/// same bytes or an event for a neighbour reloads at most once and only on a real change.
/// </para>
/// <para>
/// Most events start a quiet period (<see cref="FileWatchOptions.Debounce"/>) after which the file is read. An event
/// that says a save finished (the writer closed the file, or a file was renamed onto its name; inotify tells these
/// apart) is read at once instead: the quiet period its save's earlier events started is cut short, not added to.
/// A save that finishes within one debounce of the previous one belongs to a burst, which waits for quiet as before.
/// </para>
/// <para>
/// A file caught half-written (not well-formed JSON), missing or unreadable is read again one debounce later, and
/// reported only when that read finds the very same state: editors and deployments pass through such states, and a
/// slow writer moves on between two reads. A file that stays unreadable is retried with a growing delay, capped by
/// <see cref="FileWatchOptions.MaxRetryInterval"/>, until it recovers.
/// </para>
/// <para>
/// The directory watched is the file's own, or its nearest existing ancestor while that is missing; never above.
/// When the file is a symbolic link (the Kubernetes ConfigMap layout: <c>name → ..data/name</c>, with
/// <c>..data</c> swapped atomically), every event in its directory counts, since the swap renames another entry.
/// </para>
/// </remarks>
internal sealed class WatchedFile : IDirectoryWatchListener, IDisposable
{
    private readonly IWatchedFileSource _source;
    private readonly ConfigWatchContext _context;
    private readonly FileWatchOptions _options;
    private readonly DirectoryWatchHub _hub;
    private readonly string _directory;
    private readonly string _fileName;
    private readonly StringComparison _nameComparison;
    private readonly Lock _lock = new();
    private readonly Lock _checkLock = new();
    private readonly Timer _soon;
    private readonly Timer _periodic;
    private IDisposable? _subscription;
    private string _relevantName;
    private bool _watchingOwnDirectory;
    private volatile bool _isLink;
    private bool _polling;
    private string? _pollingReason;
    private bool _burst;
    private long _burstStart;
    private bool _checkNowPending;
    private long _lastSaveFinished;
    private bool _retryArmed;
    private FileContentState? _unsettledSeen;
    private bool _rearm;
    private int _failedReads;
    private bool _disposed;

    // What the last reload this watcher requested will load, and what the source had loaded when it was requested;
    // null when nothing is pending. Until the source's load moves on from _requestedOver, the file is compared with
    // _requested, not with the last load: a file that reverts before that reload runs is a change again. Check lock held.
    private FileContentState? _requested;
    private FileContentState _requestedOver;

    private WatchedFile(IWatchedFileSource source, ConfigWatchContext context)
    {
        _source = source;
        _context = context;
        _options = source.WatchOptions;
        _hub = _options.Hub ?? DirectoryWatchHub.Shared;
        _directory = Path.GetDirectoryName(source.Path) ?? source.Path;
        _fileName = Path.GetFileName(source.Path);
        _relevantName = _fileName;
        _nameComparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        _polling = _options.UsePolling;
        _soon = new Timer(static state => ((WatchedFile)state!).OnSoon(), this, Timeout.Infinite, Timeout.Infinite);
        _periodic = new Timer(static state => ((WatchedFile)state!).OnPeriodic(), this, Timeout.Infinite, Timeout.Infinite);
    }

    /// <summary>Starts watching <paramref name="source"/>, then checks once for a change made since its load.</summary>
    public static WatchedFile Start(IWatchedFileSource source, ConfigWatchContext context)
    {
        var watch = new WatchedFile(source, context);
        lock (watch._lock)
        {
            watch.Arm();
            watch.SchedulePeriodic();
        }

        watch.Check(settled: true);
        return watch;
    }

    /// <inheritdoc/>
    public void OnEntryChanged(string name) => OnEntry(name, saveFinished: false);

    /// <inheritdoc/>
    public void OnEntryWritten(string name) => OnEntry(name, saveFinished: true);

    private void OnEntry(string name, bool saveFinished)
    {
        lock (_lock)
        {
            if (_disposed || _polling)
            {
                return;
            }

            var named = string.Equals(name, _relevantName, _nameComparison);
            if (!_watchingOwnDirectory)
            {
                // Watching an ancestor: only the next directory down appearing (or moving in) matters.
                if (named)
                {
                    _rearm = true;
                    ScheduleDebounced();
                }

                return;
            }

            if (!named && !_isLink)
            {
                return;
            }

            if (saveFinished)
            {
                var now = Stopwatch.GetTimestamp();
                var previous = _lastSaveFinished;
                _lastSaveFinished = now;

                // A save that finishes within one debounce of the previous one is part of a burst, which is read once
                // quiet: reading each would publish every intermediate state. A re-arm goes through the quiet period.
                if (!_rearm && (previous == 0 || Stopwatch.GetElapsedTime(previous, now) >= _options.Debounce))
                {
                    CheckNow();
                    return;
                }
            }

            ScheduleDebounced();
        }
    }

    /// <inheritdoc/>
    public void OnDirectoryLost()
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            _subscription = null;
            _rearm = true;
            ScheduleDebounced();
        }
    }

    /// <inheritdoc/>
    public void OnOverflow()
    {
        lock (_lock)
        {
            if (!_disposed)
            {
                ScheduleDebounced();
            }
        }
    }

    /// <summary>Stops watching; a check already running finishes without requesting anything.</summary>
    public void Dispose()
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _subscription?.Dispose();
            _subscription = null;
            _soon.Dispose();
            _periodic.Dispose();
        }
    }

    /// <summary>
    /// Subscribes to the file's directory, or to its nearest existing ancestor, or falls back to polling.
    /// Called with <see cref="_lock"/> held.
    /// </summary>
    private void Arm()
    {
        _subscription?.Dispose();
        _subscription = null;
        if (_polling)
        {
            return;
        }

        var directory = _directory;
        var name = _fileName;
        while (true)
        {
            try
            {
                _subscription = _hub.Watch(directory, this);
                _relevantName = name;
                _watchingOwnDirectory = string.Equals(directory, _directory, _nameComparison);
                if (!_watchingOwnDirectory && Directory.Exists(Path.Combine(directory, name)))
                {
                    // The next directory down appeared between its failed watch and this one: no event will report
                    // it, so go down again after a debounce instead of waiting on an ancestor that stays quiet.
                    _rearm = true;
                    ScheduleDebounced();
                }

                return;
            }
            catch (DirectoryNotFoundException)
            {
                var parent = Path.GetDirectoryName(directory);
                if (parent is null)
                {
                    StartPolling("no directory on the path exists");
                    return;
                }

                name = Path.GetFileName(directory);
                directory = parent;
            }
            catch (Exception ex) when (ex is WatchUnavailableException or IOException or UnauthorizedAccessException or ObjectDisposedException)
            {
                StartPolling(ex.Message);
                return;
            }
        }
    }

    /// <summary>Switches to polling for good and reports it once. Called with <see cref="_lock"/> held.</summary>
    private void StartPolling(string reason)
    {
        _polling = true;
        _pollingReason = string.Concat("Native file watching is unavailable (", reason.TrimEnd('.'), "); '", _source.Path, "' is polled every ", Format(_options.PollingInterval), ".");
        SchedulePeriodic();
    }

    /// <summary>Called with <see cref="_lock"/> held.</summary>
    private void SchedulePeriodic()
    {
        var interval = _polling ? _options.PollingInterval : _options.ReconcileInterval;
        _periodic.Change(interval, interval);
    }

    /// <summary>
    /// Reads the file as soon as a thread-pool thread is free, in place of the quiet period or retry pending (the read
    /// comes after every event that started them). Called with <see cref="_lock"/> held.
    /// </summary>
    private void CheckNow()
    {
        if (!_burst)
        {
            _burst = true;
            _burstStart = Stopwatch.GetTimestamp();
        }

        _checkNowPending = true;
        _soon.Change(TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Restarts the quiet period after an event; a long burst is still read every 20 debounces. Called with <see cref="_lock"/> held.</summary>
    private void ScheduleDebounced()
    {
        if (_checkNowPending)
        {
            // A read is about to start and will see what this event reported; waiting for quiet would only delay it.
            return;
        }

        var now = Stopwatch.GetTimestamp();
        if (!_burst)
        {
            _burst = true;
            _burstStart = now;
        }

        var latest = _options.Debounce * 20 - Stopwatch.GetElapsedTime(_burstStart, now);
        var due = latest < _options.Debounce ? latest : _options.Debounce;
        _soon.Change(due > TimeSpan.Zero ? due : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Schedules one more read after <paramref name="delay"/>, as the retry of an unsettled state. Called with <see cref="_lock"/> held.</summary>
    private void ScheduleRetry(TimeSpan delay)
    {
        if (_disposed || _checkNowPending)
        {
            // A read about to start looks again anyway, and retries itself if it must.
            return;
        }

        _retryArmed = true;
        _soon.Change(delay, Timeout.InfiniteTimeSpan);
    }

    private void OnSoon()
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            _burst = false;
            _retryArmed = false;
            if (_checkNowPending)
            {
                // A save finished after any earlier read, so a torn state that read saw is not confirmed by this one,
                // which may come microseconds later and catch the next save starting: it is a first look, retried a
                // debounce later like any other.
                _checkNowPending = false;
                _unsettledSeen = null;
            }

            if (_rearm)
            {
                _rearm = false;
                Arm();
            }
        }

        Check(settled: false);
    }

    private void OnPeriodic()
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            // The quiet period of an event in progress will check soon enough.
            if (_burst || _retryArmed)
            {
                return;
            }
        }

        Check(settled: false);
    }

    /// <summary>Reads and hashes the file; requests a reload when it differs from what the last load read.</summary>
    /// <param name="settled">Whether an unsettled state counts as final at once (the check right after the load).</param>
    private void Check(bool settled)
    {
        // Timer callbacks can overlap; one check at a time keeps the retry state consistent.
        lock (_checkLock)
        {
            try
            {
                CheckCore(settled);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Nothing may escape onto the thread pool. A check that failed in an unforeseen way is reported
                // and retried like an unreadable file.
                _context.ReportHealth(ConfigSourceStatus.Failing, string.Concat("Checking '", _source.Path, "' failed: ", ex.GetType().Name, "."));
                lock (_lock)
                {
                    ScheduleRetry(_options.MaxRetryInterval);
                }
            }
        }
    }

    private void CheckCore(bool settled)
    {
        _isLink = IsSymbolicLink(_source.Path);
        var outcome = FileContent.Read(_source.Path, _source.MaxFileBytes, out var buffer, out var length, out var failure, lookUpFirst: _source.Optional);
        FileContentState observed;
        bool wellFormed;
        bool changed;
        var loaded = _source.Loaded;
        if (_requested is not null && loaded != _requestedOver)
        {
            // A load ran since the request (a load always takes what a check handed over): compare with what it read.
            _requested = null;
        }

        try
        {
            observed = outcome == FileReadOutcome.Read ? FileContentState.Of(buffer.AsSpan(0, length)) : new FileContentState(outcome, default);

            // Compared with what the configuration will hold once the reload already requested has run: a file that
            // reverts to the last load's bytes before then is a change, whose hand-over replaces the stale one.
            changed = observed != (_requested ?? loaded);

            // Only a change is worth a pass over the document: what the last load read needs no second verdict.
            wellFormed = outcome == FileReadOutcome.Read && (!changed || _source.IsWellFormed(buffer.AsSpan(0, length)));
            if (changed && wellFormed)
            {
                // The reload requested below loads these very bytes, neither read nor hashed again: an in-place write
                // that begins before it runs must not turn a valid save into a reported failure. The buffer is the
                // source's from here on.
                _source.OfferCheckedContent(new CheckedContent(buffer, length, observed.Hash));
                buffer = [];
                length = 0;
            }
        }
        finally
        {
            FileContent.Return(ref buffer, ref length);
        }

        var unsettled = outcome is FileReadOutcome.Missing or FileReadOutcome.Unreadable || (outcome == FileReadOutcome.Read && !wellFormed);
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            if (changed && unsettled && !settled && observed != _unsettledSeen)
            {
                // Half-written, mid-rename or briefly absent: look again once the file has been quiet. Only a state
                // found twice in a row is final. A retry that merely follows a look (an event may have restarted the
                // quiet period meanwhile) would report a torn state its writer already moved on from.
                _unsettledSeen = observed;
                ScheduleRetry(_options.Debounce);
                return;
            }

            _unsettledSeen = unsettled ? observed : null;

            if (outcome == FileReadOutcome.Unreadable)
            {
                // Keep trying, slowly: 250 ms, 500 ms, then every MaxRetryInterval, until it can be read.
                _failedReads++;
                var delay = TimeSpan.FromMilliseconds(250 * Math.Pow(2, Math.Min(_failedReads - 1, 8)));
                ScheduleRetry(delay < _options.MaxRetryInterval ? delay : _options.MaxRetryInterval);
            }
            else
            {
                _failedReads = 0;
            }
        }

        ReportHealth(outcome, failure);
        if (changed)
        {
            if (!wellFormed)
            {
                // A state found twice in a row is final: the reload must read and report it, not an earlier hand-over.
                _source.OfferCheckedContent(null);
            }

            _requested = observed == loaded ? null : observed;
            _requestedOver = loaded;
            _context.RequestReload();
        }
    }

    private void ReportHealth(FileReadOutcome outcome, string? failure)
    {
        string? pollingReason;
        lock (_lock)
        {
            pollingReason = _pollingReason;
        }

        switch (outcome)
        {
            case FileReadOutcome.Missing when !_source.Optional:
                _context.ReportHealth(ConfigSourceStatus.Failing, string.Concat("The file '", _source.Path, "' is missing; the last good values keep serving."));
                break;
            case FileReadOutcome.Unreadable:
                _context.ReportHealth(ConfigSourceStatus.Failing, string.Concat("The file '", _source.Path, "' cannot be read: ", failure, "; the last good values keep serving."));
                break;
            case FileReadOutcome.TooLarge:
                _context.ReportHealth(ConfigSourceStatus.Failing, failure);
                break;
            default:
                _context.ReportHealth(pollingReason is null ? ConfigSourceStatus.Healthy : ConfigSourceStatus.Degraded, pollingReason);
                break;
        }
    }

    private static bool IsSymbolicLink(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget is not null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static string Format(TimeSpan interval)
        => interval.TotalSeconds >= 1 && interval.Milliseconds == 0
            ? string.Concat(interval.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture), " s")
            : string.Concat(interval.TotalMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture), " ms");
}
