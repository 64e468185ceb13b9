using Veltrix.PackageTests.Infrastructure;
using Xunit.Abstractions;

namespace Veltrix.PackageTests.Readme;

/// <summary>
/// README's "Using the package" is followed as a reader follows it: its code blocks, in order, in a new folder,
/// against the package packed for this run. Each command runs, each file is written where the text before it says,
/// and every <c>$ command</c> of the console block must print what the README shows.
/// </summary>
[Collection(PackageTestGroup.Name)]
public sealed class ReadmeWalkthroughTests(PackageFixture package, ITestOutputHelper output)
{
    [Fact]
    public void UsingThePackage_FollowedTopToBottom_PrintsWhatReadmeShows()
    {
        var blocks = ReadmeText.Blocks(ReadmeText.Section(File.ReadAllText(Path.Combine(package.RepositoryRoot, "README.md")), "## Using the package"));
        Assert.Contains(blocks, static b => b.Language == "console");

        var workspace = Path.Combine(package.Root, "readme");
        Directory.CreateDirectory(workspace);
        var directory = workspace;
        var consoleBlocks = 0;
        foreach (var block in blocks)
        {
            switch (block.Language)
            {
                case "bash":
                    directory = RunShell(block.Text, directory);
                    break;
                case "csharp" or "json":
                    File.WriteAllText(Path.Combine(directory, TargetFile(block)), block.Text);
                    break;
                case "xml":
                    var project = Path.Combine(directory, TargetFile(block));
                    var text = File.ReadAllText(project);
                    File.WriteAllText(project, text.Replace("</Project>", block.Text + "</Project>", StringComparison.Ordinal));
                    break;
                case "console":
                    consoleBlocks++;
                    CheckConsole(block.Text, directory);
                    break;
                default:
                    throw new Xunit.Sdk.XunitException($"README block of language '{block.Language}' is not covered by this test.");
            }
        }

        Assert.Equal(1, consoleBlocks);
    }

    // Runs one bash block line by line; `mkdir X && cd X` moves into X. Packing and adding the local source are what
    // the fixture already did (the package is packed once per run; its nuget.config points at that feed).
    private string RunShell(string script, string directory)
    {
        foreach (var raw in script.Split('\n'))
        {
            var line = ReadmeText.WithoutComment(raw);
            if (line.Length == 0 || line.StartsWith("dotnet pack ", StringComparison.Ordinal) || line.StartsWith("dotnet nuget add source", StringComparison.Ordinal))
            {
                continue;
            }

            if (ReadmeText.MkdirCd(line) is { } folder)
            {
                directory = Path.Combine(directory, folder);
                Directory.CreateDirectory(directory);
                continue;
            }

            if (line == "dotnet new nugetconfig")
            {
                File.WriteAllText(Path.Combine(directory, "nuget.config"), package.NuGetConfig());
                continue;
            }

            Assert.StartsWith("dotnet ", line, StringComparison.Ordinal);
            var result = Dotnet(directory, new Dictionary<string, string?>(), line["dotnet ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            Assert.True(result.ExitCode == 0, result.CommandLine + Environment.NewLine + result.Output);
        }

        return directory;
    }

    // "$ [VAR=value ]dotnet run [-- args]" followed by the lines it prints.
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
                var (name, value) = (words[0][..words[0].IndexOf('=', StringComparison.Ordinal)], words[0][(words[0].IndexOf('=', StringComparison.Ordinal) + 1)..]);
                environment[name] = value;
                words.RemoveAt(0);
            }

            Assert.Equal("dotnet", words[0]);
            var expected = new List<string>();
            for (var j = i + 1; j < lines.Length && !lines[j].StartsWith("$ ", StringComparison.Ordinal); j++)
            {
                if (lines[j].Length > 0)
                {
                    expected.Add(lines[j]);
                }
            }

            var result = Dotnet(directory, environment, words.Skip(1).ToArray());
            Assert.Equal(expected, result.Output.Split('\n').Select(static l => l.TrimEnd('\r')).Where(static l => l.Length > 0));
        }
    }

    private CommandResult Dotnet(string directory, Dictionary<string, string?> environment, IReadOnlyList<string> arguments)
    {
        foreach (var (key, value) in package.ConsumerEnvironment)
        {
            environment.TryAdd(key, value);
        }

        var result = DotnetCli.Run(directory, environment, PackageFixture.BuildTimeout, arguments);
        output.WriteLine($"{result.CommandLine} ({result.Seconds}, exit {result.ExitCode})");
        return result;
    }

    // The file the text before a block names, such as "Describe the configuration in `AppConfig.cs`:".
    private static string TargetFile(ReadmeBlock block)
    {
        var name = ReadmeText.NamedFile(block);
        Assert.True(name is not null, "No file named before the block: " + block.Before);
        return name;
    }
}
