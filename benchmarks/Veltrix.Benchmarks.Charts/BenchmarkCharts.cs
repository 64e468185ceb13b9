using System;
using System.Collections.Generic;
using System.Linq;
using ScottPlot;
using Veltrix.Benchmarks.Charts.Drawing;
using Veltrix.Benchmarks.Charts.Reports;

namespace Veltrix.Benchmarks.Charts;

/// <summary>
/// The charts of docs/benchmarks.md: which report each one reads, which rows it compares and how it draws them.
/// Rows whose description starts with "Veltrix" are Veltrix; every other row is an alternative measured beside it.
/// </summary>
internal static class BenchmarkCharts
{
    private const string TimeAxis = "mean time per operation (log scale)";
    private const string BytesAxis = "bytes allocated per operation (log scale)";

    /// <summary>Every chart: the SVG file it writes, the report class it needs, and how it is drawn from that report's rows.</summary>
    public static readonly IReadOnlyList<(string FileName, string Report, Func<List<BenchmarkRow>, string, Figure> Draw)> All =
    [
        ("read.svg", "ReadBenchmarks", Read),
        ("load.svg", "LoadBenchmarks", Load),
        ("lookup.svg", "LookupScalingBenchmarks", Lookup),
        ("reload.svg", "ReloadAllocationBenchmarks", Reload),
        ("generator.svg", "GeneratorBenchmarks", Generator),
    ];

    /// <summary>Time per read of one setting, per path, as bars on a log scale labelled with time and bytes.</summary>
    private static Figure Read(List<BenchmarkRow> rows, string results)
    {
        // The binder generator's row comes from its own project's run; it is drawn with the others, marked as such.
        var all = rows.Select(r => (Row: r, Label: r.Method)).ToList();
        foreach (var row in BenchmarkReport.Find(results, "BinderGenReadBenchmarks") ?? [])
        {
            if (IsBinderGenerator(row))
            {
                all.Add((row, row.Method + " (own run)"));
            }
        }

        var bars = all
            .OrderBy(r => r.Row.Nanoseconds)
            .Select(r => (r.Label, r.Row.Nanoseconds, $"{Units.FormatTime(r.Row.Nanoseconds)}, {Units.FormatBytes(r.Row.Bytes)}", r.Row.IsVeltrix))
            .ToList();
        return new Figure
        {
            Title = "Reading one setting (40-key schema)",
            Note = "BenchmarkDotNet, one run (see docs/benchmarks.md for its conditions)",
            Panels = [Panels.Bars(TimeAxis + "; label: time, bytes allocated", bars)],
            PanelWidth = 1040,
            PanelHeight = 26 * bars.Count + 60,
            Legend =
            [
                new LegendItem { LabelText = "Veltrix", FillColor = ChartStyle.Veltrix },
                new LegendItem { LabelText = "alternatives", FillColor = ChartStyle.Alternative },
            ],
        };
    }

    /// <summary>Load + bind of a JSON file against its number of keys: time and bytes per path.</summary>
    private static Figure Load(List<BenchmarkRow> rows, string results)
    {
        var all = new List<BenchmarkRow>(rows);
        foreach (var row in BenchmarkReport.Find(results, "BinderGenLoadBenchmarks") ?? [])
        {
            // The binder generator's project measures its own System.Text.Json baseline too; the main run's is drawn.
            if (IsBinderGenerator(row))
            {
                all.Add(row);
            }
        }

        return Curves(
            "Load + bind a JSON file",
            "keys in the file (log scale)",
            all,
            "Keys",
            [("time", TimeAxis, r => r.Nanoseconds, LogScale.ForTime), ("bytes allocated", BytesAxis, r => r.Bytes, LogScale.ForBytes)]);
    }

    /// <summary>Time per key lookup against the schema's number of keys; flat is the goal.</summary>
    /// <remarks>One operation looks every key of the schema up once, so the time per lookup is the mean over the keys.</remarks>
    private static Figure Lookup(List<BenchmarkRow> rows, string results) => Curves(
        "Key lookup as the schema grows",
        "keys in the schema (log scale)",
        rows,
        "Keys",
        [("time per lookup", "mean time per lookup (log scale)", r => r.Nanoseconds / r.Parameter("Keys"), LogScale.ForTime)]);

