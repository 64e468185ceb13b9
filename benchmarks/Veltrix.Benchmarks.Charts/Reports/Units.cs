using System;
using System.Globalization;

namespace Veltrix.Benchmarks.Charts.Reports;

/// <summary>
/// BenchmarkDotNet's cells with units (<c>1,234.5 ns</c>, <c>12.3 KB</c>) as numbers in the smallest unit, and those
/// numbers back as short labels. Sizes are binary, as BenchmarkDotNet prints them (1 KB = 1,024 B).
/// </summary>
internal static class Units
{
    private const double Kilobyte = 1024.0;
    private const double Megabyte = 1024.0 * 1024.0;
    private const double Gigabyte = 1024.0 * 1024.0 * 1024.0;

    /// <summary>A time cell in nanoseconds. <c>-</c>, <c>NA</c>, <c>?</c> and an empty cell read as 0.</summary>
    public static double ParseNanoseconds(string cell) => Parse(cell, TimeScale);

    /// <summary>A size cell in bytes. <c>-</c> is BenchmarkDotNet's "nothing allocated" and reads as 0, as do
    /// <c>NA</c>, <c>?</c> and an empty cell.</summary>
    public static double ParseBytes(string cell) => Parse(cell, SizeScale);

    /// <summary>A parameter cell such as <c>10,000</c> as an integer.</summary>
    public static int ParseCount(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return int.Parse(cell.Trim().Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture);
    }

    /// <summary>Nanoseconds with three significant digits in the largest unit that keeps them at 1 or more: <c>0.286 ns</c>, <c>17 ns</c>, <c>1.84 ms</c>.</summary>
    public static string FormatTime(double nanoseconds)
    {
        if (nanoseconds >= 1e9)
        {
            return Significant(nanoseconds / 1e9) + " s";
        }

        if (nanoseconds >= 1e6)
        {
            return Significant(nanoseconds / 1e6) + " ms";
        }

        if (nanoseconds >= 1e3)
        {
            return Significant(nanoseconds / 1e3) + " µs";
        }

        return Significant(nanoseconds) + " ns";
    }

    /// <summary>Bytes as <c>0 B</c>, <c>64 B</c>, <c>14.7 KB</c>, <c>3.11 MB</c>, <c>1.2 GB</c> (binary units, three significant digits).</summary>
    public static string FormatBytes(double bytes)
    {
        if (bytes == 0)
        {
            return "0 B";
        }

        if (bytes >= Gigabyte)
        {
            return Significant(bytes / Gigabyte) + " GB";
        }

        if (bytes >= Megabyte)
        {
            return Significant(bytes / Megabyte) + " MB";
        }

        if (bytes >= Kilobyte)
        {
            return Significant(bytes / Kilobyte) + " KB";
        }

        return Math.Round(bytes).ToString("0", CultureInfo.InvariantCulture) + " B";
    }

    private static string Significant(double value) => value.ToString("G3", CultureInfo.InvariantCulture);

    private static double Parse(string cell, Func<string, double> scaleOf)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var text = cell.Trim().Replace(",", string.Empty, StringComparison.Ordinal);
        if (text is "" or "-" or "NA" or "?")
        {
            return 0.0;
        }

        var space = text.IndexOf(' ', StringComparison.Ordinal);
        var number = space < 0 ? text : text[..space];
        var unit = space < 0 ? string.Empty : text[(space + 1)..];
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw new FormatException($"'{cell}' is not a number with a unit.");
        }

        return value * scaleOf(unit);
    }

    // A cell without a unit is taken as it is. An unknown unit is an error rather than a guess: a chart off by a
    // factor of 1,000 looks as plausible as a right one.
    private static double TimeScale(string unit) => unit switch
    {
        "" or "ns" => 1.0,
        "ps" => 1e-3,
        "μs" or "µs" or "us" => 1e3,
        "ms" => 1e6,
        "s" => 1e9,
        "m" => 60e9,
        "h" => 3600e9,
        _ => throw new FormatException($"'{unit}' is not a time unit of BenchmarkDotNet."),
    };

    private static double SizeScale(string unit) => unit switch
    {
        "" or "B" => 1.0,
        "KB" => Kilobyte,
        "MB" => Megabyte,
        "GB" => Gigabyte,
        "TB" => Gigabyte * 1024.0,
        _ => throw new FormatException($"'{unit}' is not a size unit of BenchmarkDotNet."),
    };
}
