using System.Globalization;

namespace Veltrix.PackageTests.Infrastructure;

/// <summary>What one command (<c>dotnet</c>, or a program <see cref="DotnetCli.RunProgram"/> ran) did.</summary>
/// <param name="CommandLine">The command as it would be typed, for failure messages.</param>
/// <param name="ExitCode">The process's exit code.</param>
/// <param name="Output">Standard output and standard error, interleaved in the order the lines arrived.</param>
/// <param name="Elapsed">Wall-clock time from start to exit.</param>
/// <param name="StandardOutput">Standard output alone.</param>
/// <param name="StandardError">Standard error alone.</param>
public sealed record CommandResult(string CommandLine, int ExitCode, string Output, TimeSpan Elapsed, string StandardOutput, string StandardError)
{
    /// <summary>Throws with the whole output unless the command exited with 0.</summary>
    /// <returns>This result.</returns>
    public CommandResult EnsureSuccess()
    {
        if (ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"'{CommandLine}' exited with {ExitCode.ToString(CultureInfo.InvariantCulture)}:{Environment.NewLine}{Output}");
        }

        return this;
    }

    /// <summary>The elapsed time in seconds with one decimal, for figures.</summary>
    public string Seconds => Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";
}
