using System;
using System.IO.Hashing;

namespace Veltrix;

/// <summary>What a read of a file found: a 128-bit hash of its bytes, or why there were no bytes.</summary>
/// <remarks>Equal states mean nothing to reload: a touch, or a save of the same bytes, changes neither.</remarks>
internal readonly record struct FileContentState(FileReadOutcome Outcome, UInt128 Hash)
{
    public static FileContentState Missing => new(FileReadOutcome.Missing, default);

    public static FileContentState TooLarge => new(FileReadOutcome.TooLarge, default);

    public static FileContentState Unreadable => new(FileReadOutcome.Unreadable, default);

    public static FileContentState Of(ReadOnlySpan<byte> content) => new(FileReadOutcome.Read, XxHash128.HashToUInt128(content));
}
