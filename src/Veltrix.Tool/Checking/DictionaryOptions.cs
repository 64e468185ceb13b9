using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Veltrix.Tool.Checking;

/// <summary>Analyzer options from a dictionary, keys compared as the compiler compares them (case-insensitively).</summary>
internal sealed class DictionaryOptions : AnalyzerConfigOptions
{
    private readonly ImmutableDictionary<string, string> _values;

    /// <summary>Creates the options.</summary>
    /// <param name="values">The options.</param>
    public DictionaryOptions(IEnumerable<KeyValuePair<string, string>> values)
        => _values = ImmutableDictionary.CreateRange(StringComparer.OrdinalIgnoreCase, values);

    /// <summary>No options.</summary>
    public static DictionaryOptions Empty { get; } = new([]);

    /// <inheritdoc />
    public override IEnumerable<string> Keys => _values.Keys;

    /// <inheritdoc />
    public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
}
