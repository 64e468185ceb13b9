using System;

namespace Veltrix;

/// <summary>
/// Bounds on what a source may load, so that a hostile or broken input fails with a clear error instead of
/// exhausting memory or the stack. The defaults suit any hand-written configuration by a wide margin.
/// </summary>
public sealed record ConfigLimits
{
    /// <summary>
    /// The defaults: 4 MiB files, depth 64, 100,000 keys, 1,024-character keys, 1 MiB values, 128-character number
    /// literals.
    /// </summary>
    public static ConfigLimits Default { get; } = new();

    /// <summary>The largest file a file source reads, in bytes. Default 4 MiB.</summary>
    public long MaxFileBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>The deepest nesting of sections and arrays. Default 64.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>The most keys (values and empty containers) all sources together may set. Default 100,000.</summary>
    public int MaxKeys { get; init; } = 100_000;

    /// <summary>The longest key path, in characters. Default 1,024.</summary>
    public int MaxKeyLength { get; init; } = 1024;

    /// <summary>The longest value, in characters. Default 1 MiB.</summary>
    public int MaxValueLength { get; init; } = 1024 * 1024;

    /// <summary>
    /// The longest number literal in a JSON file, in characters. Default 128: far more than any binder parses
    /// (a <see cref="decimal"/> has 29 digits), far less than a literal that makes a number parser slow.
    /// </summary>
    public int MaxNumberLength { get; init; } = 128;

    internal void Validate()
    {
        if (MaxFileBytes <= 0 || MaxDepth <= 0 || MaxKeys <= 0 || MaxKeyLength <= 0 || MaxValueLength <= 0 || MaxNumberLength <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(ConfigLimits), "Every configuration limit must be positive.");
        }
    }
}
