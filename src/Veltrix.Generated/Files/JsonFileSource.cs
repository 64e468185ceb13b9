using System;
using System.Buffers;
using System.IO.Hashing;
using System.Threading;

namespace Veltrix;

/// <summary>
/// A JSON configuration file, flattened as Microsoft.Extensions.Configuration.Json does: nested objects give
/// <c>A:B:C</c>, array elements <c>A:0</c>, <c>A:1</c>. Comments and trailing commas are allowed unless
/// <see cref="JsonOptions"/> asks for strict JSON.
/// </summary>
/// <remarks>
/// Unlike Microsoft.Extensions.Configuration.Json, a property name given twice in one object (compared
/// case-insensitively) is an error naming both positions. Every problem — a missing or unreadable file, a file
/// over <see cref="ConfigLimits.MaxFileBytes"/>, malformed JSON — is reported through
/// <see cref="ConfigDataBuilder.AddError"/> with the file's path, line and column; <see cref="Load"/> never throws
/// for bad input.
/// </remarks>
public sealed class JsonFileSource : IWatchableConfigSource, IVersionedConfigSource, IWatchedFileSource, IReloadScopedSource
{
    // The version a load declares for a missing optional file. Content versions are XxHash128 hashes with seed 0; this
    // is the hash of no bytes with another seed, which no file's content hashes to but by a 2^-128 chance.
    private static readonly UInt128 MissingVersion = XxHash128.HashToUInt128([], seed: 1);

    private readonly Lock _stateLock = new();
    private FileContentState _loaded;
    private long _maxFileBytes = ConfigLimits.Default.MaxFileBytes;

    // The bytes a watcher check found whole and changed, for the reload it requested: by the time that reload runs,
    // an in-place write may have emptied the file again, and a second read would report a save that was valid. Also
    // the bytes HasChangedSince read and found changed, for the load that follows it, so that a change is read once.
    private CheckedContent? _checked;

    // The bytes HasChangedSince read and found unchanged, for a load in the same reload (a source after this one
    // changed), so that the file is not read a second time; dropped when the reload ends, so that no later load takes
    // them for current. Fields rather than a CheckedContent: a reload that finds nothing changed allocates nothing
    // more for them. State lock held.
    private byte[]? _answered;
    private int _answeredLength;
    private UInt128 _answeredHash;

    /// <summary>Creates the source.</summary>
    /// <param name="path">The file path; a relative path is resolved against the current directory now.</param>
    /// <param name="optional">Whether a missing file is allowed (it then contributes no keys).</param>
    /// <param name="reloadOnChange">Whether the configuration should reload when the file changes.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or not a valid path.</exception>
    /// <remarks>Size, depth and key limits come from <see cref="ConfigDataBuilder.Limits"/> at each load.</remarks>
    public JsonFileSource(string path, bool optional = false, bool reloadOnChange = false)
        : this(path, optional, reloadOnChange, FileWatchOptions.Default)
    {
    }

    /// <summary>Creates the source with its own watch settings.</summary>
    /// <param name="path">The file path; a relative path is resolved against the current directory now.</param>
    /// <param name="optional">Whether a missing file is allowed (it then contributes no keys).</param>
    /// <param name="reloadOnChange">Whether the configuration should reload when the file changes.</param>
    /// <param name="watchOptions">How the file is watched when <paramref name="reloadOnChange"/> is true.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or not a valid path.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An interval of <paramref name="watchOptions"/> is out of range.</exception>
    public JsonFileSource(string path, bool optional, bool reloadOnChange, FileWatchOptions watchOptions)
        : this(path, optional, reloadOnChange, watchOptions, JsonFileOptions.Default)
    {
    }

