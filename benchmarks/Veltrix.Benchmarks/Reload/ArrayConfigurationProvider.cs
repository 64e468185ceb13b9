using Microsoft.Extensions.Configuration;

namespace Veltrix.Benchmarks.Reload;

/// <summary>
/// The Microsoft.Extensions.Configuration counterpart of <see cref="ArrayConfigSource"/>: like
/// <c>MemoryConfigurationProvider</c>, but <see cref="Load"/> rebuilds its data from the arrays as a file provider
/// does after parsing, so that <c>IConfigurationRoot.Reload()</c> re-reads it as Veltrix's reload re-reads its source.
/// </summary>
internal sealed class ArrayConfigurationProvider : ConfigurationProvider, IConfigurationSource
{
    private readonly string[] _keys;
    private readonly string?[] _values;

    /// <summary>Creates the provider from copies of <paramref name="keys"/> and <paramref name="values"/>.</summary>
    /// <param name="keys">Full key paths.</param>
    /// <param name="values">Their values, index for index.</param>
    public ArrayConfigurationProvider(string[] keys, string?[] values)
    {
        _keys = [.. keys];
        _values = [.. values];
    }

    /// <summary>Changes one value; the next load reports it.</summary>
    /// <param name="index">The key's index.</param>
    /// <param name="value">The new value.</param>
    public void SetValue(int index, string? value) => _values[index] = value;

    /// <summary>The value of one key.</summary>
    /// <param name="index">The key's index.</param>
    public string? GetValue(int index) => _values[index];

    /// <inheritdoc/>
    public override void Load()
    {
        // A new dictionary per load, as FileConfigurationProvider gets from its parser.
        var data = new Dictionary<string, string?>(_keys.Length, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < _keys.Length; i++)
        {
            data[_keys[i]] = _values[i];
        }

        Data = data;
    }

    /// <inheritdoc/>
    public IConfigurationProvider Build(IConfigurationBuilder builder) => this;
}
