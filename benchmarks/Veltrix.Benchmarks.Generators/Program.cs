using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/Veltrix.Benchmarks.Generators -- --filter '*' [--job short]
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
