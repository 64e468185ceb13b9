using System;
using System.Collections.Generic;
using System.IO;

namespace Veltrix.Benchmarks.Charts.Reports;

/// <summary>Reads the <c>*-report.csv</c> files that BenchmarkDotNet writes into <c>BenchmarkDotNet.Artifacts/results</c>.</summary>
internal static class BenchmarkReport
{
    /// <summary>
    /// The rows of the report of benchmark class <paramref name="className"/> (<c>*.ReadBenchmarks-report.csv</c>) in
    /// <paramref name="folder"/>, or <see langword="null"/> when there is none. With several matches the first by
    /// ordinal name is read.
    /// </summary>
    public static List<BenchmarkRow>? Find(string folder, string className)
    {
        if (!Directory.Exists(folder))
        {
            return null;
        }

        var matches = Directory.GetFiles(folder, "*." + className + "-report.csv");
        if (matches.Length == 0)
        {
            return null;
        }

        Array.Sort(matches, StringComparer.Ordinal);
        return Read(matches[0]);
    }

    /// <summary>The rows of one report file.</summary>
    /// <exception cref="FormatException">The file is not a BenchmarkDotNet report (no <c>Method</c> or <c>Mean</c> column, a row of another width, a cell that is not a number with a unit).</exception>
    public static List<BenchmarkRow> Read(string path)
    {
        try
        {
            return Parse(File.ReadAllText(path));
        }
        catch (FormatException e)
        {
            throw new FormatException($"{path}: {e.Message}", e);
        }
    }

    /// <summary>The rows of a report's text.</summary>
    /// <exception cref="FormatException">See <see cref="Read"/>.</exception>
    public static List<BenchmarkRow> Parse(string csv)
    {
        var records = CsvReader.Parse(csv);
        if (records.Count == 0)
        {
            throw new FormatException("The report is empty.");
        }

        var header = records[0];
        var method = Array.IndexOf(header, "Method");
        var mean = Array.IndexOf(header, "Mean");
        var allocated = Array.IndexOf(header, "Allocated");
        if (method < 0 || mean < 0)
        {
            throw new FormatException("The report has no 'Method' or no 'Mean' column.");
        }

        var rows = new List<BenchmarkRow>(records.Count - 1);
        for (var r = 1; r < records.Count; r++)
        {
            var record = records[r];
            if (record is [""])
            {
                continue;
            }

            if (record.Length != header.Length)
            {
                throw new FormatException($"Record {r + 1} has {record.Length} fields where the header has {header.Length}.");
            }

            var cells = new Dictionary<string, string>(header.Length, StringComparer.Ordinal);
            for (var c = 0; c < header.Length; c++)
            {
                cells[header[c]] = record[c];
            }

            rows.Add(new BenchmarkRow(
                record[method].Trim('\''),
                Units.ParseNanoseconds(record[mean]),
                allocated < 0 ? 0.0 : Units.ParseBytes(record[allocated]),
                cells));
        }

        return rows;
    }
}
