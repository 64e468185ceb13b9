using System.Globalization;
using BenchmarkDotNet.Running;
using Veltrix.Benchmarks.Generators;

// dotnet run -c Release --project benchmarks/Veltrix.Benchmarks.Generators -- --filter '*' [--job short]
// dotnet run -c Release --project benchmarks/Veltrix.Benchmarks.Generators -- --bytes [schemas]
if (args.Length > 0 && args[0] == "--bytes")
{
    var schemas = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000;
    AllocationReport.Run(schemas, Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
