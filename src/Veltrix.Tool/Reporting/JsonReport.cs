using System.IO;
using System.Text.Json;
using Veltrix.Tool.Checking;

namespace Veltrix.Tool.Reporting;

/// <summary>
/// Findings as one JSON document for scripts: <c>app</c>, <c>schemas</c>, <c>environments</c>, <c>files</c>,
/// <c>editorconfig</c>, <c>findings</c> (<c>id</c>, <c>severity</c>, <c>message</c>, <c>path</c>, <c>line</c>,
/// <c>column</c>, <c>helpUri</c>) and <c>summary</c> (<c>errors</c>, <c>warnings</c>, <c>infos</c>).
/// </summary>
internal static class JsonReport
{
    /// <summary>Writes the report.</summary>
    /// <param name="result">What the check found.</param>
    /// <param name="stream">Where to write.</param>
    public static void Write(CheckResult result, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("app", result.App);
        json.WriteStartArray("schemas");
        foreach (var (type, section) in result.Schemas)
        {
            json.WriteStartObject();
            json.WriteString("type", type);
            json.WriteString("section", section);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteStrings(json, "environments", result.Environments);
        WriteStrings(json, "files", result.Files);
        WriteStrings(json, "editorconfig", result.EditorConfigFiles);
        json.WriteStartArray("findings");
        foreach (var finding in result.Findings)
        {
            json.WriteStartObject();
            json.WriteString("id", finding.Id);
            json.WriteString("severity", finding.SeverityText);
            json.WriteString("message", finding.Message);
            json.WriteString("path", finding.Path);
            json.WriteNumber("line", finding.Line);
            json.WriteNumber("column", finding.Column);
            json.WriteString("helpUri", finding.Descriptor.HelpLinkUri);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        var counts = Counts.Of(result.Findings);
        json.WriteStartObject("summary");
        json.WriteNumber("errors", counts.Errors);
        json.WriteNumber("warnings", counts.Warnings);
        json.WriteNumber("infos", counts.Infos);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, System.Collections.Generic.IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
