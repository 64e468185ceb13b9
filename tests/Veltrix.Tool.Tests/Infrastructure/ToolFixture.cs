using System.Globalization;
using Veltrix.PackageTests.Infrastructure;

namespace Veltrix.Tool.Tests.Infrastructure;

/// <summary>
/// Packs <c>src/Veltrix.Tool</c> once per test run into a temporary feed (<c>dotnet pack</c>, as a release does),
/// installs it from there into a temporary tool folder (<c>dotnet tool install --tool-path</c>), and builds a copy of
/// the sample app next to it, so that every test runs the <c>veltrix</c> command a user installs against the app a
/// user builds. Nothing is written into the repository: every build goes to a temporary artifacts directory.
/// </summary>
public sealed class ToolFixture : IDisposable
{
    /// <summary>Set to 1 to keep the temporary directory for inspection.</summary>
    public const string KeepVariable = "VELTRIX_KEEP_TOOL_TESTS";

    /// <summary>Time limit for one pack, install or build: generous, CI machines build several projects at once.</summary>
    public static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(15);

    public ToolFixture()
    {
        RepositoryRoot = FindRepositoryRoot();
        Root = Directory.CreateTempSubdirectory("veltrix-tool-tests-").FullName;
        try
        {
            // Stop the upward search for MSBuild files at the temporary root (a stray file in /tmp must not count).
            File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project><PropertyGroup><LangVersion>latest</LangVersion><Nullable>enable</Nullable></PropertyGroup></Project>\n");
            File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />\n");
            // The sample copies' package references (OpenTelemetry, for --metrics) take their versions from the central list.
            File.Copy(Path.Combine(RepositoryRoot, "Directory.Packages.props"), Path.Combine(Root, "Directory.Packages.props"));
            Artifacts = Path.Combine(Root, "artifacts");
            var feed = Path.Combine(Root, "feed");
            ToolPath = Path.Combine(Root, "tools");
            Version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);

            Run(RepositoryRoot, "pack", Path.Combine(RepositoryRoot, "src", "Veltrix.Tool", "Veltrix.Tool.csproj"), "-c", "Release", "-o", feed,
                "-p:Version=" + Version, "-p:UseArtifactsOutput=true", "-p:ArtifactsPath=" + Artifacts, "-nodeReuse:false", "-tl:off");
            Run(Root, "tool", "install", "Veltrix.Tool", "--tool-path", ToolPath, "--add-source", feed, "--version", Version);
            Executable = Path.Combine(ToolPath, "veltrix");

            SampleDirectory = SampleCopy("sample", files: null);
            Run(Root, Build(SampleDirectory));
            SampleAssembly = Path.Combine(Artifacts, "bin", "Veltrix.Sample", "release", "Veltrix.Sample.dll");
            if (!File.Exists(SampleAssembly))
            {
                throw new InvalidOperationException($"The sample build left no {SampleAssembly}.");
            }
        }
        catch
        {
            // xunit does not dispose a fixture whose constructor threw.
            Dispose();
            throw;
        }
    }

    /// <summary>The directory that holds <c>Veltrix.Generated.sln</c>.</summary>
    public string RepositoryRoot { get; }

    /// <summary>The temporary directory everything is written to.</summary>
    public string Root { get; }

    /// <summary>Where every build of the fixture writes (<c>UseArtifactsOutput</c>).</summary>
    public string Artifacts { get; } = string.Empty;

    /// <summary>The folder the tool is installed in.</summary>
    public string ToolPath { get; } = string.Empty;

    /// <summary>The installed <c>veltrix</c> command.</summary>
    public string Executable { get; } = string.Empty;

    /// <summary>The version packed for this run.</summary>
    public string Version { get; } = string.Empty;

    /// <summary>The sample copy's project folder (its own appsettings files).</summary>
    public string SampleDirectory { get; } = string.Empty;

    /// <summary>The built sample app.</summary>
    public string SampleAssembly { get; } = string.Empty;

    /// <summary>A new empty directory under the fixture's root.</summary>
    /// <param name="name">A name prefix.</param>
    /// <returns>The directory.</returns>
    public string NewDirectory(string name)
        => Directory.CreateDirectory(Path.Combine(Root, name + "-" + Guid.NewGuid().ToString("N")[..8])).FullName;

    /// <summary>
    /// Copies the sample project (its sources and project file, paths pointing back at this repository, and the central
    /// package versions) into
    /// a new folder, with the given configuration files instead of the sample's own when not null.
    /// </summary>
    /// <param name="name">The folder's name under the root.</param>
    /// <param name="files">File name to content, or null for the sample's appsettings files.</param>
    /// <returns>The folder.</returns>
    public string SampleCopy(string name, IReadOnlyDictionary<string, string>? files)
    {
        var source = Path.Combine(RepositoryRoot, "samples", "Veltrix.Sample");
        var target = Path.Combine(Root, name);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source, "*.cs"))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }


        var project = File.ReadAllText(Path.Combine(source, "Veltrix.Sample.csproj"))
            .Replace(@"..\..\", RepositoryRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(target, "Veltrix.Sample.csproj"), project);
        if (files is null)
        {
            foreach (var file in Directory.GetFiles(source, "appsettings*.json"))
            {
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
            }
        }
        else
        {
            foreach (var (file, text) in files)
            {
                File.WriteAllText(Path.Combine(target, file), text);
            }
        }

        return target;
    }

    /// <summary>The arguments that build a sample copy in Release into the fixture's artifacts.</summary>
    /// <param name="projectDirectory">The copy's folder.</param>
    /// <returns>The <c>dotnet</c> arguments.</returns>
    public string[] Build(string projectDirectory)
        => ["build", Path.Combine(projectDirectory, "Veltrix.Sample.csproj"), "-c", "Release", "-p:UseArtifactsOutput=true", "-p:ArtifactsPath=" + Artifacts, "-nodeReuse:false", "-tl:off"];

    /// <summary>Runs the installed tool.</summary>
    /// <param name="arguments">Its arguments.</param>
    /// <returns>What it did.</returns>
    public ToolRun Veltrix(params string[] arguments) => ToolRun.Start(Executable, Root, new Dictionary<string, string?>(), arguments);

    /// <summary>Runs the installed tool with extra environment variables.</summary>
    /// <param name="environment">The variables.</param>
    /// <param name="arguments">Its arguments.</param>
    /// <returns>What it did.</returns>
    public ToolRun Veltrix(IReadOnlyDictionary<string, string?> environment, params string[] arguments)
        => ToolRun.Start(Executable, Root, environment, arguments);

    /// <inheritdoc />
    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable(KeepVariable) == "1")
        {
            return;
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open must not fail the run; the directory is under the system temp folder.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static void Run(string workingDirectory, params string[] arguments)
        => DotnetCli.Run(workingDirectory, new Dictionary<string, string?>(), BuildTimeout, arguments).EnsureSuccess();

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Veltrix.Generated.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Veltrix.Generated.sln above {AppContext.BaseDirectory}: the tool tests run from a checkout.");
    }
}
