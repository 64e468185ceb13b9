using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Configuration;
using Veltrix.Benchmarks.Loading;

namespace Veltrix.Benchmarks.BinderGen;

/// <summary>
/// <c>ConfigurationBuilder().AddJsonFile().Build()</c> + <c>Get&lt;T&gt;()</c> with the binder source generator, beside
/// System.Text.Json source generation of the same file (the baseline of <c>LoadBenchmarks</c>, so that the two runs'
/// ratios can be compared).
/// </summary>
/// <remarks>
/// The binder source generator leaves init-only properties at their defaults (the reflection binder sets them), so it
/// binds the <c>Settable*Config</c> copies of the schemas, which have setters; set-up fails unless it binds the file.
/// </remarks>
[MemoryDiagnoser]
public class BinderGenLoadBenchmarks
{
    private string _directory = null!;
    private string _path = null!;

    /// <summary>The number of value keys in the file (not 10,000: see the project file).</summary>
    [Params(40, 1_000)]
    public int Keys { get; set; }

    /// <summary>Writes the file and checks both paths bind it.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _directory = Directory.CreateTempSubdirectory("veltrix-bindergen-").FullName;
        _path = Path.Combine(_directory, "appsettings.json");
        File.WriteAllText(_path, Keys switch
        {
            40 => BenchJson.Write<Bench40Config>(),
            1_000 => BenchJson.Write<Bench1000Config>(),
            _ => throw new InvalidOperationException($"There is no schema of {Keys} keys."),
        });

        var expected = 1 + BenchJson.Offset;
        var bound = ConfigurationBinderGenerated() switch
        {
            Settable40Config c => c.Cache.MaxEntries,
            Settable1000Config c => c.Cache1.MaxEntries1,
            _ => -1,
        };
        var deserialized = SystemTextJson() switch
        {
            BenchFile<Bench40Config> f => f.Bench.Cache.MaxEntries,
            BenchFile<Bench1000Config> f => f.Bench.Cache1.MaxEntries1,
            _ => -1,
        };
        if (bound != expected || deserialized != expected)
        {
            throw new InvalidOperationException($"Bound {bound} and deserialized {deserialized}, expected {expected}.");
        }
    }

    /// <summary>Deletes the file.</summary>
    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_directory, recursive: true);

    /// <summary>The floor: read the bytes and deserialize with generated metadata.</summary>
    [Benchmark(Baseline = true, Description = "File.ReadAllBytes + System.Text.Json source-gen Deserialize")]
    public object SystemTextJson()
    {
        var bytes = File.ReadAllBytes(_path);
        return Keys switch
        {
            40 => JsonSerializer.Deserialize(bytes, BenchJsonContext.Default.BenchFileBench40Config)!,
            _ => JsonSerializer.Deserialize(bytes, BenchJsonContext.Default.BenchFileBench1000Config)!,
        };
    }

    /// <summary>The start-up pipeline, with the generated binder.</summary>
    [Benchmark(Description = "ConfigurationBuilder().AddJsonFile().Build() + Get<T>() binder source generator")]
    public object ConfigurationBinderGenerated()
    {
        var section = new ConfigurationBuilder().AddJsonFile(_path).Build().GetSection("Bench");
        return Keys switch
        {
            40 => section.Get<Settable40Config>()!,
            _ => section.Get<Settable1000Config>()!,
        };
    }
}
