using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.Security;

namespace Veltrix;

/// <summary>
/// A JSON configuration file, flattened as Microsoft.Extensions.Configuration.Json does: nested objects give
/// <c>A:B:C</c>, array elements <c>A:0</c>, <c>A:1</c>. Comments and trailing commas are allowed.
/// </summary>
/// <remarks>
/// Unlike Microsoft.Extensions.Configuration.Json, a property name given twice in one object (compared
/// case-insensitively) is an error naming both positions. Every problem — a missing or unreadable file, a file
/// over <see cref="ConfigLimits.MaxFileBytes"/>, malformed JSON — is reported through
/// <see cref="ConfigDataBuilder.AddError"/> with the file's path, line and column; <see cref="Load"/> never throws
/// for bad input.
/// </remarks>
public sealed class JsonFileSource : IConfigSource
{
    /// <summary>Creates the source.</summary>
    /// <param name="path">The file path; a relative path is resolved against the current directory now.</param>
    /// <param name="optional">Whether a missing file is allowed (it then contributes no keys).</param>
    /// <param name="reloadOnChange">Whether the configuration should reload when the file changes.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or not a valid path.</exception>
    /// <remarks>Size, depth and key limits come from <see cref="ConfigDataBuilder.Limits"/> at each load.</remarks>
    public JsonFileSource(string path, bool optional = false, bool reloadOnChange = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Path = System.IO.Path.GetFullPath(path);
        Optional = optional;
        ReloadOnChange = reloadOnChange;
    }

    /// <summary>The full path of the file.</summary>
    public string Path { get; }

    /// <summary>Whether a missing file is allowed; it then contributes no keys.</summary>
    public bool Optional { get; }

    /// <summary>Whether the configuration should reload when the file changes.</summary>
    public bool ReloadOnChange { get; }

    /// <summary>The full path of the file, which every message and origin names.</summary>
    public string Name => Path;

    /// <inheritdoc/>
    public void Load(ConfigDataBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!TryRead(builder, out var buffer, out var length))
        {
            return;
        }

        try
        {
            JsonConfigParser.Parse(buffer.AsSpan(0, length), Path, builder);
        }
        finally
        {
            // The buffer held the file's values, secrets among them: clear it before another renter sees it.
            ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
        }
    }

    /// <summary>Reads the whole file into a pooled buffer, or reports why it could not.</summary>
    private bool TryRead(ConfigDataBuilder builder, out byte[] buffer, out int length)
    {
        buffer = [];
        length = 0;
        var limit = builder.Limits.MaxFileBytes;
        try
        {
            using var stream = new FileStream(Path, new FileStreamOptions
            {
                Mode = FileMode.Open,
                Access = FileAccess.Read,

                // An editor or deployment may be rewriting the file; a torn read fails to parse and the next
                // reload sees the finished file.
                Share = FileShare.ReadWrite | FileShare.Delete,
                BufferSize = 0,
                Options = FileOptions.SequentialScan,
            });

            var knownLength = stream.CanSeek ? stream.Length : -1;
            if (knownLength > limit)
            {
                ReportTooLarge(builder, string.Create(CultureInfo.InvariantCulture, $"The configuration file '{Path}' is {knownLength:N0} bytes; the limit is {limit:N0} bytes (ConfigLimits.MaxFileBytes)."));
                return false;
            }

            // Read at most one byte past the limit: that byte tells a file that grew since its length was taken.
            var readLimit = (int)Math.Min(limit, Array.MaxLength - 1) + 1;
            buffer = ArrayPool<byte>.Shared.Rent(knownLength >= 0 ? (int)Math.Min(knownLength + 1, readLimit) : Math.Min(readLimit, 16 * 1024));
            while (length < readLimit)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(buffer.Length * 2L, readLimit));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
                    buffer = larger;
                }

                var read = stream.Read(buffer, length, Math.Min(buffer.Length, readLimit) - length);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }

            if (length >= readLimit)
            {
                ReportTooLarge(builder, string.Create(CultureInfo.InvariantCulture, $"The configuration file '{Path}' is larger than the limit of {limit:N0} bytes (ConfigLimits.MaxFileBytes)."));
                Release(ref buffer, ref length);
                return false;
            }

            return true;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            Release(ref buffer, ref length);
            if (!Optional)
            {
                builder.AddError(new ConfigError(
                    string.Empty,
                    string.Concat("The configuration file was not found at '", Path, "'. Create it, or add it with optional: true."),
                    new ConfigOrigin(Path),
                    "Missing"));
            }

            return false;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or SecurityException or ArgumentException)
        {
            // A permission denied, a device error: the OS message says which. Linux reports a directory as a
            // permission problem, so that case gets a message of its own.
            Release(ref buffer, ref length);
            builder.AddError(new ConfigError(
                string.Empty,
                Directory.Exists(Path)
                    ? string.Concat("The configuration file '", Path, "' could not be read: it is a directory, not a file.")
                    : string.Concat("The configuration file '", Path, "' could not be read: ", ex.Message),
                new ConfigOrigin(Path),
                "Io"));
            return false;
        }
    }

    private void ReportTooLarge(ConfigDataBuilder builder, string message)
        => builder.AddError(new ConfigError(string.Empty, message, new ConfigOrigin(Path), "Limit"));

    private static void Release(ref byte[] buffer, ref int length)
    {
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
        }

        buffer = [];
        length = 0;
    }
}
