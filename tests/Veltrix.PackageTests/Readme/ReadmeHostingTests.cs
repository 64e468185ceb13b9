using Veltrix.PackageTests.Infrastructure;
using Xunit.Abstractions;

namespace Veltrix.PackageTests.Readme;

/// <summary>
/// README's "Hosting" section, followed as a reader follows it: a new worker app (<c>dotnet new worker</c>, which the
/// section suggests) in a temporary folder, given the <c>AppConfig.cs</c> and <c>appsettings.json</c> of "Using the
/// package" (the section builds on them), then the section's commands and its <c>Host.CreateApplicationBuilder</c>
/// program, against the packages packed for this run. The lines of the section's console block must appear in the
/// program's output, in order. Blocks are found by heading, fence and content, never by the wording around them.
/// </summary>
[Collection(PackageTestGroup.Name)]
public sealed class ReadmeHostingTests(PackageFixture package, ITestOutputHelper output)
{
    /// <summary>A console block's line that says the program keeps running: the test stops it there.</summary>
    private const string KeepsRunning = "…";

    /// <summary>How long a built host may take to print the lines README shows.</summary>
    private static readonly TimeSpan HostOutputTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public void Hosting_FollowedTopToBottom_PrintsWhatReadmeShows()
    {
        Assert.Equal(0, package.HostingPackResult.ExitCode);
        var readme = File.ReadAllText(Path.Combine(package.RepositoryRoot, "README.md"));
        var blocks = ReadmeText.Blocks(ReadmeText.Section(readme, "## Hosting"));
        Assert.Contains(blocks, static b => b.Language == "console");

        var directory = Path.Combine(package.Root, "readme-hosting", "HelloHost");
        Directory.CreateDirectory(directory);
        Dotnet(directory, new(), "new", "worker").EnsureSuccess();
        File.WriteAllText(Path.Combine(directory, "nuget.config"), package.NuGetConfig());
        foreach (var block in ReadmeText.Blocks(ReadmeText.Section(readme, "## Using the package")))
        {
            if (block.Language is "csharp" or "json" && ReadmeText.NamedFile(block) is { } file && file != "Program.cs")
            {
                File.WriteAllText(Path.Combine(directory, file), block.Text);
            }
        }

        var programs = 0;
        foreach (var block in blocks)
        {
            switch (block.Language)
            {
                case "bash":
                    RunShell(block.Text, directory);
                    break;
                case "csharp" when block.Text.Contains("Host.CreateApplicationBuilder", StringComparison.Ordinal):
                    programs++;
                    File.WriteAllText(Path.Combine(directory, "Program.cs"), block.Text);
                    break;
                case "csharp" when ReadmeText.NamedFile(block) is { } file:
                    File.WriteAllText(Path.Combine(directory, file), block.Text);
                    break;
                case "console":
                    CheckConsole(block.Text, directory);
                    break;
                default:
                    throw new Xunit.Sdk.XunitException($"README's hosting block of language '{block.Language}' is not covered by this test:{Environment.NewLine}{block.Text}");
            }
        }

        Assert.Equal(1, programs);
    }

    // Packing is what the fixture did for this run (into the feed the app's nuget.config reads); every other line is a
    // dotnet command run as written.
    private void RunShell(string script, string directory)
    {
        foreach (var raw in script.Split('\n'))
        {
            var line = ReadmeText.WithoutComment(raw);
            if (line.Length == 0 || line.StartsWith("dotnet pack ", StringComparison.Ordinal))
            {
                continue;
            }

            Assert.StartsWith("dotnet ", line, StringComparison.Ordinal);
            var result = Dotnet(directory, new(), line["dotnet ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            Assert.True(result.ExitCode == 0, result.CommandLine + Environment.NewLine + result.Output);
        }
    }

    // "$ [VAR=value ]dotnet run [-- args]" followed by lines that must appear in its output in that order; a last line
    // "…" says the host keeps running, and it is stopped once the lines before it have appeared.
    private void CheckConsole(string block, string directory)
    {
        var lines = block.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("$ ", StringComparison.Ordinal))
            {
                continue;
            }

            var words = lines[i][2..].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            var environment = new Dictionary<string, string?>();
            while (words[0].Contains('=', StringComparison.Ordinal))
            {
                var equals = words[0].IndexOf('=', StringComparison.Ordinal);
                environment[words[0][..equals]] = words[0][(equals + 1)..];
                words.RemoveAt(0);
            }

            Assert.Equal("dotnet", words[0]);
            var expected = new List<string>();
            var keepsRunning = false;
            for (var j = i + 1; j < lines.Length && !lines[j].StartsWith("$ ", StringComparison.Ordinal); j++)
            {
                if (lines[j].Trim() == KeepsRunning)
                {
                    keepsRunning = true;
                }
                else if (lines[j].Length > 0)
                {
                    expected.Add(lines[j].TrimEnd());
                }
            }

            var arguments = words.Skip(1).ToArray();
            if (keepsRunning)
            {
                // Built first, so that a README line the host never prints fails within HostOutputTimeout, not a build's time.
                Assert.Equal(0, Dotnet(directory, new(), "build").ExitCode);
            }

            var result = keepsRunning
                ? DotnetUntil(directory, environment, arguments, text => Appears(expected, text))
                : Dotnet(directory, environment, arguments);
            Assert.True(Appears(expected, result.Output), $"README shows:{Environment.NewLine}{string.Join(Environment.NewLine, expected)}{Environment.NewLine}'{result.CommandLine}' printed:{Environment.NewLine}{result.Output}");
            if (keepsRunning)
            {
                Assert.True(result.ExitCode == -1, "README says the host keeps running, but it exited: " + result.Output);
            }
        }
    }

    // Each expected line is a whole line of the output, in order; other lines may come between them.
    private static bool Appears(List<string> expected, string text)
    {
        var next = 0;
        foreach (var line in text.Split('\n'))
        {
            if (next < expected.Count && line.TrimEnd('\r', ' ') == expected[next])
            {
                next++;
            }
        }

        return next == expected.Count;
    }

    private CommandResult Dotnet(string directory, Dictionary<string, string?> environment, params string[] arguments)
    {
        var result = DotnetCli.Run(directory, WithConsumerEnvironment(environment), PackageFixture.BuildTimeout, arguments);
        output.WriteLine($"{result.CommandLine} ({result.Seconds}, exit {result.ExitCode})");
        return result;
    }

    private CommandResult DotnetUntil(string directory, Dictionary<string, string?> environment, string[] arguments, Func<string, bool> until)
    {
        var result = DotnetCli.RunUntil(directory, WithConsumerEnvironment(environment), HostOutputTimeout, arguments, until);
        output.WriteLine($"{result.CommandLine} ({result.Seconds}, stopped: {result.ExitCode == -1})");
        return result;
    }

    private Dictionary<string, string?> WithConsumerEnvironment(Dictionary<string, string?> environment)
    {
        foreach (var (key, value) in package.ConsumerEnvironment)
        {
            environment.TryAdd(key, value);
        }

        return environment;
    }
}
