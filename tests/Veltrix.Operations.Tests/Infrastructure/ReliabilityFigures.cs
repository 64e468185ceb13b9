using Xunit.Abstractions;

namespace Veltrix.Operations.Tests.Infrastructure;

/// <summary>
/// Where the operations tests print their measured figures (how soon Prometheus shows a save): to the test's output and to one file per test run
/// (<c>reliability-figures.txt</c> beside the test assembly, or <c>VELTRIX_FIGURES_FILE</c>), which
/// <c>.ci/run</c> prints before its summary.
/// </summary>
public static class ReliabilityFigures
{
    private static readonly Lock Gate = new();
    private static readonly string FilePath = Environment.GetEnvironmentVariable("VELTRIX_FIGURES_FILE")
        ?? Path.Combine(AppContext.BaseDirectory, "reliability-figures.txt");

    private static bool _started;

    /// <summary>Records one figure, such as <c>R4a: 200/200 writes gave exactly one event; latency median 61 ms</c>.</summary>
    public static void Report(ITestOutputHelper output, string test, string figure)
    {
        ArgumentNullException.ThrowIfNull(output);
        var line = $"{test}: {figure}";
        output.WriteLine(line);
        lock (Gate)
        {
            if (!_started)
            {
                File.WriteAllText(FilePath, string.Empty);
                _started = true;
            }

            File.AppendAllText(FilePath, line + Environment.NewLine);
        }
    }
}
