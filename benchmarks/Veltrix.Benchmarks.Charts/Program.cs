using System;
using System.IO;
using Veltrix.Benchmarks.Charts.Reports;

namespace Veltrix.Benchmarks.Charts;

/// <summary>
/// Draws the charts of docs/benchmarks.md as SVG from BenchmarkDotNet's CSV reports:
/// <c>dotnet run --project benchmarks/Veltrix.Benchmarks.Charts [-- results-dir [output-dir]]</c>.
/// </summary>
internal static class Program
{
    private const string Usage = """
        Draws the charts of docs/benchmarks.md as SVG from BenchmarkDotNet's CSV reports.

            dotnet run --project benchmarks/Veltrix.Benchmarks.Charts [-- results-dir [output-dir]]

        results-dir  the *-report.csv files of a run, copied from BenchmarkDotNet.Artifacts/results
                     (default docs/benchmarks/results)
        output-dir   where the SVG files go (default docs/benchmarks)

        read.svg       time per read of one setting, per path (log scale), with bytes allocated
        load.svg       load + bind of a JSON file against its number of keys: time and bytes per path (log-log)
        lookup.svg     time per key lookup against the schema's number of keys (flat is the goal)
        reload.svg     time and bytes allocated per reload against the schema's number of keys
        generator.svg  generator cold run and one-schema edit against the number of schema types
        A chart whose CSV is missing is skipped.
        """;

    private static int Main(string[] args)
    {
        if (args.Length > 2 || (args.Length > 0 && args[0] is "-h" or "--help" or "-?"))
        {
            Console.WriteLine(Usage);
            return args.Length > 2 ? 2 : 0;
        }

        var root = RepositoryRoot();
        var results = Path.GetFullPath(args.Length > 0 ? args[0] : Path.Combine(root, "docs", "benchmarks", "results"));
        var output = Path.GetFullPath(args.Length > 1 ? args[1] : Path.Combine(root, "docs", "benchmarks"));
        Directory.CreateDirectory(output);

        var written = 0;
        foreach (var (fileName, report, draw) in BenchmarkCharts.All)
        {
            try
            {
                var rows = BenchmarkReport.Find(results, report);
                if (rows is null)
                {
                    Console.WriteLine($"skipped {fileName}: no *.{report}-report.csv in {results}");
                    continue;
                }

                var path = Path.Combine(output, fileName);
                File.WriteAllText(path, draw(rows, results).ToSvg());
                Console.WriteLine($"wrote {path}");
                written++;
            }
            catch (Exception e) when (e is FormatException or IOException)
            {
                Console.Error.WriteLine($"error: {fileName}: {e.Message}");
                return 1;
            }
        }

        return written > 0 ? 0 : 1;
    }

    // The default folders are the repository's, wherever the tool is started from inside it.
    private static string RepositoryRoot()
    {
        foreach (var start in (ReadOnlySpan<string>)[Environment.CurrentDirectory, AppContext.BaseDirectory])
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Veltrix.Generated.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return Environment.CurrentDirectory;
    }
}
