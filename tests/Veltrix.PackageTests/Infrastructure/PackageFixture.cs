using System.Globalization;
using System.Security;
using Veltrix.PackageTests.Consuming;

namespace Veltrix.PackageTests.Infrastructure;

/// <summary>
/// Packs <c>src/Veltrix.Generated</c> once per test run into a temporary local feed, the way a release does
/// (<c>dotnet pack -c Release</c>), and gives consumers a <c>nuget.config</c> that reads it.
/// </summary>
/// <remarks>
/// Everything lives under one temporary directory that is deleted afterwards; nothing is written into the
/// repository: the pack builds into its own artifacts directory (<c>UseArtifactsOutput</c>), so it neither
/// reuses nor disturbs the repository's <c>bin/</c> and <c>obj/</c> while other test projects build and run.
/// Consumers restore into a private package folder (<c>NUGET_PACKAGES</c>): the package is extracted fresh on
/// every run, and the machine's global package cache never holds a test build that a later run could mistake for
/// the current one. The only other package a consumer needs is System.IO.Hashing, so that costs one small
/// download (from the HTTP cache after the first run). The version is unique per run all the same, so a stale
/// package cannot be served from anywhere.
/// </remarks>
public sealed class PackageFixture : IDisposable
{
    /// <summary>The package ID, as a user writes it in <c>dotnet add package</c>.</summary>
    public const string PackageId = "Veltrix.Generated";

    /// <summary>Set to 1 to keep the temporary directory (feed, consumers, their output) for inspection.</summary>
    public const string KeepVariable = "VELTRIX_KEEP_PACKAGE_TESTS";

    /// <summary>Time limit for one pack, restore or build: generous, since CI machines build several projects at once.</summary>
    public static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(15);

    private readonly Lazy<(ConsumerProject Project, CommandResult Build)> _consumer;
    private readonly Lazy<CommandResult> _hosting;

    /// <summary>Creates the feed and packs into it.</summary>
    public PackageFixture()
    {
        RepositoryRoot = FindRepositoryRoot();
        Root = Path.Combine(Path.GetTempPath(), "veltrix-package-tests-" + Guid.NewGuid().ToString("N")[..12]);
        Feed = Path.Combine(Root, "feed");
        PackagesFolder = Path.Combine(Root, "packages");
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(PackagesFolder);

        // A consumer in an empty folder sees no repository-wide MSBuild files; these stop the upward search at
        // the temporary root so that nothing above it (a stray file in /tmp) can change the consumer's build.
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Packages.props"), "<Project />\n");

        Version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        try
        {
            UpstreamSources = ReadUpstreamSources(RepositoryRoot);
            PackResult = Pack(RepositoryRoot, "Veltrix.Generated", Feed, Version, Path.Combine(Root, "artifacts"));
        }
        catch
        {
            // xunit does not dispose a fixture whose constructor threw.
            Dispose();
            throw;
        }

        PackageFigures.Report(null, $"dotnet pack -c Release (restore and build of runtime, generator, analyzers, code fixes) {PackResult.Seconds}");

        NupkgPath = Path.Combine(Feed, $"{PackageId}.{Version}.nupkg");
        SnupkgPath = Path.Combine(Feed, $"{PackageId}.{Version}.snupkg");
        _hosting = new Lazy<CommandResult>(() =>
        {
            var pack = Pack(RepositoryRoot, "Veltrix.Extensions.Hosting", Feed, Version, Path.Combine(Root, "artifacts"));
            PackageFigures.Report(null, $"dotnet pack -c Release of the hosting package {pack.Seconds}");
            return pack;
        });
        _consumer = new Lazy<(ConsumerProject, CommandResult)>(() =>
        {
            var consumer = ConsumerProject.Create(this, "consumer", new Dictionary<string, string>());
            var build = consumer.Build();
            PackageFigures.Report(null, $"consumer restore + build from the local feed {build.Seconds}");
            return (consumer, build);
        });
    }

    /// <summary>
    /// The plain consumer (no deliberate diagnostics), written and built on first use and shared by the tests that
    /// only run or inspect it: one restore and build instead of one per test.
    /// </summary>
    public (ConsumerProject Project, CommandResult Build) Consumer => _consumer.Value;

