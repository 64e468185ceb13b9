using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Text.Json;
using Veltrix.Tool.Binding;
using Veltrix.Tool.Loading;
using Veltrix.Tool.Reporting;

namespace Veltrix.Tool.Commands;

/// <summary>
/// <c>veltrix diff &lt;app&gt; &lt;set-a&gt; &lt;set-b&gt;</c>: the keys whose bound values differ between two configuration
/// sets, compared by the app's generated <c>Diff</c> (as a reload would report them: <c>"08080"</c> and <c>8080</c>
/// are the same port), with both values and their origins, secrets redacted. Exit 0 no difference, 1 differences,
/// 2 could not compare (a set does not bind).
/// </summary>
internal static class DiffCommand
{
    /// <summary>Creates the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var app = CommonOptions.App();
        var a = new Argument<string>("set-a") { Description = "The first configuration set: a directory, a file, or several joined with ',' (in merge order)." };
        var b = new Argument<string>("set-b") { Description = "The second configuration set, given the same way." };
        var sources = new SourceOptions();
        var format = new Option<OutputFormat>("--format", "-f") { Description = "text or json.", DefaultValueFactory = _ => OutputFormat.Text };
        var noBuild = CommonOptions.NoBuild();
        var command = new Command("diff", "Compare two configuration sets as the app binds them: every key whose value differs, with both values and their origins, secrets redacted. Exit code 0: no difference; 1: differences; 2: could not compare.")
        {
            app, a, b, format, noBuild,
        };
        sources.AddTo(command);
        command.SetAction((parse, _) => CommandRunner.RunAsync(() =>
        {
            var target = AppLocator.Resolve(parse.GetRequiredValue(app), !parse.GetValue(noBuild), Console.Error);
            var loaded = LoadedApp.Load(target.AssemblyPath);
            IReadOnlyList<ISchemaBinding> schemas = parse.GetValue(sources.Type) is { } type ? [loaded.Select(type)] : loaded.Schemas;
            using var setA = sources.CreateSet(parse, Split(parse.GetRequiredValue(a)));
            using var setB = sources.CreateSet(parse, Split(parse.GetRequiredValue(b)));
            var results = new List<(string Schema, List<Difference> Differences)>();
            var total = 0;
            foreach (var schema in schemas)
            {
                using var boundA = Bind(schema, setA, "set-a");
                using var boundB = Bind(schema, setB, "set-b");
                var differences = new List<Difference>();
                foreach (var key in boundA.DiffTo(boundB))
                {
                    differences.Add(new Difference(key, Side(boundA, key), Side(boundB, key)));
                }

                total += differences.Count;
                results.Add((schema.TypeName, differences));
            }

            if (parse.GetValue(format) == OutputFormat.Json)
            {
                WriteJson(results, total);
            }
            else
            {
                foreach (var (schema, differences) in results)
                {
                    foreach (var difference in differences)
                    {
                        Console.WriteLine($"{difference.Key}: {difference.A.Value} -> {difference.B.Value}");
                        Console.WriteLine($"  a: {difference.A.Origin}");
                        Console.WriteLine($"  b: {difference.B.Origin}");
                    }

                    Console.WriteLine($"{differences.Count} key(s) differ ({schema})");
                }
            }

            return total == 0 ? ExitCodes.Clean : ExitCodes.Findings;
        }));
        return command;
    }

    private static string[] Split(string set) => set.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static IBoundConfig Bind(ISchemaBinding schema, ConfigSet set, string name)
    {
        try
        {
            return schema.Bind(set.Sources);
        }
        catch (ConfigException ex)
        {
            throw new ToolException($"{name} does not bind to {schema.TypeName} (run 'veltrix check' for every problem):{Environment.NewLine}{ex.Message}", ex);
        }
    }

    private static (string Value, string Origin) Side(IBoundConfig bound, string key)
        => bound.TryGetValue(key, out var value) ? (value.ToString(), bound.GetOrigin(key).ToString()) : ("(absent)", "(absent)");

    private static void WriteJson(List<(string Schema, List<Difference> Differences)> results, int total)
    {
        using var stream = Console.OpenStandardOutput();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("count", total);
            json.WriteStartArray("schemas");
            foreach (var (schema, differences) in results)
            {
                json.WriteStartObject();
                json.WriteString("schema", schema);
                json.WriteStartArray("differences");
                foreach (var difference in differences)
                {
                    json.WriteStartObject();
                    json.WriteString("key", difference.Key);
                    Write(json, "a", difference.A);
                    Write(json, "b", difference.B);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.Write("\n"u8);
    }

    private static void Write(Utf8JsonWriter json, string name, (string Value, string Origin) side)
    {
        json.WriteStartObject(name);
        json.WriteString("value", side.Value);
        json.WriteString("origin", side.Origin);
        json.WriteEndObject();
    }

    private sealed record Difference(string Key, (string Value, string Origin) A, (string Value, string Origin) B);
}
