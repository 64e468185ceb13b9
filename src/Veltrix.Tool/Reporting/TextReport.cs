using System.Globalization;
using System.IO;
using System.Linq;
using Veltrix.Tool.Checking;

namespace Veltrix.Tool.Reporting;

/// <summary>Findings as the build prints diagnostics, so that editors and CI log parsers link them to the line.</summary>
internal static class TextReport
{
    /// <summary>Writes the report.</summary>
    /// <param name="result">What the check found.</param>
    /// <param name="writer">Where to write.</param>
    public static void Write(CheckResult result, TextWriter writer)
    {
        foreach (var finding in result.Findings)
        {
            writer.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{finding.Path}({finding.Line},{finding.Column}): {finding.SeverityText} {finding.Id}: {finding.Message}"));
        }

        var counts = Counts.Of(result.Findings);
        var schemas = string.Join(", ", result.Schemas.Select(static s => s.Section.Length == 0 ? s.Type : $"{s.Type} ('{s.Section}')"));
        var environments = result.Environments.Count == 0 ? string.Empty : $", environment(s) {string.Join(", ", result.Environments)}";
        writer.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{counts.Errors} error(s), {counts.Warnings} warning(s), {counts.Infos} info in {result.Files.Count} file(s){environments}; schemas: {schemas}"));
    }
}
