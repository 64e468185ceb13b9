using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.Json;

namespace Veltrix.Tool.Loading;

/// <summary>
/// Finds the assembly an <c>&lt;app&gt;</c> argument names: a <c>.dll</c> as it is; a project file, or a folder that
/// holds exactly one, is built first (as <c>dotnet run</c> does; <c>--no-build</c> skips it) and its
/// <c>TargetPath</c> asked of MSBuild.
/// </summary>
internal static class AppLocator
{
    /// <summary>Resolves the argument.</summary>
    /// <param name="app">A <c>.dll</c>, a project file or a project folder.</param>
    /// <param name="build">Whether to build a project first.</param>
    /// <param name="log">Where build output goes when the build fails.</param>
    /// <returns>The app.</returns>
    /// <exception cref="ToolException">The argument names nothing usable, or the build failed.</exception>
    public static AppTarget Resolve(string app, bool build, TextWriter log)
    {
        if (File.Exists(app) && app.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            return new AppTarget(Path.GetFullPath(app), null);
        }

        var project = ProjectFile(app);
        if (build)
        {
            var result = Dotnet(["build", project, "-nologo", "-v", "q", "-tl:off"]);
            if (result.ExitCode != 0)
            {
                log.WriteLine(result.Output);
                throw new ToolException($"{project}: the build failed (exit code {result.ExitCode}); fix it, or name the built .dll.");
            }
        }

        var evaluation = Dotnet(["msbuild", project, "-nologo", "-getProperty:TargetPath", "-getProperty:MSBuildProjectDirectory"]);
        if (evaluation.ExitCode != 0)
        {
            throw new ToolException($"{project}: MSBuild could not evaluate it:{Environment.NewLine}{evaluation.Output}");
        }

        string? targetPath;
        string? directory;
        try
        {
            using var properties = JsonDocument.Parse(evaluation.StandardOutput);
            var values = properties.RootElement.GetProperty("Properties");
            targetPath = values.GetProperty("TargetPath").GetString();
            directory = values.GetProperty("MSBuildProjectDirectory").GetString();
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new ToolException($"{project}: unexpected MSBuild output:{Environment.NewLine}{evaluation.Output}", ex);
        }

        if (string.IsNullOrEmpty(targetPath) || !File.Exists(targetPath))
        {
            throw new ToolException($"{project}: {targetPath} does not exist; build the project first (or drop --no-build).");
        }

        return new AppTarget(targetPath, directory);
    }

    private static string ProjectFile(string app)
    {
        if (File.Exists(app) && app.EndsWith("proj", StringComparison.OrdinalIgnoreCase))
        {
            return Path.GetFullPath(app);
        }

        if (Directory.Exists(app))
        {
            var projects = Directory.GetFiles(app, "*.csproj");
            if (projects.Length == 1)
            {
                return Path.GetFullPath(projects[0]);
            }

            throw new ToolException(projects.Length == 0
                ? $"{app}: no .csproj in this folder; name the app's .dll or its project file."
                : $"{app}: {projects.Length} project files in this folder; name one.");
        }

        throw new ToolException($"{app}: not an assembly (.dll), a project file or a project folder.");
    }

    private static (int ExitCode, string Output, string StandardOutput) Dotnet(IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start) ?? throw new ToolException("Could not start 'dotnet'.");
        var output = new StringBuilder();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (output)
                {
                    output.AppendLine(e.Data);
                }
            }
        };
        process.BeginErrorReadLine();
        var standardOutput = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        lock (output)
        {
            return (process.ExitCode, standardOutput + output, standardOutput);
        }
    }
}
