using System;
using System.Collections.Generic;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Veltrix.Extensions.Hosting;

/// <summary>
/// What a bridge source read from Microsoft.Extensions.Configuration, in the order read, and its version: a hash of
/// every key, value and origin, so that equal versions mean that a load writes exactly the same data.
/// </summary>
/// <remarks>
/// The version is taken from the data, never from reload tokens: a provider's data can change without any token firing
/// (<c>IConfiguration</c>'s indexer calls <see cref="Microsoft.Extensions.Configuration.IConfigurationProvider.Set"/> on
/// every provider and signals nothing), and the environment-variable and command-line providers do not fire their own
/// token when they load again.
/// </remarks>
internal sealed class BridgedData
{
    private readonly BridgedEntry[] _entries;

    /// <summary>Takes the entries read and computes their version.</summary>
    public BridgedData(List<BridgedEntry> entries)
    {
        _entries = [.. entries];
        Version = VersionOf(_entries);
    }

    /// <summary>The hash of every key, value and origin, in order.</summary>
    public UInt128 Version { get; }

    /// <summary>Declares the version and sets every key with its value and origin.</summary>
    public void WriteTo(ConfigDataBuilder builder)
    {
        builder.DeclareVersion(Version);
        foreach (var (key, value, origin) in _entries)
        {
            builder.Set(key, value, origin);
        }
    }

    private static UInt128 VersionOf(BridgedEntry[] entries)
    {
        var hash = new XxHash128();
        Span<int> position = stackalloc int[2];
        foreach (var (key, value, origin) in entries)
        {
            Append(hash, key);
            Append(hash, value);
            Append(hash, origin.Source ?? string.Empty);
            position[0] = origin.Line;
            position[1] = origin.Column;
            hash.Append(MemoryMarshal.AsBytes(position));
        }

        return hash.GetCurrentHashAsUInt128();
    }

    private static void Append(XxHash128 hash, string text)
    {
        // The length first, so that "ab" then "c" and "a" then "bc" hash differently.
        Span<int> length = [text.Length];
        hash.Append(MemoryMarshal.AsBytes(length));
        hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
    }
}
