using System.Collections.Generic;
using ScottPlot;

namespace Veltrix.Benchmarks.Charts.Drawing;

/// <summary>One line of a chart: a benchmark method's values against a parameter.</summary>
/// <param name="Name">The legend's text.</param>
/// <param name="Color">The line's colour.</param>
/// <param name="IsVeltrix">Whether it measures Veltrix, drawn thicker.</param>
/// <param name="Marker">The shape of its points, which tells apart lines of one colour.</param>
/// <param name="Points">(parameter, value) pairs, sorted by parameter, values above 0.</param>
internal sealed record Series(string Name, Color Color, bool IsVeltrix, MarkerShape Marker, IReadOnlyList<(double X, double Y)> Points);
