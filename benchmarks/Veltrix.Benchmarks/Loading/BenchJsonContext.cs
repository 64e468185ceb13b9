using System.Text.Json.Serialization;

namespace Veltrix.Benchmarks.Loading;

/// <summary>System.Text.Json source-generated metadata for the benchmark files: the fastest binder the platform has.</summary>
[JsonSerializable(typeof(BenchFile<Bench40Config>))]
[JsonSerializable(typeof(BenchFile<Bench1000Config>))]
[JsonSerializable(typeof(BenchFile<Bench10000Config>))]
internal sealed partial class BenchJsonContext : JsonSerializerContext;
