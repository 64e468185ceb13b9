namespace Veltrix.Benchmarks.Reload;

/// <summary>
/// An in-memory Veltrix source that hands its keys to the builder on every load, as a file source does after
/// parsing, but with the strings and origins made once: a reload benchmark then measures Veltrix, not parsing.
/// </summary>
internal sealed class ArrayConfigSource : IConfigSource
{
    private readonly string[] _keys;
    private readonly string?[] _values;
    private readonly ConfigOrigin[] _origins;

    /// <summary>Creates the source from copies of <paramref name="keys"/> and <paramref name="values"/>.</summary>
    /// <param name="keys">Full key paths.</param>
    /// <param name="values">Their values, index for index.</param>
    public ArrayConfigSource(string[] keys, string?[] values)
    {
        _keys = [.. keys];
        _values = [.. values];
        _origins = new ConfigOrigin[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            _origins[i] = new ConfigOrigin(Name, i + 1);
        }
    }

    /// <inheritdoc/>
    public string Name => "array";

    /// <summary>Changes one value; the next load reports it.</summary>
    /// <param name="index">The key's index.</param>
    /// <param name="value">The new value.</param>
    public void SetValue(int index, string? value) => _values[index] = value;

    /// <summary>The value of one key.</summary>
    /// <param name="index">The key's index.</param>
    public string? GetValue(int index) => _values[index];

    /// <inheritdoc/>
    public void Load(ConfigDataBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        for (var i = 0; i < _keys.Length; i++)
        {
            builder.Set(_keys[i], _values[i], _origins[i]);
        }
    }
}
