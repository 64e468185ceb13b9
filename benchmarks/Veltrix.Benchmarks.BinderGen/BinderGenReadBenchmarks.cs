using System.Globalization;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Configuration;
using Veltrix.Benchmarks.Loading;

namespace Veltrix.Benchmarks.BinderGen;

/// <summary>
/// <c>IConfiguration.GetValue&lt;int&gt;(key)</c> with the binder source generator, beside <c>int.Parse(IConfiguration[key])</c>
/// (also a row of <c>ReadBenchmarks</c>, so that the two runs' ratios can be compared).
/// </summary>
[MemoryDiagnoser]
public class BinderGenReadBenchmarks
{
    private const string Key = "Bench:Cache:MaxEntries";

    private string _directory = null!;
    private IConfigurationRoot _configuration = null!;

    /// <summary>Builds the configuration from the 40-key file and checks both reads.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _directory = Directory.CreateTempSubdirectory("veltrix-bindergen-").FullName;
        var path = Path.Combine(_directory, "appsettings.json");
        File.WriteAllText(path, BenchJson.Write<Bench40Config>());
        _configuration = new ConfigurationBuilder().AddJsonFile(path).Build();
        if (ConfigurationIndexerParse() != 1 + BenchJson.Offset || ConfigurationGetValueGenerated() != 1 + BenchJson.Offset)
        {
            throw new InvalidOperationException($"{Key} was not read.");
        }
    }

    /// <summary>Deletes the file.</summary>
    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_directory, recursive: true);

    /// <summary>The raw string, parsed.</summary>
    [Benchmark(Baseline = true, Description = "int.Parse(IConfiguration[key])")]
    public int ConfigurationIndexerParse() => int.Parse(_configuration[Key]!, CultureInfo.InvariantCulture);

    /// <summary>The generated binder's conversion of one key.</summary>
    [Benchmark(Description = "IConfiguration.GetValue<int>(key) binder source generator")]
    public int ConfigurationGetValueGenerated() => _configuration.GetValue<int>(Key);
}
