using Veltrix.PackageTests.Infrastructure;

namespace Veltrix.PackageTests.Consuming;

/// <summary>
/// A brand-new application that uses Veltrix only through the package, written file by file as a user following
/// the README would: a console project with a <c>PackageReference</c>, warnings as errors, a schema, an
/// <c>appsettings.json</c> and a <c>Program.cs</c> that prints what it read.
/// </summary>
public sealed class ConsumerProject
{
    /// <summary>The schema: a section with defaults, a nested section, a list, a rule and a secret.</summary>
    public const string Schema = """
        using System.ComponentModel.DataAnnotations;
        using Veltrix;

        namespace Consumer;

        [VeltrixConfig("App")]
        public sealed partial class AppConfig
        {
            public string Name { get; init; } = "unnamed";

            [Range(1, 65535)]
            public int Port { get; init; } = 8080;

            public IReadOnlyList<string> Hosts { get; init; } = [];

            public CacheConfig Cache { get; init; } = new();
        }

        public sealed partial class CacheConfig
        {
            public int MaxEntries { get; init; } = 1000;

            public TimeSpan Ttl { get; init; } = TimeSpan.FromMinutes(5);

            [Secret]
            public string? Password { get; init; }
        }
        """;

    /// <summary>The values the program reads; <c>Ttl</c> is left to its default.</summary>
    public const string AppSettings = """
        {
          "App": {
            "Name": "orders-api",
            "Port": 5005,
            "Hosts": [ "a.internal", "b.internal" ],
            "Cache": { "MaxEntries": 25000, "Password": "hunter2" }
          }
        }
        """;

    /// <summary>Reads the configuration through the generated code and prints one <c>key=value</c> line per read.</summary>
    public const string Program = """
        using Consumer;
        using Veltrix;

        try
        {
            using var config = VeltrixConfiguration.CreateBuilder<AppConfig>()
                .AddJsonFile("appsettings.json", optional: false)
                .AddEnvironmentVariables("CONSUMER_")
                .Build();

            AppConfig app = config.Current;
            Console.WriteLine($"name={app.Name}");
            Console.WriteLine($"port={app.Port}");
            Console.WriteLine($"hosts={string.Join(",", app.Hosts)}");
            Console.WriteLine($"cache.maxentries={app.Cache.MaxEntries}");
            Console.WriteLine($"cache.ttl={app.Cache.Ttl}");
            Console.WriteLine($"lookup={(config.TryGetValue("app:cache:maxentries", out ConfigValue value) ? value.ToString() : "missing")}");
            Console.WriteLine($"secret={(config.TryGetValue("App:Cache:Password", out ConfigValue secret) ? secret.ToString() : "missing")}");
            Console.WriteLine($"schema={config.Schema.HashHex}");
            Console.WriteLine($"text={app.Cache}");
            return 0;
        }
        catch (ConfigException ex)
        {
            Console.WriteLine(ex.Message);
            return 3;
        }
        """;

    private readonly PackageFixture _package;

    private ConsumerProject(PackageFixture package, string directory)
    {
        _package = package;
        Directory = directory;
    }

    /// <summary>The project's folder.</summary>
    public string Directory { get; }

    /// <summary>The project file's name.</summary>
    public static string ProjectFileName => "Consumer.csproj";

    /// <summary>Writes a new consumer into an empty folder under the fixture's temporary root.</summary>
    /// <param name="package">The packed package and its feed.</param>
    /// <param name="name">The folder name, unique per test.</param>
    /// <param name="extraFiles">More source files (name → text), such as one that must raise a diagnostic.</param>
    /// <returns>The consumer.</returns>
    public static ConsumerProject Create(PackageFixture package, string name, IReadOnlyDictionary<string, string> extraFiles)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(extraFiles);
        var directory = Path.Combine(package.Root, name);
        System.IO.Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, ProjectFileName), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="{PackageFixture.PackageId}" Version="{package.Version}" />
              </ItemGroup>
              <ItemGroup>
                <None Update="appsettings*.json" CopyToOutputDirectory="PreserveNewest" />
              </ItemGroup>
            </Project>

            """);
        File.WriteAllText(Path.Combine(directory, "nuget.config"), package.NuGetConfig());
        File.WriteAllText(Path.Combine(directory, "AppConfig.cs"), Schema + "\n");
        File.WriteAllText(Path.Combine(directory, "Program.cs"), Program + "\n");
        File.WriteAllText(Path.Combine(directory, "appsettings.json"), AppSettings + "\n");
        foreach (var (fileName, text) in extraFiles)
        {
            File.WriteAllText(Path.Combine(directory, fileName), text + "\n");
        }

        return new ConsumerProject(package, directory);
    }

    /// <summary>Restores (from the local feed and upstream) and builds, as <c>dotnet build</c> in the folder does.</summary>
    /// <returns>The command's result; the caller decides whether failure is expected.</returns>
    public CommandResult Build()
        => DotnetCli.Run(Directory, _package.ConsumerEnvironment, PackageFixture.BuildTimeout, ["build", "-nodeReuse:false", "-tl:off"]);

    /// <summary>Evaluates one MSBuild property of the restored project.</summary>
    /// <param name="property">The property's name.</param>
    /// <returns>The property's value, trimmed.</returns>
    public string GetProperty(string property)
        => DotnetCli.Run(Directory, _package.ConsumerEnvironment, PackageFixture.BuildTimeout, ["msbuild", ProjectFileName, "-getProperty:" + property, "-nodeReuse:false"])
            .EnsureSuccess().Output.Trim();

    /// <summary>Runs the built program.</summary>
    /// <param name="environment">Variables for the program, such as configuration overrides.</param>
    /// <returns>The command's result.</returns>
    public CommandResult Run(IReadOnlyDictionary<string, string?> environment)
        => DotnetCli.Run(
            Directory,
            environment,
            TimeSpan.FromMinutes(2),
            [Path.Combine(Directory, "bin", "Debug", "net10.0", "Consumer.dll")]);
}
