namespace Veltrix.AotTests.Infrastructure;

/// <summary>How a child process ended: its exit code, everything it printed and how long it ran.</summary>
public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError, TimeSpan Elapsed)
{
    /// <summary>Standard output split into lines, without line ends.</summary>
    public IReadOnlyList<string> OutputLines => StandardOutput.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
}
