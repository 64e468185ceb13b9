using System.Runtime.InteropServices;

namespace Veltrix.AotTests.Infrastructure;

/// <summary>
/// Publishes <c>samples/Veltrix.Sample</c> once per test run with Native AOT (its csproj turns <c>PublishAot</c> on when
/// publishing) into a temp folder, with its own artifacts path so that nothing of the repository's bin and obj is
/// touched by the RID-specific restore and Release build.
/// </summary>
public sealed class PublishedSample : IDisposable
{
    /// <summary>Publishing compiles the generator, the runtime and the sample, then links natively: minutes on a loaded machine.</summary>
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(10);

    private readonly string _root = Directory.CreateTempSubdirectory("veltrix-aot-").FullName;

    public PublishedSample()
    {
        RepositoryRoot = FindRepositoryRoot();
        OutputDirectory = Path.Combine(_root, "out");
        var rid = RuntimeInformation.RuntimeIdentifier;
        BinaryPath = Path.Combine(OutputDirectory, "Veltrix.Sample");
        JitAssemblyPath = Path.Combine(_root, "artifacts", "bin", "Veltrix.Sample", $"release_{rid}", "Veltrix.Sample.dll");
        if (SkipReason is not null)
        {
            // Every test is an [AotFact] and is skipped: publishing could only fail at the native link.
            Publish = new ProcessResult(-1, string.Empty, SkipReason, TimeSpan.Zero);
            return;
        }

        Publish = ProcessRunner.Run(
            "dotnet",
            ["publish", Path.Combine(RepositoryRoot, "samples", "Veltrix.Sample", "Veltrix.Sample.csproj"), "-r", rid, "-c", "Release",
             "--artifacts-path", Path.Combine(_root, "artifacts"), "-o", OutputDirectory, "-nologo"],
            RepositoryRoot,
            PublishTimeout,
            new Dictionary<string, string?> { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1" });
    }

    /// <summary>
    /// Why the Native AOT tests are skipped, or null when they run. Native AOT links with the platform's C toolchain
    /// (clang or gcc), which a machine with only the .NET SDK may lack; there the tests are skipped with this reason,
    /// so `dotnet test` still passes. Under <c>CI=true</c> they always run, and a missing toolchain fails them.
    /// </summary>
    public static string? SkipReason { get; } =
        !HasNativeToolchain() && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            ? "Native AOT needs a C toolchain to link (clang or gcc on PATH; on Debian: apt-get install clang), and none was found."
            : null;

    public string RepositoryRoot { get; }

    public string OutputDirectory { get; }

    /// <summary>The publish run: exit code, its full build output (warnings included) and how long it took.</summary>
    public ProcessResult Publish { get; }

    /// <summary>The native executable.</summary>
    public string BinaryPath { get; }

    /// <summary>The same sample compiled to IL on the way (run with <c>dotnet</c>), for a JIT comparison.</summary>
    public string JitAssemblyPath { get; }

    /// <summary>Runs the native binary in the publish folder, in the Production environment.</summary>
    public ProcessResult RunNative(params string[] arguments) => ProcessRunner.Run(BinaryPath, arguments, OutputDirectory, TimeSpan.FromMinutes(1), SampleEnvironment);

    /// <summary>Runs the IL build of the same sample with <c>dotnet</c>, from the same folder and settings.</summary>
    public ProcessResult RunJit(params string[] arguments)
        => ProcessRunner.Run("dotnet", [JitAssemblyPath, .. arguments], OutputDirectory, TimeSpan.FromMinutes(1), SampleEnvironment);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; failing the run over it is not.
        }
    }

    private static Dictionary<string, string?> SampleEnvironment => new() { ["DOTNET_ENVIRONMENT"] = "Production" };

    private static bool HasNativeToolchain()
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            if (directory.Length > 0 && (File.Exists(Path.Combine(directory, "clang")) || File.Exists(Path.Combine(directory, "gcc"))))
            {
                return true;
            }
        }

        return false;
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Veltrix.Generated.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Veltrix.Generated.sln not found above " + AppContext.BaseDirectory);
    }

    internal static double Median(List<double> values)
    {
        values.Sort();
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[(values.Count / 2) - 1] + values[values.Count / 2]) / 2;
    }
}