    /// <summary>Time and bytes allocated per reload against the schema's number of keys.</summary>
    private static Figure Reload(List<BenchmarkRow> rows, string results) => Curves(
        "Reload from an in-memory source",
        "keys in the schema (log scale)",
        rows,
        "Keys",
        [("time per reload", "mean time per reload (log scale)", r => r.Nanoseconds, LogScale.ForTime), ("bytes per reload", "bytes allocated per reload (log scale)", r => r.Bytes, LogScale.ForBytes)]);

    /// <summary>The generator's cold run and one-schema edit against the number of schema types.</summary>
    private static Figure Generator(List<BenchmarkRow> rows, string results) => Curves(
        "Generator: cold run and one-schema edit",
        "schema types in the project (log scale)",
        rows,
        "Schemas",
        [("time", TimeAxis, r => r.Nanoseconds, LogScale.ForTime), ("bytes allocated", BytesAxis, r => r.Bytes, LogScale.ForBytes)]);

    private static bool IsBinderGenerator(BenchmarkRow row) => row.Method.Contains("source generator", StringComparison.Ordinal);

    // Log-log panels side by side, one line per method, one legend for all panels, in ordinal order of the methods.
    private static Figure Curves(
        string title,
        string xLabel,
        List<BenchmarkRow> rows,
        string parameter,
        IReadOnlyList<(string Title, string YLabel, Func<BenchmarkRow, double> Value, Func<double, double, LogScale> Scale)> panels)
    {
        var methods = rows.Select(r => r.Method).Distinct().Order(StringComparer.Ordinal).ToList();
        var looks = new Dictionary<string, (Color Color, MarkerShape Marker)>(StringComparer.Ordinal);
        var veltrixSeries = 0;
        for (var i = 0; i < methods.Count; i++)
        {
            looks[methods[i]] = IsVeltrix(methods[i])
                ? (ChartStyle.Veltrix, ChartStyle.VeltrixMarkers[veltrixSeries++ % ChartStyle.VeltrixMarkers.Length])
                : (ChartStyle.Series[i % ChartStyle.Series.Length], MarkerShape.FilledCircle);
        }

        var plots = new List<Plot>(panels.Count);
        foreach (var panel in panels)
        {
            var series = new List<Series>(methods.Count);
            foreach (var method in methods)
            {
                var points = rows
                    .Where(r => r.Method == method)
                    .Select(r => (X: (double)r.Parameter(parameter), Y: panel.Value(r)))
                    .Where(p => p.Y > 0)
                    .OrderBy(p => p.X)
                    .ToList();
                series.Add(new Series(method, looks[method].Color, IsVeltrix(method), looks[method].Marker, points));
            }

            plots.Add(Panels.Lines(panel.Title, xLabel, panel.YLabel, panel.Scale, series) ?? EmptyPanel(panel.Title));
        }

        return new Figure
        {
            Title = title,
            Panels = plots,
            PanelWidth = 540,
            PanelHeight = 380,
            Legend = methods.Select(m => LegendEntry(m, looks[m].Color, looks[m].Marker)).ToList(),
        };
    }

    private static bool IsVeltrix(string method) => method.StartsWith("Veltrix", StringComparison.Ordinal);

    private static LegendItem LegendEntry(string method, Color color, MarkerShape marker)
    {
        var veltrix = IsVeltrix(method);
        return new LegendItem
        {
            LabelText = method,
            LineColor = color,
            LineWidth = veltrix ? 3 : 2,
            MarkerShape = marker,
            MarkerFillColor = color,
            MarkerLineColor = color,
            MarkerSize = veltrix ? 9 : 7,
        };
    }

    // A report whose every value is 0 (nothing allocated anywhere) has nothing to draw on a log scale.
    private static Plot EmptyPanel(string title)
    {
        var plot = new Plot();
        plot.Axes.Title.Label.Text = title + ": every value is 0";
        plot.Axes.Title.Label.FontName = ChartStyle.FontName;
        plot.Axes.Title.Label.FontSize = ChartStyle.SubtitleSize;
        return plot;
    }
}
