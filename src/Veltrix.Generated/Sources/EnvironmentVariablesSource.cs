using System;
using System.Collections;
using System.Collections.Generic;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Veltrix;

/// <summary>
/// Environment variables, optionally only those with a prefix (which is removed). A double underscore
/// (<c>__</c>) stands for the <c>:</c> section separator: <c>APP_Server__Port</c> sets <c>Server:Port</c>.
/// </summary>
/// <remarks>
/// Values are taken literally: nothing is expanded or interpreted. Each reload reads the environment again, so that a
/// variable set in the process since (<see cref="Environment.SetEnvironmentVariable(string, string)"/>) is seen; when
/// the variables with the prefix are the same, the reload goes no further than that read.
/// </remarks>
public sealed class EnvironmentVariablesSource : IVersionedConfigSource
{
    private readonly Func<IDictionary> _read;

    /// <summary>Creates the source over the process environment.</summary>
    /// <param name="prefix">Only variables starting with this prefix (case-insensitively) are read; null reads all.</param>
    public EnvironmentVariablesSource(string? prefix = null)
        : this(prefix, strict: false, Environment.GetEnvironmentVariables)
    {
    }

    /// <summary>Creates the source over the process environment, optionally strict.</summary>
    /// <param name="prefix">Only variables starting with this prefix (case-insensitively) are read.</param>
    /// <param name="strict">
    /// Whether a variable with the prefix whose key the schema does not have is an error (naming the key it most
    /// likely meant) instead of being ignored.
    /// </param>
    /// <exception cref="ArgumentException"><paramref name="strict"/> is true and <paramref name="prefix"/> is empty: every variable of the process would have to be a key.</exception>
    public EnvironmentVariablesSource(string? prefix, bool strict)
        : this(prefix, strict, Environment.GetEnvironmentVariables)
    {
    }

    internal EnvironmentVariablesSource(string? prefix, Func<IDictionary> read)
        : this(prefix, strict: false, read)
    {
    }

    internal EnvironmentVariablesSource(string? prefix, bool strict, Func<IDictionary> read)
    {
        if (strict && string.IsNullOrEmpty(prefix))
        {
            throw new ArgumentException("A strict environment source needs a prefix: without one, every variable of the process (PATH, HOME, …) would have to be a configuration key.", nameof(prefix));
        }

        Prefix = prefix ?? string.Empty;
        Strict = strict;
        _read = read;
    }

    /// <summary>The prefix variables must start with; empty for all variables.</summary>
    public string Prefix { get; }

    /// <summary>Whether a variable whose key the schema does not have is an error instead of being ignored.</summary>
    public bool Strict { get; }

    /// <inheritdoc/>
    public string Name => Prefix.Length == 0 ? "environment variables" : $"environment variables with prefix '{Prefix}'";

    /// <inheritdoc/>
    public void Load(ConfigDataBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // Sorted so that a case-only collision is reported the same way on every run.
        var variables = new List<(string Name, string? Value)>();
        UInt128 version = 0;
        var entries = _read().GetEnumerator();
        while (entries.MoveNext())
        {
            // Entry, not Current: Current boxes each DictionaryEntry, one per variable of the process.
            var entry = entries.Entry;
            if (entry.Key is string name && Selects(name))
            {
                variables.Add((name, entry.Value as string));
                version += Fingerprint(name, entry.Value as string);
            }
        }

        builder.DeclareVersion(version);

        variables.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        builder.DeclareReach(Prefix.Length == 0 ? KeyReach.Process : KeyReach.Dedicated);
        if (Strict)
        {
            builder.ReportUnknownKeys(UnknownKeyScope.All);
        }

        foreach (var (name, value) in variables)
        {
            var key = name.AsSpan(Prefix.Length).ToString().Replace("__", ":", StringComparison.Ordinal);
            builder.Set(key, value ?? string.Empty, new ConfigOrigin("environment variable " + name));
        }
    }

    /// <inheritdoc/>
    /// <remarks>Reads the environment and compares a fingerprint of the variables with the prefix; merges nothing.</remarks>
    bool IVersionedConfigSource.HasChangedSince(UInt128 version)
    {
        UInt128 current = 0;
        var entries = _read().GetEnumerator();
        while (entries.MoveNext())
        {
            // Entry, not Current: Current boxes each DictionaryEntry.
            var entry = entries.Entry;
            if (entry.Key is string name && Selects(name))
            {
                current += Fingerprint(name, entry.Value as string);
            }
        }

        return current != version;
    }

    private bool Selects(string name) => name.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) && name.Length > Prefix.Length;

    // One hash of a variable's name and value. A load's version is the sum over its variables, which the order the
    // environment lists them in does not change.
    private static UInt128 Fingerprint(string name, string? value)
    {
        var valueHash = XxHash3.HashToUInt64(MemoryMarshal.AsBytes((value ?? string.Empty).AsSpan()));
        return XxHash128.HashToUInt128(MemoryMarshal.AsBytes(name.AsSpan()), unchecked((long)valueHash));
    }
}
