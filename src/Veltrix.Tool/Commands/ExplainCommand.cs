using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Text.Json;
using Veltrix.Tool.Binding;
using Veltrix.Tool.Loading;
using Veltrix.Tool.Reporting;

namespace Veltrix.Tool.Commands;

/// <summary>
/// <c>veltrix explain &lt;app&gt; &lt;key&gt; [sources…]</c>: the value the app binds for a key (or every key of a section)
/// and every layer that set it or was overridden, secrets redacted. Exit 0 explained, 1 the sources do not bind or
/// validate (the layers are still shown), 2 could not explain.
/// </summary>
internal static class ExplainCommand
{
    /// <summary>Creates the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var app = CommonOptions.App();
        var key = new Argument<string>("key") { Description = "A key path (Server:Cache:MaxEntries), or a section to explain every key below it." };
        var files = new Argument<string[]>("sources")
        {
            Description = "JSON files, environment files and key-per-file directories, in the order the app merges them.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var sources = new SourceOptions();
        var format = new Option<OutputFormat>("--format", "-f") { Description = "text or json.", DefaultValueFactory = _ => OutputFormat.Text };
        var noBuild = CommonOptions.NoBuild();
        var command = new Command("explain", "Show the value the app binds for a key and every source that set it or was overridden (file:line, variable, argument, etcd key and revision), secrets redacted.")
        {
            app, key, files, format, noBuild,
        };
        sources.AddTo(command);
        command.SetAction((parse, _) => CommandRunner.RunAsync(() =>
        {
            var target = AppLocator.Resolve(parse.GetRequiredValue(app), !parse.GetValue(noBuild), Console.Error);
            var loaded = LoadedApp.Load(target.AssemblyPath);
            var keyPath = parse.GetRequiredValue(key);
            var schema = parse.GetValue(sources.Type) is { } type ? loaded.Select(type) : loaded.ForKey(keyPath)
                ?? throw new ToolException($"'{keyPath}' lies outside the sections of the app's schemas.");
            using var set = sources.CreateSet(parse, parse.GetValue(files) ?? []);
            IBoundConfig? bound = null;
            ConfigException? failure = null;
            try
            {
                bound = schema.Bind(set.Sources);
            }
            catch (ConfigException ex)
            {
                failure = ex;
            }

            using (bound)
            {
                var explanations = new List<KeyExplanation>();
                foreach (var path in Explainer.KeysOf(schema.Schema, bound, keyPath))
                {
                    explanations.Add(Explainer.Explain(schema.Schema, set.Sources, bound, path));
                }

                if (parse.GetValue(format) == OutputFormat.Json)
                {
                    WriteJson(schema.TypeName, set.Environment, explanations, failure);
                }
                else
                {
                    WriteText(explanations, failure);
                }
            }

            return failure is null ? ExitCodes.Clean : ExitCodes.Findings;
        }));
        return command;
    }

    private static void WriteText(List<KeyExplanation> explanations, ConfigException? failure)
    {
        if (failure is not null)
        {
            Console.WriteLine("The sources do not bind; values are shown as the sources set them:");
            Console.WriteLine(failure.Message);
            Console.WriteLine();
        }

        foreach (var key in explanations)
        {
            Console.WriteLine(key.Value is null ? $"{key.Key} ({key.TypeName})" : $"{key.Key} = {key.Value} ({key.TypeName}) from {key.Origin}");
            foreach (var layer in key.Layers)
            {
                Console.WriteLine($"  {(layer.IsEffective ? "set by    " : "overridden")} {layer.Origin} = {layer.Value ?? "null"}");
            }

            var isDefault = key.Value is not null && key.Origin == default(ConfigOrigin).ToString();
            if (key.Default is not null || isDefault)
            {
                Console.WriteLine($"  {(isDefault ? "default   " : "default, overridden")} {(key.IsSecret ? "***" : key.Default ?? "(computed at run time)")}");
            }
        }
    }

    private static void WriteJson(string schema, string? environment, List<KeyExplanation> explanations, ConfigException? failure)
    {
        using var stream = Console.OpenStandardOutput();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("schema", schema);
            json.WriteString("environment", environment);
            json.WriteStartArray("errors");
            if (failure is not null)
            {
                foreach (var error in failure.Errors)
                {
                    json.WriteStringValue(error.ToString());
                }
            }

            json.WriteEndArray();
            json.WriteStartArray("keys");
            foreach (var key in explanations)
            {
                json.WriteStartObject();
                json.WriteString("key", key.Key);
                json.WriteString("type", key.TypeName);
                json.WriteString("value", key.Value);
                json.WriteString("origin", key.Origin);
                json.WriteString("default", key.IsSecret ? null : key.Default);
                json.WriteBoolean("secret", key.IsSecret);
                json.WriteStartArray("layers");
                foreach (var layer in key.Layers)
                {
                    json.WriteStartObject();
                    json.WriteString("source", layer.Source);
                    json.WriteString("origin", layer.Origin);
                    json.WriteString("value", layer.Value);
                    json.WriteString("status", layer.IsEffective ? "effective" : "overridden");
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
}
