using System.Globalization;

namespace Veltrix.Tests.Watching;

/// <summary>Formats measured latencies as min / p50 / p95 / max in milliseconds.</summary>
internal static class LatencySummary
{
    public static string Of(IReadOnlyCollection<TimeSpan> samples) => Of(samples.Select(s => s.TotalMilliseconds).ToList());

    public static string Of(IReadOnlyCollection<double> milliseconds)
    {
        if (milliseconds.Count == 0)
        {
            return "no samples";
        }

        var sorted = milliseconds.Order().ToArray();
        return string.Create(CultureInfo.InvariantCulture,
            $"min {sorted[0]:F0} ms, p50 {Percentile(sorted, 0.50):F0} ms, p95 {Percentile(sorted, 0.95):F0} ms, max {sorted[^1]:F0} ms (n={sorted.Length})");
    }

    public static double Percentile(double[] sorted, double p)
        => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    public static string Ms(TimeSpan value) => string.Create(CultureInfo.InvariantCulture, $"{value.TotalMilliseconds:F0} ms");
}
