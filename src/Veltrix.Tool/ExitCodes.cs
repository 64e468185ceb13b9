namespace Veltrix.Tool;

/// <summary>The exit codes of every verb, the contract deploy pipelines script against.</summary>
internal static class ExitCodes
{
    /// <summary>Clean: no finding at or above the failing severity, no difference (<c>diff</c>), published.</summary>
    public const int Clean = 0;

    /// <summary>Findings (<c>check</c>), differences (<c>diff</c>), or a configuration that does not bind or validate.</summary>
    public const int Findings = 1;

    /// <summary>Could not check: bad arguments, a missing or unreadable app or file, an unreachable etcd.</summary>
    public const int CouldNotRun = 2;
}
