using System;
using System.Collections.Generic;
using System.Globalization;
using ScottPlot;
using ScottPlot.Plottables;
using ScottPlot.TickGenerators;

namespace Veltrix.Benchmarks.Charts.Drawing;

/// <summary>Builds the ScottPlot plots that a <see cref="Figure"/> lays out: log-log lines and log-scale bars.</summary>
internal static class Panels
{
    /// <summary>
    /// Lines of <paramref name="series"/> on log-log axes: the parameter (keys, schema types) along x, ticked at each
    /// measured value, and <paramref name="scale"/>'s quantity along y.
    /// </summary>
    /// <returns><see langword="null"/> when no series has a point above 0.</returns>
    public static Plot? Lines(
        string title,
        string xLabel,
        string yLabel,
        Func<double, double, LogScale> scale,
        IReadOnlyList<Series> series)
    {
        var xs = new SortedSet<double>();
        var low = double.MaxValue;
        var high = 0.0;
        foreach (var line in series)
        {
            foreach (var (x, y) in line.Points)
            {
                xs.Add(x);
                low = Math.Min(low, y);
                high = Math.Max(high, y);
            }
        }

        if (xs.Count == 0)
        {
            return null;
        }

        var yScale = scale(low, high);
        var plot = NewPlot(title, xLabel, yLabel);
        plot.Axes.Left.TickGenerator = yScale.Ticks();

        var xTicks = new NumericManual();
        foreach (var x in xs)
        {
            xTicks.AddMajor(Math.Log10(x), x.ToString("N0", CultureInfo.InvariantCulture));
        }

        plot.Axes.Bottom.TickGenerator = xTicks;

        // Alternatives first, so that Veltrix's line is drawn over theirs where they cross.
        foreach (var veltrixPass in (ReadOnlySpan<bool>)[false, true])
        {
            foreach (var line in series)
            {
                if (line.IsVeltrix != veltrixPass || line.Points.Count == 0)
                {
                    continue;
                }

                var px = new double[line.Points.Count];
                var py = new double[line.Points.Count];
                for (var i = 0; i < px.Length; i++)
                {
                    px[i] = Math.Log10(line.Points[i].X);
                    py[i] = yScale.PositionOf(line.Points[i].Y);
                }

                var scatter = plot.Add.Scatter(px, py, line.Color);
                scatter.LineWidth = line.IsVeltrix ? 3 : 2;
                scatter.MarkerShape = line.Marker;
                scatter.MarkerSize = line.IsVeltrix ? 9 : 7;
            }
        }

        var left = Math.Log10(xs.Min);
        var right = Math.Log10(xs.Max);
        var pad = right > left ? (right - left) * 0.04 : 0.5;
        plot.Axes.SetLimits(left - pad, right + pad, yScale.Low, yScale.High);
        return plot;
    }

    /// <summary>
    /// Horizontal bars of time on a log scale, one per row from top to bottom, labelled on the left with
    /// <c>Label</c> and after the bar with <c>Note</c>.
    /// </summary>
    public static Plot Bars(string xLabel, IReadOnlyList<(string Label, double Nanoseconds, string Note, bool IsVeltrix)> rows)
    {
        var low = double.MaxValue;
        var high = 0.0;
        foreach (var row in rows)
        {
            if (row.Nanoseconds > 0)
            {
                low = Math.Min(low, row.Nanoseconds);
            }

            high = Math.Max(high, row.Nanoseconds);
        }

        var scale = LogScale.ForTime(low, Math.Max(high, low * 10));
        var plot = NewPlot(title: null, xLabel, yLabel: null);
        plot.Axes.Bottom.TickGenerator = scale.Ticks();

        var bars = new List<Bar>(rows.Count);
        var yTicks = new NumericManual();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var position = rows.Count - 1 - i;
            yTicks.AddMajor(position, row.Label);
            bars.Add(new Bar
            {
                Position = position,
                ValueBase = scale.Low,
                Value = scale.PositionOf(row.Nanoseconds),
                Size = 0.66,
                FillColor = row.IsVeltrix ? ChartStyle.Veltrix : ChartStyle.Alternative,
                LineWidth = 0,
                Label = row.Note,

            });
        }

        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        barPlot.ValueLabelStyle.FontSize = ChartStyle.LabelSize;
        barPlot.ValueLabelStyle.FontName = ChartStyle.FontName;
        barPlot.ValueLabelStyle.ForeColor = ChartStyle.Text;

        plot.Axes.Left.TickGenerator = yTicks;
        plot.Axes.Left.TickLabelStyle.FontSize = ChartStyle.LabelSize;
        plot.Axes.Left.TickLabelStyle.ForeColor = ChartStyle.Text;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Grid.YAxisStyle.IsVisible = false;

        plot.Axes.SetLimits(scale.Low, scale.High, -0.6, rows.Count - 0.4);
        return plot;
    }

    private static Plot NewPlot(string? title, string xLabel, string? yLabel)
    {
        var plot = new Plot();
        plot.Axes.Title.Label.FontName = ChartStyle.FontName;
        if (title is not null)
        {
            plot.Axes.Title.Label.Text = title;
            plot.Axes.Title.Label.FontSize = ChartStyle.SubtitleSize;
            plot.Axes.Title.Label.Bold = true;
            plot.Axes.Title.Label.ForeColor = ChartStyle.Text;
        }

        plot.Axes.Bottom.Label.Text = xLabel;
        if (yLabel is not null)
        {
            plot.Axes.Left.Label.Text = yLabel;
        }

        foreach (var axis in (ReadOnlySpan<ScottPlot.IAxis>)[plot.Axes.Bottom, plot.Axes.Left])
        {
            axis.Label.FontName = ChartStyle.FontName;
            axis.Label.FontSize = ChartStyle.LabelSize;
            axis.Label.Bold = false;
            axis.Label.ForeColor = ChartStyle.SecondaryText;
            axis.TickLabelStyle.FontName = ChartStyle.FontName;
            axis.TickLabelStyle.FontSize = ChartStyle.TickSize;
            axis.TickLabelStyle.ForeColor = ChartStyle.SecondaryText;
        }

        // Solid: Skia's SVG canvas has no dash effect, and turns a dashed line into one rectangle per dash.
        plot.Grid.MajorLineColor = ChartStyle.Grid;
        return plot;
    }
}