    /// <summary>
    /// <c>dotnet pack</c> of <c>src/Veltrix.Extensions.Hosting</c> into the same feed with the same version, run on first
    /// use: only the tests of the hosting package's README section need it.
    /// </summary>
    public CommandResult HostingPackResult => _hosting.Value;

    /// <summary>The directory that holds <c>Veltrix.Generated.sln</c>.</summary>
    public string RepositoryRoot { get; }

    /// <summary>The temporary directory everything is written to.</summary>
    public string Root { get; }

    /// <summary>The local feed the package was packed into.</summary>
    public string Feed { get; }

    /// <summary>The consumers' private NuGet package folder.</summary>
    public string PackagesFolder { get; }

    /// <summary>The unique version packed for this run.</summary>
    public string Version { get; }

    /// <summary>The output of <c>dotnet pack</c>.</summary>
    public CommandResult PackResult { get; }

    /// <summary>The package.</summary>
    public string NupkgPath { get; }

    /// <summary>The symbols package.</summary>
    public string SnupkgPath { get; }

    /// <summary>The enabled package sources of this machine (what <c>dotnet restore</c> in the repository uses).</summary>
    public IReadOnlyList<string> UpstreamSources { get; }

    /// <summary>Variables every consumer command runs with.</summary>
    public IReadOnlyDictionary<string, string?> ConsumerEnvironment => new Dictionary<string, string?>
    {
        ["NUGET_PACKAGES"] = PackagesFolder,
    };

    /// <summary>
    /// The <c>nuget.config</c> a consumer uses: the local feed for Veltrix packages (source mapping guarantees the
    /// package comes from the feed, never from upstream) and this machine's sources for everything else.
    /// </summary>
    /// <returns>The file's text.</returns>
    public string NuGetConfig()
    {
        var sources = new System.Text.StringBuilder();
        var mapping = new System.Text.StringBuilder();
        for (var i = 0; i < UpstreamSources.Count; i++)
        {
            sources.AppendLine(CultureInfo.InvariantCulture, $"""    <add key="upstream{i}" value="{SecurityElement.Escape(UpstreamSources[i])}" />""");
            mapping.AppendLine(CultureInfo.InvariantCulture, $"""    <packageSource key="upstream{i}"><package pattern="*" /></packageSource>""");
        }

        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="veltrix-local" value="{SecurityElement.Escape(Feed)}" />
            {sources}  </packageSources>
              <packageSourceMapping>
                <packageSource key="veltrix-local"><package pattern="Veltrix.*" /></packageSource>
            {mapping}  </packageSourceMapping>
            </configuration>

            """;
    }

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

    // Release, as a release packs; -p:Version gives the run its own version. UseArtifactsOutput sends every
    // project's bin/ and obj/ (restore included) into the temporary root, away from the repository's.
    private static CommandResult Pack(string repositoryRoot, string project, string feed, string version, string artifacts)
        => DotnetCli.Run(
            repositoryRoot,
            new Dictionary<string, string?>(),
            BuildTimeout,
            [
                "pack", Path.Combine("src", project, project + ".csproj"),
                "-c", "Release",
                "-o", feed,
                "-p:Version=" + version,
                "-p:UseArtifactsOutput=true",
                "-p:ArtifactsPath=" + artifacts,
                "-nodeReuse:false",
                "-tl:off",
            ]).EnsureSuccess();

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Veltrix.Generated.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Veltrix.Generated.sln above {AppContext.BaseDirectory}: the package tests run from a checkout.");
    }

    // `dotnet nuget list source --format short` prints one line per source: "E <url>" when enabled, "D <url>" when
    // disabled. Reading it (rather than assuming nuget.org) keeps the consumer on whatever mirror this machine uses.
    private static List<string> ReadUpstreamSources(string repositoryRoot)
    {
        var result = DotnetCli.Run(repositoryRoot, new Dictionary<string, string?>(), TimeSpan.FromMinutes(2), ["nuget", "list", "source", "--format", "short"])
            .EnsureSuccess();
        var sources = new List<string>();
        foreach (var line in result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0 && line[0] == 'E')
            {
                sources.Add(line[(space + 1)..].Trim());
            }
        }

        if (sources.Count == 0)
        {
            throw new InvalidOperationException($"No enabled package source on this machine:{Environment.NewLine}{result.Output}");
        }

        return sources;
    }
}
