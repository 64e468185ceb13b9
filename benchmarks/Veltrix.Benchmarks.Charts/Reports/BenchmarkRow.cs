using System;
using System.Collections.Generic;

namespace Veltrix.Benchmarks.Charts.Reports;

/// <summary>One row of a BenchmarkDotNet report: a method, optionally at one parameter value.</summary>
/// <param name="Method">The benchmark's description without BenchmarkDotNet's surrounding single quotes.</param>
/// <param name="Nanoseconds">The <c>Mean</c> column in nanoseconds.</param>
/// <param name="Bytes">The <c>Allocated</c> column in bytes (0 when the report has no such column).</param>
/// <param name="Cells">Every cell of the row by column name, for parameters such as <c>Keys</c>.</param>
internal sealed record BenchmarkRow(string Method, double Nanoseconds, double Bytes, IReadOnlyDictionary<string, string> Cells)
{
    /// <summary>Whether the row measures Veltrix (its description starts with "Veltrix"), not an alternative.</summary>
    public bool IsVeltrix => Method.StartsWith("Veltrix", StringComparison.Ordinal);

    /// <summary>The integer parameter in <paramref name="column"/>, such as <c>Keys</c>.</summary>
    /// <exception cref="FormatException">The report has no such column.</exception>
    public int Parameter(string column) => Cells.TryGetValue(column, out var cell)
        ? Units.ParseCount(cell)
        : throw new FormatException($"The row of '{Method}' has no column '{column}'.");
}
