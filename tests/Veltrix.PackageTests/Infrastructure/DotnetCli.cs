using System.Diagnostics;
using System.Text;

namespace Veltrix.PackageTests.Infrastructure;

/// <summary>
/// Runs the <c>dotnet</c> CLI as a user's shell would: no stdin, English messages, no telemetry or banners, no
/// lingering MSBuild nodes, and none of the MSBuild state of the test run that started it. The one way the test
/// projects start a command-line program: <see cref="RunProgram"/> runs another one (the installed <c>veltrix</c>
/// tool) the same way.
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
        => Run("dotnet", workingDirectory, environment, timeout, arguments, until: null);

    /// <summary>Runs the program at <paramref name="path"/> as <see cref="Run"/> runs <c>dotnet</c>, and waits for it to exit.</summary>
    /// <param name="path">The program (a path, or a name on the PATH); the command line in messages starts with its name.</param>
    /// <param name="workingDirectory">The directory the command runs in.</param>
    /// <param name="environment">Variables to set (a <see langword="null"/> value removes one).</param>
    /// <param name="timeout">How long to wait before the program is killed (with the processes it started) and the call throws.</param>
    /// <param name="arguments">The arguments, each passed as one argument (no shell quoting).</param>
    /// <returns>Exit code, output (also standard output and standard error apart) and elapsed time.</returns>
    public static CommandResult RunProgram(string path, string workingDirectory, IReadOnlyDictionary<string, string?> environment, TimeSpan timeout, IReadOnlyList<string> arguments)
        => Run(path, workingDirectory, environment, timeout, arguments, until: null);

    /// <summary>
    /// Runs a command that does not exit by itself (a host's <c>dotnet run</c>) until its output satisfies
    /// <paramref name="until"/>, then stops it with the processes it started. The exit code is then -1.
    /// </summary>
    /// <param name="workingDirectory">The directory the command runs in.</param>
    /// <param name="environment">Variables to set (a <see langword="null"/> value removes one).</param>
    /// <param name="timeout">How long to wait for the output (or an exit) before the command is killed and the call throws.</param>
    /// <param name="arguments">The arguments, each passed as one argument (no shell quoting).</param>
    /// <param name="until">Asked with the output so far after each line; true stops the command.</param>
    /// <returns>Exit code (-1 when stopped), output and elapsed time.</returns>
    public static CommandResult RunUntil(
        string workingDirectory, IReadOnlyDictionary<string, string?> environment, TimeSpan timeout, IReadOnlyList<string> arguments, Func<string, bool> until)
    {
        ArgumentNullException.ThrowIfNull(until);
        return Run("dotnet", workingDirectory, environment, timeout, arguments, until);
    }

    private static CommandResult Run(
        string path, string workingDirectory, IReadOnlyDictionary<string, string?> environment, TimeSpan timeout, IReadOnlyList<string> arguments, Func<string, bool>? until)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(arguments);
        var startInfo = new ProcessStartInfo(path)
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

        var commandLine = Path.GetFileNameWithoutExtension(path) + " " + string.Join(' ', arguments);
        var output = new StringBuilder();
        var standardOutput = new StringBuilder();
        var standardError = new StringBuilder();
        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = startInfo };
        using var satisfied = new ManualResetEventSlim();
        process.OutputDataReceived += (_, e) => Received(output, standardOutput, e.Data, until, satisfied);
        process.ErrorDataReceived += (_, e) => Received(output, standardError, e.Data, until, satisfied);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (until is not null)
        {
            // Until the output is there, the command exits by itself, or the time is up (handled below).
            while (!satisfied.Wait(TimeSpan.FromMilliseconds(100)) && !process.HasExited && stopwatch.Elapsed < timeout)
            {
            }

            if (satisfied.IsSet)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                stopwatch.Stop();
                return new CommandResult(commandLine, -1, Snapshot(output), stopwatch.Elapsed, Snapshot(output, standardOutput), Snapshot(output, standardError));
            }
        }

        if (!process.WaitForExit(timeout - stopwatch.Elapsed < TimeSpan.Zero ? TimeSpan.Zero : timeout - stopwatch.Elapsed))
        {
            // Only the command this call started, and what it started in turn.
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"'{commandLine}' did not finish within {timeout}:{Environment.NewLine}{Snapshot(output)}");
        }

        // The parameterless overload waits for the redirected streams to drain as well.
        process.WaitForExit();
        stopwatch.Stop();
        return new CommandResult(commandLine, process.ExitCode, Snapshot(output), stopwatch.Elapsed, Snapshot(output, standardOutput), Snapshot(output, standardError));
    }

    private static void Received(StringBuilder output, StringBuilder stream, string? line, Func<string, bool>? until, ManualResetEventSlim satisfied)
    {
        if (line is null)
        {
            return;
        }

        string text;
        lock (output)
        {
            output.AppendLine(line);
            stream.AppendLine(line);
            text = until is null ? string.Empty : output.ToString();
        }

        if (until is not null && !satisfied.IsSet && until(text))
        {
            satisfied.Set();
        }
    }

    // Every buffer is written under the lock of output, the interleaved one.
    private static string Snapshot(StringBuilder output, StringBuilder? stream = null)
    {
        lock (output)
        {
            return (stream ?? output).ToString();
        }
    }
}
