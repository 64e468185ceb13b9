using System;
using ScottPlot;

namespace Veltrix.Benchmarks.Charts.Drawing;

/// <summary>The colours and text sizes every chart shares, so that Veltrix is the same blue in all of them.</summary>
internal static class ChartStyle
{
    /// <summary>Veltrix's rows and series.</summary>
    public static readonly Color Veltrix = Color.FromHex("#1f77b4");

    /// <summary>The alternatives' bars, where one colour for all of them keeps Veltrix's rows apart.</summary>
    public static readonly Color Alternative = Color.FromHex("#999999");

    /// <summary>Titles and labels.</summary>
    public static readonly Color Text = Color.FromHex("#222222");

    /// <summary>Notes, axis labels and tick labels.</summary>
    public static readonly Color SecondaryText = Color.FromHex("#555555");

    /// <summary>Grid lines.</summary>
    public static readonly Color Grid = Color.FromHex("#e0e0e0");

    /// <summary>
    /// The font the text is measured and placed with: the first installed of a few common sans-serif families
    /// (DejaVu Sans on Debian). The SVG names it with <c>sans-serif</c> as the fallback for viewers that lack it.
    /// </summary>
    public static readonly string FontName = InstalledSans();

    /// <summary>Veltrix's series in one chart share its colour; their points tell them apart.</summary>
    public static readonly MarkerShape[] VeltrixMarkers =
    [
        MarkerShape.FilledCircle, MarkerShape.FilledSquare, MarkerShape.FilledDiamond, MarkerShape.FilledTriangleUp,
    ];

    /// <summary>The alternatives' series, told apart from each other (matplotlib's tab10 without its blue).</summary>
    public static readonly Color[] Series =
    [
        Color.FromHex("#d62728"), Color.FromHex("#2ca02c"), Color.FromHex("#ff7f0e"),
        Color.FromHex("#9467bd"), Color.FromHex("#8c564b"), Color.FromHex("#e377c2"),
        Color.FromHex("#7f7f7f"), Color.FromHex("#17becf"), Color.FromHex("#bcbd22"),
    ];

    /// <summary>The figure's title.</summary>
    public const float TitleSize = 16;

    /// <summary>A panel's title and the figure's note.</summary>
    public const float SubtitleSize = 13;

    /// <summary>Axis labels, bar labels and the legend.</summary>
    public const float LabelSize = 12;

    /// <summary>Tick labels.</summary>
    public const float TickSize = 11;

    // ScottPlot's Fonts.Sans resolves to DejaVu Serif on Debian, and GetTypeface answers a missing family with a
    // fallback face rather than null, so a family counts as installed when the face it gives has its name.
    private static string InstalledSans()
    {
        foreach (var family in (ReadOnlySpan<string>)["DejaVu Sans", "Liberation Sans", "Arial", "Helvetica", "Segoe UI"])
        {
            if (Fonts.GetTypeface(family, bold: false, italic: false)?.FamilyName == family)
            {
                return family;
            }
        }

        return Fonts.Sans;
    }
}
