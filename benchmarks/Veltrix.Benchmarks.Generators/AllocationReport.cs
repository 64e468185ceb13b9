using System.Globalization;

namespace Veltrix.Benchmarks.Generators;

/// <summary>
/// Bytes allocated by each <see cref="GeneratorBenchmarks"/> case on the calling thread, averaged over a few runs
/// after a warm-up: figures that, unlike times, do not depend on how busy the machine is.
/// </summary>
internal static class AllocationReport
{
    private const int Runs = 8;

    /// <summary>Measures the cold run, the one-schema edit, an unrelated edit and the floor for <paramref name="schemas"/> types.</summary>
    public static void Run(int schemas, TextWriter output)
    {
        var benchmarks = new GeneratorBenchmarks { Schemas = schemas };
        benchmarks.Setup();
        var cold = Measure(static b => b.Cold(), benchmarks, runs: 2);
        var edit = Measure(static b => b.Edit(), benchmarks, Runs);
        var unrelated = Measure(static b => b.UnrelatedEdit(), benchmarks, Runs);
        var floor = Measure(static b => b.EditFloor(), benchmarks, Runs);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"schemas {schemas}: cold {cold / 1024.0:F0} KB, one-schema edit {edit / 1024.0:F0} KB ({(double)edit / cold:F3}x), unrelated edit {unrelated / 1024.0:F0} KB ({(double)unrelated / cold:F3}x), floor {floor / 1024.0:F0} KB"));
    }

    private static long Measure(Func<GeneratorBenchmarks, object> run, GeneratorBenchmarks benchmarks, int runs)
    {
        run(benchmarks);
        run(benchmarks);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < runs; i++)
        {
            run(benchmarks);
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / runs;
    }
}
