using Xunit.Abstractions;

namespace Veltrix.Tests.Reliability;

/// <summary>
/// Where the test projects print their measured figures (reliability R1–R24, the native sample's size and start time,
/// how soon Prometheus shows a save): to the test's output and to one file per test run
/// (<c>reliability-figures.txt</c> beside the test assembly, or <c>VELTRIX_FIGURES_FILE</c>), which
/// <c>.ci/run</c> prints before its summary.
/// </summary>
public static class ReliabilityFigures
{
    private static readonly Lock Gate = new();
    private static readonly string FilePath = Environment.GetEnvironmentVariable("VELTRIX_FIGURES_FILE")
        ?? Path.Combine(AppContext.BaseDirectory, "reliability-figures.txt");

    private static bool _started;

    /// <summary>Records one figure, such as <c>R13: 2,000 puts, 3 kills, 0 missing revisions</c>.</summary>
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

    /// <summary>Reads an integer knob such as <c>VELTRIX_R13_PUTS</c>, or its default.</summary>
    public static int Knob(string name, int fallback)
        => int.TryParse(Environment.GetEnvironmentVariable(name), out var value) && value > 0 ? value : fallback;
}
