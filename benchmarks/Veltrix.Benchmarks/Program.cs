using BenchmarkDotNet.Running;
using Veltrix.Benchmarks.Reload;

// dotnet run -c Release --project benchmarks/Veltrix.Benchmarks -- --filter '*' [--job short]
// dotnet run -c Release --project benchmarks/Veltrix.Benchmarks -- reload [--writes N] [--interval-ms M] [--warmup W]
// The reload verb times file write → change callback, an event rather than a method, so it is not a BenchmarkDotNet run.
if (args.Length > 0 && args[0] == "reload")
{
    return ReloadLatencyHarness.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
