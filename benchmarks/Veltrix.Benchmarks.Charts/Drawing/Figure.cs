using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using ScottPlot;
using SkiaSharp;

namespace Veltrix.Benchmarks.Charts.Drawing;

/// <summary>
/// One chart as an SVG document: a title and an optional note, ScottPlot panels side by side, and one legend under
/// them all. ScottPlot renders each panel into its rectangle of an SVG canvas, as its own <c>Plot.SaveSvg</c> does for
/// a single plot; a shared title and legend are what a single <c>Plot</c> cannot draw across panels.
/// </summary>
internal sealed class Figure
{
    private const float Margin = 12;

    /// <summary>The bold line at the top.</summary>
    public required string Title { get; init; }

    /// <summary>A line under the title, or <see langword="null"/>.</summary>
    public string? Note { get; init; }

    /// <summary>The panels, left to right.</summary>
    public required IReadOnlyList<Plot> Panels { get; init; }

    /// <summary>The width of each panel in pixels.</summary>
    public required int PanelWidth { get; init; }

    /// <summary>The height of each panel in pixels.</summary>
    public required int PanelHeight { get; init; }

    /// <summary>The legend's entries, top to bottom; none draws no legend.</summary>
    public IReadOnlyList<LegendItem> Legend { get; init; } = [];

    /// <summary>Renders the figure. The same figure gives the same text: the document has no date or random id.</summary>
    public string ToSvg()
    {
        if (Panels.Count == 0)
        {
            throw new InvalidOperationException("A figure needs at least one panel.");
        }

        using var paint = Paint.NewDisposablePaint();
        var title = TextStyle(ChartStyle.TitleSize, bold: true, ChartStyle.Text);
        var note = TextStyle(ChartStyle.SubtitleSize - 1, bold: false, ChartStyle.SecondaryText);
        var titleHeight = title.Measure(Title, paint).Height;
        var noteHeight = Note is null ? 0 : note.Measure(Note, paint).Height;

        var width = (int)(2 * Margin) + PanelWidth * Panels.Count;
        var legend = NewLegend(Panels[0]);
        var legendHeight = 0f;
        if (Legend.Count > 0)
        {
            legendHeight = legend.GetLayout(new PixelSize(width - 2 * Margin, 10_000), paint).LegendRect.Height;
        }

        var panelsTop = Margin + titleHeight + noteHeight + 6;
        var height = (int)Math.Ceiling(panelsTop + PanelHeight + legendHeight + Margin);

        using var stream = new MemoryStream();
        using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, width, height), stream))
        {
            using (var background = new SKPaint { Color = SKColors.White, Style = SKPaintStyle.Fill })
            {
                canvas.DrawRect(0, 0, width, height, background);
            }

            title.Render(canvas, new Pixel(Margin, Margin), paint, Title, bottom: false);
            if (Note is not null)
            {
                note.Render(canvas, new Pixel(Margin, Margin + titleHeight), paint, Note, bottom: false);
            }

            for (var i = 0; i < Panels.Count; i++)
            {
                var panel = Panels[i];

                // Clearing would paint over the panels already drawn on the shared canvas.
                panel.RenderManager.ClearCanvasBeforeEachRender = false;
                var left = Margin + i * PanelWidth;
                panel.Render(canvas, new PixelRect(left, left + PanelWidth, panelsTop + PanelHeight, panelsTop));
            }

            if (Legend.Count > 0)
            {
                var top = panelsTop + PanelHeight;
                legend.Render(canvas, paint, new PixelRect(Margin, width - Margin, top + legendHeight, top), Alignment.UpperLeft);
            }
        }

        // Skia names the one family it measured the text with; a viewer without it would fall back to its default,
        // often a serif face.
        return Encoding.UTF8.GetString(stream.ToArray()).Replace(
            $"font-family=\"{ChartStyle.FontName}\"",
            $"font-family=\"{ChartStyle.FontName}, sans-serif\"",
            StringComparison.Ordinal);
    }

    private Legend NewLegend(Plot owner)
    {
        var legend = new Legend(owner)
        {
            DisplayPlottableLegendItems = false,
            Orientation = Orientation.Vertical,
            FontSize = ChartStyle.LabelSize,
            FontName = ChartStyle.FontName,
            FontColor = ChartStyle.Text,
            OutlineWidth = 0,
            BackgroundColor = Colors.White,
            ShadowColor = Colors.Transparent,
        };
        legend.ManualItems.AddRange(Legend);
        return legend;
    }

    private static LabelStyle TextStyle(float size, bool bold, Color color) => new()
    {
        FontSize = size,
        FontName = ChartStyle.FontName,
        Bold = bold,
        ForeColor = color,
        Alignment = Alignment.UpperLeft,
    };
}
