using System.Text.RegularExpressions;
using Veltrix.PackageTests.Infrastructure;
using Veltrix.Tool.Tests.Infrastructure;

namespace Veltrix.Tool.Tests.EndToEnd;

/// <summary>
/// <c>check</c> finds exactly what the build finds: the sample project, given the seeded bad configuration as its
/// appsettings files, is built (its analyzers report every problem of the files), and the installed tool checks the
/// same files against the built sample; the two lists of warnings and errors must be equal, position and message.
/// </summary>
[Collection(ToolTestGroup.Name)]
public sealed partial class BuildParityTests(ToolFixture tool)
{
    [Fact]
    public void SeededBadConfiguration_CheckReportsWhatTheBuildReports()
    {
        var project = tool.SampleCopy("parity-" + Guid.NewGuid().ToString("N")[..8], BadConfiguration.Files);
        var build = DotnetCli.Run(tool.Root, new Dictionary<string, string?>(), ToolFixture.BuildTimeout, tool.Build(project));

        // The seeded values include errors (VLX4003, VLX4004, VLX4006), so the build fails; its diagnostics are the point.
        var fromBuild = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in BuildDiagnostic().Matches(build.Output))
        {
            fromBuild.Add($"{Path.GetFileName(match.Groups["path"].Value)}({match.Groups["line"].Value},{match.Groups["column"].Value}): {match.Groups["severity"].Value} {match.Groups["id"].Value}: {match.Groups["message"].Value.TrimEnd()}");
        }

        Assert.True(fromBuild.Count >= BadConfiguration.ExpectedIds.Count, $"The build reported too little:\n{build.Output}");

        var check = tool.Veltrix("check", tool.SampleAssembly, Path.Combine(project, "appsettings.json"), Path.Combine(project, "appsettings.Production.json"))
            .Expect(1);
        var fromCheck = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in CheckDiagnostic().Matches(check.Output))
        {
            fromCheck.Add($"{Path.GetFileName(match.Groups["path"].Value)}({match.Groups["line"].Value},{match.Groups["column"].Value}): {match.Groups["severity"].Value} {match.Groups["id"].Value}: {match.Groups["message"].Value.TrimEnd()}");
        }

        Assert.True(
            fromBuild.SetEquals(fromCheck),
            "build only:\n  " + string.Join("\n  ", fromBuild.Except(fromCheck).Order(StringComparer.Ordinal))
            + "\ncheck only:\n  " + string.Join("\n  ", fromCheck.Except(fromBuild).Order(StringComparer.Ordinal)));
        foreach (var id in BadConfiguration.ExpectedIds)
        {
            Assert.Contains(fromCheck, line => line.Contains(" " + id + ":", StringComparison.Ordinal));
        }
    }

    // MSBuild appends the help link in parentheses and the project in brackets.
    [GeneratedRegex(@"^(?<path>\S+\.json)\((?<line>\d+),(?<column>\d+)\): (?<severity>warning|error) (?<id>VLX\d{4}): (?<message>.*?)(?: \(https?://[^ ]+\))? \[[^\]]+\]\r?$", RegexOptions.Multiline)]
    private static partial Regex BuildDiagnostic();

    [GeneratedRegex(@"^(?<path>\S+\.json)\((?<line>\d+),(?<column>\d+)\): (?<severity>warning|error) (?<id>VLX\d{4}): (?<message>.*?)\r?$", RegexOptions.Multiline)]
    private static partial Regex CheckDiagnostic();
}
