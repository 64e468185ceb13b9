using BenchmarkDotNet.Attributes;

namespace Veltrix.Benchmarks.Reload;

/// <summary>
/// Time and bytes of Veltrix reloads of one JSON file of 40, 1,000 and 10,000 int keys, beside a full load of the same
/// file: <c>LiveConfig&lt;T&gt;.Reload()</c> when nothing changed (the file is read and hashed, nothing is parsed or
/// bound) and when one value changed (read, parse, merge, bind, validate, diff, publish, raise <c>Changed</c>).
/// </summary>
/// <remarks>
/// "One key changed" first rewrites one digit of the first value in place (one positioned write of one byte through a
/// handle kept open, which allocates nothing), alternately 101 and 102, so that every call reloads a real change.
/// </remarks>
[MemoryDiagnoser]
public class FileReloadBenchmarks
{
    private FileReloadTargets _targets = null!;

    /// <summary>The number of value keys in the file and the schema.</summary>
    [Params(40, 1_000, 10_000)]
    public int Keys { get; set; }

    /// <summary>Writes the file, builds the configuration and checks that each case does what it says.</summary>
    [GlobalSetup]
    public void Setup() => _targets = FileReloadTargets.Create(Keys);

    /// <summary>Disposes the configuration and deletes the file.</summary>
    [GlobalCleanup]
    public void Cleanup() => _targets.Dispose();

    /// <summary>What a reload saves: read, parse, merge, bind and validate the file into a new configuration.</summary>
    [Benchmark(Baseline = true, Description = "Veltrix AddJsonFile().Build().Current (full load)")]
    public object FullLoad() => _targets.FullLoad();

    /// <summary>Nothing changed: the file is read and hashed, and the hash equals the last load's.</summary>
    [Benchmark(Description = "Veltrix Reload() of the file, nothing changed")]
    public ReloadResult Unchanged() => _targets.Reload(change: false);

    /// <summary>One value changed: the whole file is loaded again, diffed and published.</summary>
    [Benchmark(Description = "Veltrix Reload() of the file, one key changed")]
    public ReloadResult OneKeyChanged() => _targets.Reload(change: true);
}
