using BenchmarkDotNet.Running;
using Veltrix.Benchmarks.Fleet;
using Veltrix.Benchmarks.Reload;

// dotnet run -c Release --project benchmarks/Veltrix.Benchmarks -- --filter '*' [--job short]
// dotnet run -c Release --project benchmarks/Veltrix.Benchmarks -- reload [--writes N] [--interval-ms M] [--warmup W]
// The reload verb times file write → change callback, an event rather than a method, so it is not a BenchmarkDotNet run.
// dotnet run -c Release --project benchmarks/Veltrix.Benchmarks -- fleet [--endpoints URL] [--watchers 10,50,100] [--rounds 30] [--poll-ms 1000,5000|none]
// The fleet verb times an etcd put → the last of N watchers' Changed, against timer polling; it starts its own etcd.
if (args.Length > 0 && args[0] == "fleet")
{
    return FleetPropagationHarness.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "reload")
{
    return ReloadLatencyHarness.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
