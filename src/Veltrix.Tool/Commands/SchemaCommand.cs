using System;
using System.CommandLine;
using System.IO;
using System.Text;
using Veltrix.Tool.Loading;

namespace Veltrix.Tool.Commands;

/// <summary>
/// <c>veltrix schema &lt;app&gt; [-o dir] [--type T]</c>: writes <c>&lt;Type&gt;.schema.json</c> (JSON Schema draft-07) and
/// <c>&lt;Type&gt;.keys.md</c> (key reference) for each schema, read from the app's metadata as the build target does.
/// </summary>
internal static class SchemaCommand
{
    /// <summary>Creates the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var app = CommonOptions.App();
        var output = new Option<string>("--output", "-o")
        {
            Description = "The directory to write to (created if needed).",
            DefaultValueFactory = _ => ".",
        };
        var type = new Option<string?>("--type", "-t") { Description = "Only this schema (its type name, such as ServerConfig)." };
        var noBuild = CommonOptions.NoBuild();
        var command = new Command("schema", "Write the JSON Schema and key reference of each [VeltrixConfig] type, read from the app's metadata (nothing is run).")
        {
            app, output, type, noBuild,
        };
        command.SetAction((parse, _) => CommandRunner.RunAsync(() =>
        {
            var target = AppLocator.Resolve(parse.GetRequiredValue(app), !parse.GetValue(noBuild), Console.Error);
            var directory = parse.GetValue(output) ?? ".";
            var only = parse.GetValue(type);
            var written = 0;
            foreach (var (key, text) in EmbeddedDocuments.Read(target.AssemblyPath))
            {
                var (name, extension) = key.StartsWith(EmbeddedDocuments.JsonSchemaPrefix, StringComparison.Ordinal)
                    ? (key[EmbeddedDocuments.JsonSchemaPrefix.Length..], ".schema.json")
                    : key.StartsWith(EmbeddedDocuments.KeyReferencePrefix, StringComparison.Ordinal)
                        ? (key[EmbeddedDocuments.KeyReferencePrefix.Length..], ".keys.md")
                        : (string.Empty, string.Empty);
                if (name.Length == 0 || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0
                    || (only is not null && !string.Equals(name, only, StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                Directory.CreateDirectory(directory);
                var path = Path.Combine(directory, name + extension);
                File.WriteAllText(path, text, new UTF8Encoding(false));
                Console.WriteLine(path);
                written++;
            }

            if (written == 0)
            {
                throw new ToolException(only is null
                    ? $"{target.AssemblyPath}: no embedded schema; is it built with Veltrix.Generated?"
                    : $"{target.AssemblyPath}: no schema named '{only}'.");
            }

            return ExitCodes.Clean;
        }));
        return command;
    }
}