    /// <summary>Creates the source with its own watch settings and strictness.</summary>
    /// <param name="path">The file path; a relative path is resolved against the current directory now.</param>
    /// <param name="optional">Whether a missing file is allowed (it then contributes no keys).</param>
    /// <param name="reloadOnChange">Whether the configuration should reload when the file changes.</param>
    /// <param name="watchOptions">How the file is watched when <paramref name="reloadOnChange"/> is true.</param>
    /// <param name="jsonOptions">Whether comments, trailing commas and unknown keys are allowed.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or not a valid path.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An interval of <paramref name="watchOptions"/> is out of range.</exception>
    public JsonFileSource(string path, bool optional, bool reloadOnChange, FileWatchOptions watchOptions, JsonFileOptions jsonOptions)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(watchOptions);
        ArgumentNullException.ThrowIfNull(jsonOptions);
        watchOptions.Validate();
        Path = System.IO.Path.GetFullPath(path);
        Optional = optional;
        ReloadOnChange = reloadOnChange;
        WatchOptions = watchOptions;
        JsonOptions = jsonOptions;
    }

    /// <summary>The full path of the file.</summary>
    public string Path { get; }

    /// <summary>Whether a missing file is allowed; it then contributes no keys.</summary>
    public bool Optional { get; }

    /// <summary>Whether the configuration should reload when the file changes.</summary>
    public bool ReloadOnChange { get; }

    /// <summary>How the file is watched when <see cref="ReloadOnChange"/> is true.</summary>
    public FileWatchOptions WatchOptions { get; }

    /// <summary>Whether comments, trailing commas and unknown keys are allowed.</summary>
    public JsonFileOptions JsonOptions { get; }

    /// <summary>The full path of the file, which every message and origin names.</summary>
    public string Name => Path;

    /// <summary>What the last load read: a hash of the bytes, or why there were none. The watcher compares against it.</summary>
    internal FileContentState Loaded
    {
        get
        {
            lock (_stateLock)
            {
                return _loaded;
            }
        }

        private set
        {
            lock (_stateLock)
            {
                _loaded = value;
            }
        }
    }

    /// <summary>Whether a watcher check handed over content that no load has taken yet.</summary>
    internal bool HasCheckedContent => Volatile.Read(ref _checked) is not null;

    /// <summary>
    /// Hands the next load the content a watcher check found well-formed and changed (the source owns it from here),
    /// or withdraws an earlier hand-over when <paramref name="content"/> is null, so that the load reads the file itself.
    /// </summary>
    internal void OfferCheckedContent(CheckedContent? content)
    {
        // The content replaced held the file's values, secrets among them: its buffer is cleared on release.
        Interlocked.Exchange(ref _checked, content)?.Release();
    }

    /// <summary>Whether the bytes of an answer that found the file unchanged are kept for a load that has not taken them.</summary>
    internal bool HasAnsweredContent
    {
        get
        {
            lock (_stateLock)
            {
                return _answered is not null;
            }
        }
    }

    /// <summary>The file-size limit of the last load, which the watcher's reads respect too.</summary>
    internal long MaxFileBytes => Volatile.Read(ref _maxFileBytes);

    long IWatchedFileSource.MaxFileBytes => MaxFileBytes;

    FileContentState IWatchedFileSource.Loaded => Loaded;

    bool IWatchedFileSource.IsWellFormed(ReadOnlySpan<byte> content) => JsonConfigParser.IsWellFormed(content);

    void IWatchedFileSource.OfferCheckedContent(CheckedContent? content) => OfferCheckedContent(content);

    /// <inheritdoc/>
    /// <remarks>
    /// Compares the file's bytes, not its timestamps: reads the file (or takes the bytes a watcher check handed over)
    /// and hashes it. The bytes read are kept for a load in the same reload, which neither reads nor hashes them again:
    /// always when they changed, and when they did not but a source after this one did.
    /// </remarks>
    bool IVersionedConfigSource.HasChangedSince(UInt128 version)
    {
        if (Volatile.Read(ref _checked) is { } handedOver)
        {
            if (handedOver.Hash != version)
            {
                return true;
            }

            // A check handed over what the last load read after all (the file changed and changed back): nothing to load.
            if (Interlocked.CompareExchange(ref _checked, null, handedOver) == handedOver)
            {
                handedOver.Release();
            }

            return false;
        }

        var outcome = FileContent.Read(Path, MaxFileBytes, out var buffer, out var length, out _, lookUpFirst: Optional);
        if (outcome != FileReadOutcome.Read)
        {
            // Missing, too large or unreadable: the load reads again and reports it, unless it is the missing optional
            // file the last load found.
            return outcome != FileReadOutcome.Missing || version != MissingVersion;
        }

        var hash = FileContentState.Of(buffer.AsSpan(0, length)).Hash;
        if (hash == version)
        {
            // A source after this one may still have changed, and then this file is loaded in this same reload.
            KeepAnswer(buffer, length, hash);
            return false;
        }

        OfferCheckedContent(new CheckedContent(buffer, length, hash));
        return true;
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Watches the file's directory (the nearest existing ancestor while it is missing) through one watcher per
    /// directory shared by the whole process, or polls; see <see cref="FileWatchOptions"/>. Returns null when
    /// <see cref="ReloadOnChange"/> is false.
    /// </remarks>
    public IDisposable? Watch(ConfigWatchContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ReloadOnChange ? WatchedFile.Start(this, context) : null;
    }

    /// <inheritdoc/>
    public void Load(ConfigDataBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        Volatile.Write(ref _maxFileBytes, builder.Limits.MaxFileBytes);

        // Both are taken, whichever is used: what is not used is older than what is, or than the file.
        var answered = TakeAnswer(out var answeredLength, out var answeredHash);
        if (Interlocked.Exchange(ref _checked, null) is { } checkedContent)
        {
            // Handed over after this reload's question found the file unchanged, or in its place: newer either way.
            FileContent.Return(ref answered, ref answeredLength);

            // A watcher check (or HasChangedSince) read and hashed these bytes just before this load: use them rather
            // than read a file its writer may have started rewriting since. A later change gets its own check and load.
            try
            {
                if (checkedContent.Length <= builder.Limits.MaxFileBytes)
                {
                    Loaded = new FileContentState(FileReadOutcome.Read, checkedContent.Hash);
                    builder.DeclareVersion(checkedContent.Hash);
                    Parse(builder, checkedContent.Bytes);
                    return;
                }
            }
            finally
            {
                checkedContent.Release();
            }
        }
        else if (answered.Length > 0)
        {
            // This reload's question read these bytes and found them unchanged; a later source changed, so the whole
            // configuration loads again, and the file need not be read a second time for it. A write since that
            // question has not been missed: the version declared is the hash of these bytes, which the next question
            // compares with the file, and the write's own watcher event or reconcile asks for that reload.
            try
            {
                if (answeredLength <= builder.Limits.MaxFileBytes)
                {
                    Loaded = new FileContentState(FileReadOutcome.Read, answeredHash);
                    builder.DeclareVersion(answeredHash);
                    Parse(builder, answered.AsSpan(0, answeredLength));
                    return;
                }
            }
            finally
            {
                FileContent.Return(ref answered, ref answeredLength);
            }
        }

        if (!TryRead(builder, out var buffer, out var length))
        {
            return;
        }

        try
        {
            Parse(builder, buffer.AsSpan(0, length));
        }
        finally
        {
            // The buffer held the file's values, secrets among them: clear it before another renter sees it.
            ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
        }
    }

    /// <inheritdoc/>
    void IReloadScopedSource.EndReload()
    {
        var answered = TakeAnswer(out var length, out _);
        FileContent.Return(ref answered, ref length);
    }

    /// <summary>Keeps the bytes of an answer that found the file unchanged, replacing (and clearing) any kept before.</summary>
    private void KeepAnswer(byte[] buffer, int length, UInt128 hash)
    {
        byte[] replaced;
        int replacedLength;
        lock (_stateLock)
        {
            (replaced, replacedLength) = (_answered ?? [], _answeredLength);
            (_answered, _answeredLength, _answeredHash) = (buffer, length, hash);
        }

        // Only another configuration sharing this source can have kept one that its load or reload end has not taken.
        FileContent.Return(ref replaced, ref replacedLength);
    }

    /// <summary>Takes the kept bytes of an unchanged answer, which the caller then returns; empty when none are kept.</summary>
    private byte[] TakeAnswer(out int length, out UInt128 hash)
    {
        lock (_stateLock)
        {
            var buffer = _answered ?? [];
            (length, hash) = (_answeredLength, _answeredHash);
            (_answered, _answeredLength, _answeredHash) = (null, 0, default);
            return buffer;
        }
    }

    private void Parse(ConfigDataBuilder builder, ReadOnlySpan<byte> content)
    {
        if (JsonOptions.RejectUnknownKeys)
        {
            builder.ReportUnknownKeys(UnknownKeyScope.Section);
        }

        JsonConfigParser.Parse(content, Path, builder, strictSyntax: !JsonOptions.AllowCommentsAndTrailingCommas);
    }

    /// <summary>Reads the whole file into a pooled buffer, or reports why it could not.</summary>
    private bool TryRead(ConfigDataBuilder builder, out byte[] buffer, out int length)
    {
        // An optional file is looked up first: its absence is then a normal outcome, not an exception on every reload.
        var outcome = FileContent.Read(Path, builder.Limits.MaxFileBytes, out buffer, out length, out var failure, lookUpFirst: Optional);
        switch (outcome)
        {
            case FileReadOutcome.Read:
                var read = FileContentState.Of(buffer.AsSpan(0, length));
                Loaded = read;
                builder.DeclareVersion(read.Hash);
                return true;

            case FileReadOutcome.Missing:
                Loaded = FileContentState.Missing;
                builder.DeclareVersion(MissingVersion);
                if (!Optional)
                {
                    builder.AddError(new ConfigError(
                        string.Empty,
                        string.Concat("The configuration file was not found at '", Path, "'. Create it, or add it with optional: true."),
                        new ConfigOrigin(Path),
                        "Missing"));
                }

                return false;

            case FileReadOutcome.TooLarge:
                Loaded = FileContentState.TooLarge;
                ReportTooLarge(builder, failure!);
                return false;

            default:
                Loaded = FileContentState.Unreadable;
                builder.AddError(new ConfigError(
                    string.Empty,
                    string.Concat("The configuration file '", Path, "' could not be read: ", failure, "."),
                    new ConfigOrigin(Path),
                    "Io"));
                return false;
        }
    }

    private void ReportTooLarge(ConfigDataBuilder builder, string message)
        => builder.AddError(new ConfigError(string.Empty, message, new ConfigOrigin(Path), "Limit"));
}
