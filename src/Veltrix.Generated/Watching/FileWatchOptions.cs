using System;

namespace Veltrix;

/// <summary>How files added with <c>reloadOnChange: true</c> are watched.</summary>
/// <remarks>
/// Change events are only hints: whatever triggered it, a check reads the file and compares a hash of its bytes
/// with what was last loaded, so a touch, a save of identical bytes or a duplicate event reloads nothing.
/// </remarks>
public sealed class FileWatchOptions
{
    /// <summary>The environment variable that asks every file watcher in the process to poll, as in .NET.</summary>
    public const string PollingEnvironmentVariable = "DOTNET_USE_POLLING_FILE_WATCHER";

    /// <summary>
    /// The defaults: a 20 ms debounce, native watching unless <see cref="PollingEnvironmentVariable"/> is
    /// <c>true</c> or <c>1</c>, a 1 s polling interval and a 60 s reconcile interval.
    /// </summary>
    public static FileWatchOptions Default { get; } = new();

    /// <summary>
    /// How long a file must be quiet after an event before it is read: the events of one save arrive together and
    /// give one reload. A burst of writes is read at the latest 20 debounce intervals after it began.
    /// Default 20 ms: a save's events arrive within microseconds of each other, and a file caught half-written is
    /// re-read one debounce later before anything is reported, so a longer wait would only delay every change.
    /// </summary>
    /// <remarks>
    /// Where the operating system says that a save finished (on Linux: the writer closed the file after writing, or
    /// a file was renamed onto its name), the file is read at once instead, without this wait, unless another save
    /// finished less than one debounce before: saves that close so near together are a burst, read once quiet.
    /// Other events (a write still in progress, a deletion, an attribute change), a missing directory's events, and
    /// every event of the <see cref="System.IO.FileSystemWatcher"/> fallback used on other systems wait for the quiet
    /// period. A file read half-written, missing or unreadable is read again one debounce later either way.
    /// </remarks>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(20);

    /// <summary>
    /// Whether to poll instead of using the operating system's notifications (network shares, some container
    /// file systems). Polling also starts by itself, with a health warning, when a watcher cannot be created.
    /// Default: whether <see cref="PollingEnvironmentVariable"/> is <c>true</c> or <c>1</c>.
    /// </summary>
    public bool UsePolling { get; init; } = PollingRequestedByEnvironment();

    /// <summary>How often a polled file is read and hashed. Default 1 s.</summary>
    public TimeSpan PollingInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How often a natively watched file is read and hashed anyway, to catch a change no event reported (a write
    /// through another mount, a dropped event). Default 60 s; <see cref="System.Threading.Timeout.InfiniteTimeSpan"/>
    /// turns it off.
    /// </summary>
    public TimeSpan ReconcileInterval { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The longest wait between retries while a file cannot be read. Default 1 s.</summary>
    public TimeSpan MaxRetryInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The directory watcher to use instead of the process-wide one; tests set it.</summary>
    internal DirectoryWatchHub? Hub { get; init; }

    /// <summary>Throws when a value is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An interval is zero or negative (reconcile may be infinite).</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Debounce, TimeSpan.Zero, nameof(Debounce));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(PollingInterval, TimeSpan.Zero, nameof(PollingInterval));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(MaxRetryInterval, TimeSpan.Zero, nameof(MaxRetryInterval));
        if (ReconcileInterval != System.Threading.Timeout.InfiniteTimeSpan)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ReconcileInterval, TimeSpan.Zero, nameof(ReconcileInterval));
        }
    }

    internal static bool PollingRequestedByEnvironment()
    {
        var value = Environment.GetEnvironmentVariable(PollingEnvironmentVariable);
        return value is not null && (value.Trim() == "1" || value.Trim().Equals("true", StringComparison.OrdinalIgnoreCase));
    }
}
