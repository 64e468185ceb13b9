using System.Globalization;
using System.Text.Json;
using Veltrix.PackageTests.Infrastructure;

namespace Veltrix.Tool.Tests.Infrastructure;

/// <summary>
/// One run of the installed <c>veltrix</c> command: exit code, standard output and standard error apart. Started by
/// <see cref="DotnetCli.RunProgram"/>, as every command of the test projects is.
/// </summary>
public sealed class ToolRun
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    private ToolRun(CommandResult result) => Result = result;

    /// <summary>The command as typed, for failure messages.</summary>
    public string CommandLine => Result.CommandLine;

    /// <summary>The exit code.</summary>
    public int ExitCode => Result.ExitCode;

    /// <summary>Standard output.</summary>
    public string Output => Result.StandardOutput;

    /// <summary>Standard error.</summary>
    public string Error => Result.StandardError;

    private CommandResult Result { get; }

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
        => new(DotnetCli.RunProgram(executable, workingDirectory, environment, Timeout, arguments));
}
