using System;

namespace Veltrix;

/// <summary>
/// A whole file read into a pooled buffer and hashed, handed from whoever read it (the watcher's check, or the question
/// whether the file changed) to the load that follows, so that a change is read and hashed once.
/// </summary>
/// <remarks>
/// Whoever takes it from the source owns it and calls <see cref="Release"/>; until then nobody else reads its bytes.
/// </remarks>
internal sealed class CheckedContent
{
    private byte[] _buffer;
    private int _length;

    /// <summary>Takes ownership of <paramref name="buffer"/>, which came from <see cref="FileContent.Read"/>.</summary>
    /// <param name="buffer">The pooled buffer.</param>
    /// <param name="length">How many of its bytes are the file.</param>
    /// <param name="hash">The hash of those bytes (<see cref="FileContentState.Of"/>).</param>
    public CheckedContent(byte[] buffer, int length, UInt128 hash)
    {
        _buffer = buffer;
        _length = length;
        Hash = hash;
    }

    /// <summary>The hash of the bytes, which stays readable after <see cref="Release"/>.</summary>
    public UInt128 Hash { get; }

    /// <summary>The file's length in bytes.</summary>
    public int Length => _length;

    /// <summary>The file's bytes; empty once released.</summary>
    public ReadOnlySpan<byte> Bytes => _buffer.AsSpan(0, _length);

    /// <summary>Clears the bytes (they hold the file's values, secrets among them) and returns the buffer to the pool.</summary>
    public void Release() => FileContent.Return(ref _buffer, ref _length);
}
