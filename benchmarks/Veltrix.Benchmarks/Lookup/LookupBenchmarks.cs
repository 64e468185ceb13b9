using System.Collections.Frozen;
using BenchmarkDotNet.Attributes;

namespace Veltrix.Benchmarks.Lookup;

/// <summary>
/// Looking a value up by its string key path: Veltrix's generated key table against the dictionaries a
/// hand-rolled config layer would use. Each operation looks up all 40 keys once (mixed case).
/// </summary>
[MemoryDiagnoser]
public class LookupBenchmarks
{
    private LiveConfig<Bench40Config> _config = null!;
    private string[] _keys = null!;
    private FrozenDictionary<string, object> _frozen = null!;
    private Dictionary<string, object> _dictionary = null!;
    private PerfectHashLookup _perfectHash = null!;
    private Func<Bench40Config, ConfigValue>[] _readers = null!;

    [GlobalSetup]
    public void Setup()
    {
        _config = VeltrixConfiguration.CreateBuilder<Bench40Config>().Build();
        var keys = new List<string>();
        foreach (var key in _config.Schema.Keys)
        {
            if (key.Kind == ConfigKeyKind.Value)
            {
                keys.Add(key.Path);
            }
        }

        // Half the lookups in another case, as keys typed by people arrive.
        _keys = new string[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            _keys[i] = i % 2 == 0 ? keys[i] : keys[i].ToUpperInvariant();
        }

        _dictionary = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in keys)
        {
            _config.TryGetValue(key, out var value);
            _dictionary[key] = value.AsInt32();
        }

        _frozen = _dictionary.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

        // The perfect hash finds the key's index; the value is then read by a per-key reader, as the generated
        // dispatch does once it has matched a key.
        _perfectHash = new PerfectHashLookup(keys);
        _readers = Bench40Readers.All;
        for (var i = 0; i < keys.Count; i++)
        {
            _config.TryGetValue(keys[i], out var expected);
            if (_readers[i](_config.Current) != expected)
            {
                throw new InvalidOperationException($"Reader {i} does not read {keys[i]}.");
            }
        }
    }

    [Benchmark(Baseline = true, Description = "FrozenDictionary<string,object> OrdinalIgnoreCase + unbox")]
    public int FrozenDictionary()
    {
        var sum = 0;
        foreach (var key in _keys)
        {
            sum += (int)_frozen[key];
        }

        return sum;
    }

    [Benchmark(Description = "Dictionary<string,object> OrdinalIgnoreCase + unbox")]
    public int Dictionary()
    {
        var sum = 0;
        foreach (var key in _keys)
        {
            sum += (int)_dictionary[key];
        }

        return sum;
    }

    [Benchmark(Description = "perfect hash over the same keys + per-key reader")]
    public int PerfectHash()
    {
        var sum = 0;
        var config = _config.Current;
        foreach (var key in _keys)
        {
            var index = _perfectHash.IndexOf(key);
            sum += _readers[index](config).AsInt32();
        }

        return sum;
    }

    [Benchmark(Description = "Veltrix TryGetValue (generated key table)")]
    public int Veltrix()
    {
        var sum = 0;
        foreach (var key in _keys)
        {
            _config.TryGetValue(key, out var value);
            sum += value.AsInt32();
        }

        return sum;
    }
}
