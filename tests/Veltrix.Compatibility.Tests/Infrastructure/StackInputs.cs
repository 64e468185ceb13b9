namespace Veltrix.Compatibility.Tests.Infrastructure;

/// <summary>
/// The sources of one comparison, in order: JSON files, then environment variables (already set in the process
/// under <see cref="EnvironmentPrefix"/>), then command-line arguments.
/// </summary>
/// <param name="Files">Full paths of the JSON files, earliest first.</param>
/// <param name="EnvironmentPrefix">The prefix both environment variable providers read, unique per comparison.</param>
/// <param name="CommandLine">Command-line arguments (<c>--Key=value</c>).</param>
public sealed record StackInputs(IReadOnlyList<string> Files, string EnvironmentPrefix, IReadOnlyList<string> CommandLine);
