namespace Veltrix.Compatibility.Tests.Infrastructure;

/// <summary>
/// Keys a deployment sets over a project's files, as environment variables (<c>Routes__0__Priority</c>, without
/// the prefix) and command-line arguments (<c>--Routes:0:DownstreamHostAndPorts:0:Port=81</c>). Keys may hold
/// placeholders resolved against the stack's files (see <see cref="KeyTemplate"/>), so that one scenario fits
/// every stack of a corpus: <c>{count:Routes}</c> appends past the end of a list of any length.
/// </summary>
/// <param name="Name">What the scenario does (<c>patch-list-element-field</c>).</param>
/// <param name="Environment">Environment variables, name to value.</param>
/// <param name="CommandLine">Command-line arguments, key to value.</param>
public sealed record OverrideScenario(
    string Name,
    IReadOnlyList<KeyValuePair<string, string>> Environment,
    IReadOnlyList<KeyValuePair<string, string>> CommandLine)
{
    /// <summary>The files alone, with no override.</summary>
    public static OverrideScenario FilesOnly { get; } = new("files", [], []);

    /// <summary>A scenario of environment variables only.</summary>
    public static OverrideScenario Env(string name, params (string Key, string Value)[] variables)
        => new(name, [.. variables.Select(v => KeyValuePair.Create(v.Key, v.Value))], []);

    /// <summary>A scenario of command-line arguments only.</summary>
    public static OverrideScenario Args(string name, params (string Key, string Value)[] arguments)
        => new(name, [], [.. arguments.Select(a => KeyValuePair.Create(a.Key, a.Value))]);

    /// <inheritdoc/>
    public override string ToString() => Name;
}
