using Xunit.Abstractions;

namespace Veltrix.PackageTests.Infrastructure;

/// <summary>
/// Where the package tests print their measured figures (pack, restore, build times): to the test's output and
/// to <c>reliability-figures.txt</c> beside the test assembly (or <c>VELTRIX_FIGURES_FILE</c>), which
/// <c>.ci/run</c> prints before its summary.
/// </summary>
public static class PackageFigures
{
    private static readonly Lock Gate = new();
    private static readonly string FilePath = Environment.GetEnvironmentVariable("VELTRIX_FIGURES_FILE")
        ?? Path.Combine(AppContext.BaseDirectory, "reliability-figures.txt");

    private static bool _started;

    /// <summary>Records one figure, such as <c>PKG: dotnet pack 41.2 s</c>.</summary>
    /// <param name="output">The test's output, or <see langword="null"/> from a fixture, which has none.</param>
    /// <param name="figure">The figure, already formatted.</param>
    public static void Report(ITestOutputHelper? output, string figure)
    {
        var line = $"PKG: {figure}";
        output?.WriteLine(line);
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
