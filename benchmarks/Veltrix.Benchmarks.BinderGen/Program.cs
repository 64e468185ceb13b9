using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/Veltrix.Benchmarks.BinderGen -- --filter '*' [--job short]
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
