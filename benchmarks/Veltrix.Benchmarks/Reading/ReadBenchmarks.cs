using System.Collections.Frozen;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Veltrix.Benchmarks.Loading;

namespace Veltrix.Benchmarks.Reading;

/// <summary>
/// Reading one setting, <c>Bench:Cache:MaxEntries</c> of the 40-key schema, the ways an application can: the floor
/// (a volatile read of an immutable snapshot, then its fields), Veltrix's typed read and key lookup, the options
/// interfaces, dictionaries of boxed values, and <c>IConfiguration</c> with and without conversion.
/// </summary>
/// <remarks>
/// Every path reads the same file, so each returns the same value; set-up fails otherwise. Each operation is a
/// single read: BenchmarkDotNet unrolls and subtracts its own call overhead, so the sub-nanosecond rows are at the
/// resolution of the method and should be compared as ratios within one run.
/// </remarks>
[MemoryDiagnoser]
public class ReadBenchmarks
{
    private const string Key = "Bench:Cache:MaxEntries";

    private string _directory = null!;
    private Bench40Config _floor = null!;
    private LiveConfig<Bench40Config> _live = null!;
    private ServiceProvider _services = null!;
    private IOptions<Bench40Config> _options = null!;
    private IOptionsMonitor<Bench40Config> _monitor = null!;
    private IConfigurationRoot _configuration = null!;
    private Dictionary<string, object> _dictionary = null!;
    private FrozenDictionary<string, object> _frozen = null!;

    /// <summary>Writes the 40-key file and builds every reader over it.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _directory = Directory.CreateTempSubdirectory("veltrix-read-").FullName;
        var path = Path.Combine(_directory, "appsettings.json");
        File.WriteAllText(path, BenchJson.Write<Bench40Config>());

        _live = VeltrixConfiguration.CreateBuilder<Bench40Config>().AddJsonFile(path).Build();
        _floor = _live.Current;
        _configuration = new ConfigurationBuilder().AddJsonFile(path).Build();
        var services = new ServiceCollection();
        services.Configure<Bench40Config>(_configuration.GetSection("Bench"));
        _services = services.BuildServiceProvider();
        _options = _services.GetRequiredService<IOptions<Bench40Config>>();
        _monitor = _services.GetRequiredService<IOptionsMonitor<Bench40Config>>();

        _dictionary = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in _live.Schema.Keys)
        {
            if (key.Kind == ConfigKeyKind.Value && _live.TryGetValue(key.Path, out var value))
            {
                _dictionary[key.Path] = value.AsInt32();
            }
        }

        _frozen = _dictionary.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

        var expected = Floor();
        int[] all =
        [
            VeltrixCurrent(), VeltrixTryGetValue(), OptionsValue(), OptionsMonitorCurrentValue(), Dictionary(), FrozenDictionary(),
            int.Parse(ConfigurationIndexer()!, CultureInfo.InvariantCulture), ConfigurationIndexerParse(), ConfigurationGetValue(),
        ];
        if (expected != 1 + BenchJson.Offset || Array.Exists(all, v => v != expected))
        {
            throw new InvalidOperationException($"The read paths disagree on {Key}: {expected} vs {string.Join(", ", all)}.");
        }
    }

    /// <summary>Releases the configuration and deletes the file.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _live.Dispose();
        _services.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>The floor: one volatile read of a field holding the immutable snapshot, then the two field reads.</summary>
    [Benchmark(Baseline = true, Description = "floor: Volatile.Read(snapshot).Cache.MaxEntries")]
    public int Floor() => Volatile.Read(ref _floor).Cache.MaxEntries;

    /// <summary>Veltrix's typed read.</summary>
    [Benchmark(Description = "Veltrix live.Current.Cache.MaxEntries")]
    public int VeltrixCurrent() => _live.Current.Cache.MaxEntries;

    /// <summary>Veltrix's lookup by key path, typed value without boxing.</summary>
    [Benchmark(Description = "Veltrix live.TryGetValue(key) + AsInt32()")]
    public int VeltrixTryGetValue() => _live.TryGetValue(Key, out var value) ? value.AsInt32() : -1;

    /// <summary>The bound options object, created once.</summary>
    [Benchmark(Description = "IOptions<T>.Value.Cache.MaxEntries")]
    public int OptionsValue() => _options.Value.Cache.MaxEntries;

    /// <summary>The monitored options object, looked up in the monitor's cache on each read.</summary>
    [Benchmark(Description = "IOptionsMonitor<T>.CurrentValue.Cache.MaxEntries")]
    public int OptionsMonitorCurrentValue() => _monitor.CurrentValue.Cache.MaxEntries;

    /// <summary>A hand-rolled key-value layer: boxed values under case-insensitive keys.</summary>
    [Benchmark(Description = "Dictionary<string,object> OrdinalIgnoreCase + unbox")]
    public int Dictionary() => (int)_dictionary[Key];

    /// <summary>The same, frozen.</summary>
    [Benchmark(Description = "FrozenDictionary<string,object> OrdinalIgnoreCase + unbox")]
    public int FrozenDictionary() => (int)_frozen[Key];

    /// <summary>The raw string from the configuration root.</summary>
    [Benchmark(Description = "IConfiguration[key] (string)")]
    public string? ConfigurationIndexer() => _configuration[Key];

    /// <summary>The raw string, parsed.</summary>
    [Benchmark(Description = "int.Parse(IConfiguration[key])")]
    public int ConfigurationIndexerParse() => int.Parse(_configuration[Key]!, CultureInfo.InvariantCulture);

    /// <summary>The reflection binder's conversion of one key.</summary>
    [Benchmark(Description = "IConfiguration.GetValue<int>(key) reflection")]
    public int ConfigurationGetValue() => _configuration.GetValue<int>(Key);
}
