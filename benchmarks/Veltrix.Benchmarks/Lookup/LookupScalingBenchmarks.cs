using BenchmarkDotNet.Attributes;

namespace Veltrix.Benchmarks.Lookup;

/// <summary>
/// Key lookup as the schema grows: one operation looks every value key of a 40, 1,000 or 10,000-key schema up once
/// (half in upper case). Divide the mean by <see cref="Keys"/> for the time per lookup; a flat line means the cost
/// does not grow with the schema.
/// </summary>
[MemoryDiagnoser]
public class LookupScalingBenchmarks
{
    private LookupTargets _targets = null!;

    /// <summary>The number of value keys in the schema, each looked up once per operation.</summary>
    [Params(40, 1_000, 10_000)]
    public int Keys { get; set; }

    /// <summary>Builds both lookups and checks they agree.</summary>
    [GlobalSetup]
    public void Setup() => _targets = LookupTargets.Create(Keys);

    /// <summary>Releases the configuration.</summary>
    [GlobalCleanup]
    public void Cleanup() => _targets.Dispose();

    /// <summary>The platform's fastest read-only map with the comparer configuration keys need.</summary>
    [Benchmark(Baseline = true, Description = "FrozenDictionary<string,object> OrdinalIgnoreCase + unbox")]
    public int FrozenDictionary() => _targets.FrozenDictionary();

    /// <summary>The generated key table and its shared matcher.</summary>
    [Benchmark(Description = "Veltrix TryGetValue (generated key table)")]
    public int Veltrix() => _targets.Veltrix();
}
