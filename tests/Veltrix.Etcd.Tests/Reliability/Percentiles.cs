using System.Globalization;

namespace Veltrix.Etcd.Tests.Reliability;

/// <summary>Formats a set of latencies for the figures file.</summary>
internal static class Percentiles
{
    public static string Describe(IReadOnlyCollection<double> milliseconds)
    {
        if (milliseconds.Count == 0)
        {
            return "no samples";
        }

        var sorted = milliseconds.Order().ToArray();
        return string.Create(CultureInfo.InvariantCulture,
            $"median {At(sorted, 0.5):0} ms, max {sorted[^1]:0} ms over {sorted.Length}");
    }

    public static double At(double[] sorted, double quantile)
        => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];
}
