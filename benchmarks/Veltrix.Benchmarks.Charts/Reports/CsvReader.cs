using System;
using System.Collections.Generic;
using System.Text;

namespace Veltrix.Benchmarks.Charts.Reports;

/// <summary>
/// Reads comma-separated values as RFC 4180 writes them: fields in double quotes may hold commas, line breaks and
/// doubled quotes. BenchmarkDotNet quotes a field that holds a comma (<c>"1,234.5 ns"</c>, a method name with a
/// generic argument list), so splitting a line on commas would shift every later column.
/// </summary>
internal static class CsvReader
{
    /// <summary>Splits <paramref name="text"/> into records of fields. A final line break does not start a record.</summary>
    /// <exception cref="FormatException">A quoted field is not closed, or a closing quote is followed by text.</exception>
    public static List<string[]> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        var line = 1;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            i = 1;
        }

        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                var start = line;
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException($"Line {start}: a quoted field is not closed.");
                    }

                    var c = text[i++];
                    if (c == '"')
                    {
                        if (i < text.Length && text[i] == '"')
                        {
                            field.Append('"');
                            i++;
                            continue;
                        }

                        break;
                    }

                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }

                if (i < text.Length && text[i] != ',' && text[i] != '\r' && text[i] != '\n')
                {
                    throw new FormatException($"Line {line}: text follows the closing quote of a field.");
                }
            }

            while (i < text.Length && text[i] != ',' && text[i] != '\r' && text[i] != '\n')
            {
                field.Append(text[i++]);
            }

            fields.Add(field.ToString());
            field.Clear();
            if (i >= text.Length)
            {
                break;
            }

            if (text[i] == ',')
            {
                i++;
                if (i == text.Length)
                {
                    // "a," ends with an empty last field.
                    fields.Add(string.Empty);
                }

                continue;
            }

            // End of record: \n, \r\n or a lone \r.
            i += text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
            line++;
            records.Add(fields.ToArray());
            fields.Clear();
        }

        if (fields.Count > 0)
        {
            records.Add(fields.ToArray());
        }

        return records;
    }
}
