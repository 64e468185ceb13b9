using System.Text.Json.Serialization;

namespace Veltrix.Benchmarks.Loading;

/// <summary>System.Text.Json source-generated metadata for the benchmark files this project compiles (40 and 1,000 keys).</summary>
[JsonSerializable(typeof(BenchFile<Bench40Config>))]
[JsonSerializable(typeof(BenchFile<Bench1000Config>))]
internal sealed partial class BenchJsonContext : JsonSerializerContext;
