using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Veltrix.Tool.Checking;
using Veltrix.Tool.Inputs;
using Veltrix.Tool.Loading;
using Veltrix.Tool.Reporting;

namespace Veltrix.Tool.Commands;

/// <summary>
/// <c>veltrix check &lt;app&gt; &lt;file | directory&gt;...</c>: deploy-time configuration against the schemas compiled
/// into the app, with the build's rules, IDs, messages and thresholds. Exit 0 clean, 1 findings, 2 could not check.
/// </summary>
internal static class CheckCommand
{
    /// <summary>Creates the command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var app = CommonOptions.App();
        var inputs = new Argument<string[]>("files")
        {
            Description = "JSON files, environment files (NAME=value) and directories (key-per-file, a mounted ConfigMap), in the order the app merges them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var environment = CommonOptions.Environments();
        var prefix = CommonOptions.EnvironmentPrefix();
        var editorConfig = new Option<string?>("--editorconfig")
        {
            Description = "Read thresholds and severities from this file instead of the .editorconfig files above the project (or the first file).",
        };
        var format = new Option<OutputFormat>("--format", "-f")
        {
            Description = "text (as the build prints diagnostics), json, or sarif (SARIF 2.1.0 for CI annotations).",
            DefaultValueFactory = _ => OutputFormat.Text,
        };
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var failOn = new Option<DiagnosticSeverity>("--fail-on")
        {
            Description = "The lowest severity that makes the exit code 1: Error, Warning or Info.",
            DefaultValueFactory = _ => DiagnosticSeverity.Warning,
        };
        var noBuild = CommonOptions.NoBuild();

        var command = new Command("check", "Check deploy-time configuration against the schemas compiled into an app, with the build's rules (VLX1xxx, VLX2xxx, VLX4xxx). Exit code 0: clean; 1: findings; 2: could not check.")
        {
            app, inputs, environment, prefix, editorConfig, format, output, failOn, noBuild,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(() =>
        {
            var target = AppLocator.Resolve(parse.GetRequiredValue(app), !parse.GetValue(noBuild), Console.Error);
            var paths = parse.GetRequiredValue(inputs);
            var layers = ConfigInputs.Read(paths, parse.GetValue(prefix) ?? string.Empty);
            var anchor = target.ProjectDirectory ?? Anchor(paths[0]);
            var settings = EditorConfigSettings.Read(anchor, parse.GetValue(editorConfig));
            var result = ConfigChecker.Check(target.AssemblyPath, layers, parse.GetValue(environment) ?? [], settings, cancellationToken);
            Write(result, parse.GetValue(format), parse.GetValue(output));
            var threshold = parse.GetValue(failOn);
            foreach (var finding in result.Findings)
            {
                if (finding.Severity >= threshold)
                {
                    return ExitCodes.Findings;
                }
            }

            return ExitCodes.Clean;
        }));
        return command;
    }

    private static string Anchor(string firstInput)
        => Directory.Exists(firstInput) ? Path.GetFullPath(firstInput) : Path.GetDirectoryName(Path.GetFullPath(firstInput))!;

    private static void Write(CheckResult result, OutputFormat format, string? outputPath)
    {
        using var stream = outputPath is null ? Console.OpenStandardOutput() : File.Create(outputPath);
        switch (format)
        {
            case OutputFormat.Json:
                JsonReport.Write(result, stream);
                break;
            case OutputFormat.Sarif:
                SarifReport.Write(result, stream);
                break;
            default:
                using (var writer = new StreamWriter(stream, leaveOpen: true))
                {
                    TextReport.Write(result, writer);
                }

                break;
        }

        if (format != OutputFormat.Text && outputPath is null)
        {
            // The JSON writers end without a newline; a terminal prompt should not start on the closing brace.
            stream.Write("\n"u8);
        }
    }
}
