using BenchmarkDotNet.Attributes;

namespace Veltrix.Benchmarks.Loading;

/// <summary>
/// Load + bind (+ validate, for Veltrix) of one JSON file of 40, 1,000 and 10,000 int keys: Veltrix against
/// System.Text.Json source generation (the floor: no merge, no key paths, no validation), the
/// Microsoft.Extensions.Configuration pipeline with the reflection binder, and <c>IOptionsSnapshot&lt;T&gt;</c>,
/// which binds again in every request scope. The binder source generator's variant is in
/// <c>benchmarks/Veltrix.Benchmarks.BinderGen</c>, because enabling it intercepts every binder call of a project.
/// </summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    private LoadTargets _targets = null!;

    /// <summary>The number of value keys in the file and the schema.</summary>
    [Params(40, 1_000, 10_000)]
    public int Keys { get; set; }

    /// <summary>Writes the file and checks every path binds it.</summary>
    [GlobalSetup]
    public void Setup() => _targets = LoadTargets.Create(Keys);

    /// <summary>Deletes the file.</summary>
    [GlobalCleanup]
    public void Cleanup() => _targets.Dispose();

    /// <summary>The floor: read the bytes and deserialize with generated metadata.</summary>
    [Benchmark(Baseline = true, Description = "File.ReadAllBytes + System.Text.Json source-gen Deserialize")]
    public object SystemTextJson() => _targets.SystemTextJson();

    /// <summary>Veltrix: read, parse, merge, bind and validate, then dispose the <c>LiveConfig&lt;T&gt;</c>.</summary>
    [Benchmark(Description = "Veltrix AddJsonFile().Build().Current")]
    public object Veltrix() => _targets.Veltrix();

    /// <summary>
    /// Veltrix with environment variables (one under the prefix, the process's others skipped) and one command-line
    /// argument layered over the same file: what a service deployed with overrides loads.
    /// </summary>
    [Benchmark(Description = "Veltrix AddJsonFile().AddEnvironmentVariables(prefix).AddCommandLine(args)")]
    public object VeltrixLayered() => _targets.VeltrixLayered();

    /// <summary>What most applications do at start-up.</summary>
    [Benchmark(Description = "ConfigurationBuilder().AddJsonFile().Build() + Get<T>() reflection")]
    public object ConfigurationBinder() => _targets.ConfigurationBinder();

    /// <summary>A per-request bind from an already built configuration.</summary>
    [Benchmark(Description = "IOptionsSnapshot<T>.Value in a new scope")]
    public object OptionsSnapshot() => _targets.OptionsSnapshot();
}
