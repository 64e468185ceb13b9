using System;
using System.Collections.Generic;
using System.Globalization;
using ScottPlot.TickGenerators;
using Veltrix.Benchmarks.Charts.Reports;

namespace Veltrix.Benchmarks.Charts.Drawing;

/// <summary>
/// A logarithmic axis. ScottPlot 5 draws linear axes only; its documented way to a log scale is to plot the
/// logarithm of each value and label the ticks with the values themselves, which this class does: a position is the
/// number of decades above the lowest value shown (so positions start at 0 and bars drawn from 0 never have a negative
/// length, which ScottPlot would label on the wrong side), major ticks sit on round values of the unit (1 ns, 10 ns, …
/// or 1 KB, 10 KB, 100 KB, 1 MB, …) and minor ticks on their multiples 2 to 9.
/// </summary>
internal sealed class LogScale
{
    private readonly List<(double Value, string Label)> _majors;
    private readonly double _origin;

    private LogScale(List<(double Value, string Label)> majors)
    {
        _majors = majors;
        _origin = Math.Log10(majors[0].Value);
    }

    /// <summary>The axis position of the lowest value shown (0 by construction).</summary>
    public double Low => Position(_majors[0].Value);

    /// <summary>The axis position of the highest value shown.</summary>
    public double High => Position(_majors[^1].Value);

    /// <summary>Decades of nanoseconds that cover <paramref name="min"/> to <paramref name="max"/>, at least one decade.</summary>
    public static LogScale ForTime(double min, double max)
    {
        var ladder = new List<(double, string)>();
        for (var exponent = -3; exponent <= 12; exponent++)
        {
            var value = Math.Pow(10, exponent);
            ladder.Add((value, Units.FormatTime(value)));
        }

        return Covering(ladder, min, max);
    }

    /// <summary>1, 10 and 100 of B, KB, MB and GB covering <paramref name="min"/> to <paramref name="max"/> bytes.</summary>
    /// <remarks>Decades of bytes would label ticks 9.77 KB, 97.7 KB and 977 KB, since BenchmarkDotNet's units are binary.</remarks>
    public static LogScale ForBytes(double min, double max)
    {
        var ladder = new List<(double, string)>();
        string[] names = ["B", "KB", "MB", "GB"];
        for (var unit = 0; unit < names.Length; unit++)
        {
            for (var multiple = 1; multiple <= 100; multiple *= 10)
            {
                ladder.Add((multiple * Math.Pow(1024, unit), multiple.ToString(CultureInfo.InvariantCulture) + " " + names[unit]));
            }
        }

        return Covering(ladder, min, max);
    }

    /// <summary>The axis position of <paramref name="value"/>, or of the lowest value shown when it is below it (0 included).</summary>
    public double PositionOf(double value) => value <= _majors[0].Value ? Low : Position(value);

    /// <summary>A tick generator with the major ticks labelled and the minor ticks between them.</summary>
    public NumericManual Ticks()
    {
        var ticks = new NumericManual();
        for (var i = 0; i < _majors.Count; i++)
        {
            var (value, label) = _majors[i];
            ticks.AddMajor(Position(value), label);
            if (i + 1 == _majors.Count)
            {
                break;
            }

            var next = _majors[i + 1].Value;
            for (var multiple = 2; value * multiple < next * 0.999; multiple++)
            {
                ticks.AddMinor(Position(value * multiple));
            }
        }

        return ticks;
    }

    private double Position(double value) => Math.Log10(value) - _origin;

    // The smallest run of ladder steps whose first is at or below min and whose last is at or above max.
    private static LogScale Covering(List<(double Value, string Label)> ladder, double min, double max)
    {
        min = Math.Max(min, ladder[0].Value);
        var first = 0;
        while (first + 1 < ladder.Count && ladder[first + 1].Value <= min)
        {
            first++;
        }

        first = Math.Min(first, ladder.Count - 2);
        var last = first + 1;
        while (last + 1 < ladder.Count && ladder[last].Value < max)
        {
            last++;
        }

        return new LogScale(ladder.GetRange(first, last - first + 1));
    }
}
