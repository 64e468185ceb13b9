using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using System.Security;

namespace Veltrix;

/// <summary>Reads a configuration file whole, within a size limit, for both loads and watch checks.</summary>
internal static class FileContent
{
    /// <summary>Reads the file into a pooled buffer, which the caller returns with <see cref="Return"/>.</summary>
    /// <param name="path">The full path.</param>
    /// <param name="limit">The largest size accepted, in bytes.</param>
    /// <param name="buffer">The pooled buffer when the outcome is <see cref="FileReadOutcome.Read"/>; empty otherwise.</param>
    /// <param name="length">The file's length when read.</param>
    /// <param name="failure">Why it was not read (size, errno), without any of its content; null when read or missing.</param>
    /// <param name="lookUpFirst">
    /// Whether the file may well be missing (an optional file): it is then looked up before it is opened, so that its
    /// absence is an outcome rather than an exception thrown and caught, at the price of one more lookup when it is there.
    /// </param>
    public static FileReadOutcome Read(string path, long limit, out byte[] buffer, out int length, out string? failure, bool lookUpFirst = false)
    {
        buffer = [];
        length = 0;
        failure = null;
        if (lookUpFirst && IsCertainlyMissing(path))
        {
            return FileReadOutcome.Missing;
        }

        try
        {
            // A handle rather than a FileStream: a reload that finds the file unchanged reads it whole, and the stream,
            // its strategy and its options would be most of what that reload allocates. An editor or deployment may be
            // rewriting the file; a torn read fails to parse and the watcher reads again once the file is quiet.
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, FileOptions.SequentialScan);

            // A device or pipe reports no length (0): it is read up to the limit like a file that grew.
            var knownLength = RandomAccess.GetLength(handle);
            if (knownLength > limit)
            {
                failure = string.Create(CultureInfo.InvariantCulture, $"The configuration file '{path}' is {knownLength:N0} bytes; the limit is {limit:N0} bytes (ConfigLimits.MaxFileBytes).");
                return FileReadOutcome.TooLarge;
            }

            // Read at most one byte past the limit: that byte tells a file that grew since its length was taken.
            var readLimit = (int)Math.Min(limit, Array.MaxLength - 1) + 1;
            buffer = ArrayPool<byte>.Shared.Rent(knownLength > 0 ? (int)Math.Min(knownLength + 1, readLimit) : Math.Min(readLimit, 16 * 1024));
            while (length < readLimit)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(buffer.Length * 2L, readLimit));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
                    buffer = larger;
                }

                // The offset is ignored where the handle cannot seek (a pipe), which then reads on from where it is.
                var read = RandomAccess.Read(handle, buffer.AsSpan(length, Math.Min(buffer.Length, readLimit) - length), length);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }

            if (length >= readLimit)
            {
                Return(ref buffer, ref length);
                failure = string.Create(CultureInfo.InvariantCulture, $"The configuration file '{path}' is larger than the limit of {limit:N0} bytes (ConfigLimits.MaxFileBytes).");
                return FileReadOutcome.TooLarge;
            }

            return FileReadOutcome.Read;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            Return(ref buffer, ref length);
            return FileReadOutcome.Missing;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or SecurityException or ArgumentException)
        {
            Return(ref buffer, ref length);
            failure = Describe(path, ex);
            return FileReadOutcome.Unreadable;
        }
    }

    /// <summary>
    /// Whether nothing is at <paramref name="path"/> (ENOENT or ENOTDIR, or their Windows equivalents), found without
    /// an exception; false when something is there or the lookup failed otherwise, for the open to tell which.
    /// </summary>
    private static bool IsCertainlyMissing(string path)
    {
        // Path.Exists allocates nothing, but says false for an unsearchable directory or a symbolic-link loop as well,
        // which a load reports as errors. FileSystemInfo.Attributes is -1 only for the two errors that mean "missing"
        // and throws for the others; it costs a FileInfo, only when the file is not there.
        if (Path.Exists(path))
        {
            return false;
        }

        try
        {
            return new FileInfo(path).Attributes == (FileAttributes)(-1);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SecurityException or ArgumentException or NotSupportedException)
        {
            return false;
        }
    }

    /// <summary>Clears and returns a buffer from <see cref="Read"/>: it held the file's values, secrets among them.</summary>
    public static void Return(ref byte[] buffer, ref int length)
    {
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
        }

        buffer = [];
        length = 0;
    }

    /// <summary>Names the operating-system error, with its errno where known; never the exception's own text of the file.</summary>
    private static string Describe(string path, Exception ex)
    {
        // Linux reports opening a directory as a permission problem, so that case is named for what it is.
        if (Directory.Exists(path))
        {
            return "it is a directory, not a file (EISDIR)";
        }

        if (ex is UnauthorizedAccessException)
        {
            return "permission denied (EACCES)";
        }

        // On Unix an IOException's HResult is the errno when the runtime knew it. Its message already ends with
        // " : '<path>'", which the caller names anyway, so the operating system's own text is used instead.
        return ex is IOException { HResult: > 0 and < 4096 } io
            ? string.Create(CultureInfo.InvariantCulture, $"{Marshal.GetPInvokeErrorMessage(io.HResult)} (errno {io.HResult})")
            : ex.Message;
    }
}
