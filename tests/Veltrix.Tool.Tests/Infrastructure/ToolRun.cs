using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Veltrix.Tool.Tests.Infrastructure;

/// <summary>One run of the installed <c>veltrix</c> command: exit code, standard output and standard error apart.</summary>
public sealed class ToolRun
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    private ToolRun(string commandLine, int exitCode, string output, string error)
    {
        CommandLine = commandLine;
        ExitCode = exitCode;
        Output = output;
        Error = error;
    }

    /// <summary>The command as typed, for failure messages.</summary>
    public string CommandLine { get; }

    /// <summary>The exit code.</summary>
    public int ExitCode { get; }

    /// <summary>Standard output.</summary>
    public string Output { get; }

    /// <summary>Standard error.</summary>
    public string Error { get; }

    /// <summary>Standard output parsed as JSON.</summary>
    /// <returns>The document.</returns>
    public JsonDocument Json() => JsonDocument.Parse(Output);

    /// <summary>Fails with the whole output unless the exit code is <paramref name="expected"/>.</summary>
    /// <param name="expected">The expected exit code.</param>
    /// <returns>This run.</returns>
    public ToolRun Expect(int expected)
    {
        Assert.True(ExitCode == expected, $"'{CommandLine}' exited with {ExitCode.ToString(CultureInfo.InvariantCulture)}, expected {expected.ToString(CultureInfo.InvariantCulture)}.\nstdout:\n{Output}\nstderr:\n{Error}");
        return this;
    }

    internal static ToolRun Start(string executable, string workingDirectory, IReadOnlyDictionary<string, string?> environment, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var key in start.Environment.Keys.ToList())
        {
            if (key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(key);
            }
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (key, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(key);
            }
            else
            {
                start.Environment[key] = value;
            }
        }

        var commandLine = "veltrix " + string.Join(' ', arguments);
        var output = new StringBuilder();
        var error = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(error, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"'{commandLine}' did not finish within {Timeout}.");
        }

        process.WaitForExit();
        lock (output)
        {
            lock (error)
            {
                return new ToolRun(commandLine, process.ExitCode, output.ToString(), error.ToString());
            }
        }
    }

    private static void Append(StringBuilder buffer, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (buffer)
        {
            buffer.AppendLine(line);
        }
    }
}
