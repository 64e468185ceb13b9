using System.Diagnostics;
using System.Text;

namespace Veltrix.PackageTests.Infrastructure;

/// <summary>
/// Runs the <c>dotnet</c> CLI as a user's shell would: no stdin, English messages, no telemetry or banners, no
/// lingering MSBuild nodes, and none of the MSBuild state of the test run that started it.
/// </summary>
public static class DotnetCli
{
    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/> and waits for it to exit.</summary>
    /// <param name="workingDirectory">The directory the command runs in.</param>
    /// <param name="environment">Variables to set (a <see langword="null"/> value removes one).</param>
    /// <param name="timeout">How long to wait before the command is killed (with the processes it started) and the
    /// call throws. Generous: builds on a loaded CI machine are slow, and a timeout is a failure, not a figure.</param>
    /// <param name="arguments">The arguments, each passed as one argument (no shell quoting).</param>
    /// <returns>Exit code, output and elapsed time.</returns>
    public static CommandResult Run(string workingDirectory, IReadOnlyDictionary<string, string?> environment, TimeSpan timeout, IReadOnlyList<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(arguments);
        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        // `dotnet test` runs this test inside an MSBuild-launched host; MSBuild's variables (MSBuildExtensionsPath,
        // MSBUILDNOINPROCNODE, …) would make the child build resolve SDKs and nodes the way the parent did.
        foreach (var key in startInfo.Environment.Keys.ToList())
        {
            if (key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase))
            {
                startInfo.Environment.Remove(key);
            }
        }

        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        startInfo.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        startInfo.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        foreach (var (key, value) in environment)
        {
            if (value is null)
            {
                startInfo.Environment.Remove(key);
            }
            else
            {
                startInfo.Environment[key] = value;
            }
        }

        var commandLine = "dotnet " + string.Join(' ', arguments);
        var output = new StringBuilder();
        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            // Only the command this call started, and what it started in turn.
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"'{commandLine}' did not finish within {timeout}:{Environment.NewLine}{Snapshot(output)}");
        }

        // The parameterless overload waits for the redirected streams to drain as well.
        process.WaitForExit();
        stopwatch.Stop();
        return new CommandResult(commandLine, process.ExitCode, Snapshot(output), stopwatch.Elapsed);
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
