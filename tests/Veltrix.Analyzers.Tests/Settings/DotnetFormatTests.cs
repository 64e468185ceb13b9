using System.Security;
using Veltrix.Analyzers.Settings;
using Veltrix.CodeFixes.Settings;
using Veltrix.PackageTests.Infrastructure;

namespace Veltrix.Analyzers.Tests.Settings;

/// <summary>
/// The value fixes end to end, the way a user applies them from the command line: <c>dotnet format analyzers</c> on a
/// small project that references the built analyzer and code-fix assemblies. Skipped (passes without running) where
/// no <c>dotnet</c> is on the path; about 10 s otherwise.
/// </summary>
public sealed class DotnetFormatTests
{
    private const string Before = """
        using System;
        using System.Threading;
        using Veltrix;

        namespace Probe;

        public sealed class CacheOptions
        {
            [CacheSize] public int MaxEntries { get; init; } = 0;
            [CacheTtl] public TimeSpan Ttl { get; init; } = TimeSpan.Zero;
        }

        public sealed class WorkerOptions
        {
            [ThreadCount] public int Workers { get; init; } = 0;
            [RetryCount] public int Retries { get; init; } = -1;
            [Timeout] public TimeSpan Connect { get; init; } = Timeout.InfiniteTimeSpan;
            [Timeout] public int ReadMs { get; init; } = 0;
        }

        public sealed class CatalogCache
        {
            [CacheTtl] public TimeSpan? Ttl { get; init; }
            [CacheSize] public int? MaxEntries { get; init; }
        }

        public sealed class SessionCache
        {
            [CacheTtl] public TimeSpan Ttl { get; init; } = Timeout.InfiniteTimeSpan;
        }

        public sealed class PoolOptions
        {
            [PoolSize] public int Connections { get; init; } = 16;
            [QueueCapacity] public int? Queue { get; init; }
            [ThreadCount, AtMost(nameof(MaxThreads))] public int MinThreads { get; init; } = 64;
            [ThreadCount] public int MaxThreads { get; init; } = 8;
        }

        """;

    private const string After = """
        using System;
        using System.Threading;
        using Veltrix;

        namespace Probe;

        public sealed class CacheOptions
        {
            [CacheSize] public int MaxEntries { get; init; } = 10_000;
            [CacheTtl] public TimeSpan Ttl { get; init; } = TimeSpan.FromSeconds(1);
        }

        public sealed class WorkerOptions
        {
            [ThreadCount] public int Workers { get; init; } = 1;
            [RetryCount] public int Retries { get; init; } = 0;
            [Timeout] public TimeSpan Connect { get; init; } = TimeSpan.FromSeconds(30);
            [Timeout] public int ReadMs { get; init; } = 30_000;
        }

        public sealed class CatalogCache
        {
            [CacheTtl] public TimeSpan? Ttl { get; init; }
            [CacheSize] public int? MaxEntries { get; init; } = 10_000;
        }

        public sealed class SessionCache
        {
            [CacheTtl] public TimeSpan Ttl { get; init; } = TimeSpan.FromMinutes(10);
        }

        public sealed class PoolOptions
        {
            [PoolSize] public int Connections { get; init; } = 16;
            [QueueCapacity] public int? Queue { get; init; } = 1_000_000;
            [ThreadCount, AtMost(nameof(MaxThreads))] public int MinThreads { get; init; } = 8;
            [ThreadCount] public int MaxThreads { get; init; } = 8;
        }

        """;

    [Fact]
    public void DotnetFormatAnalyzers_ValueWarnings_AppliesEveryFix()
    {
        if (!DotnetIsAvailable())
        {
            return;
        }

        var directory = Directory.CreateTempSubdirectory("veltrix-format-");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "Probe.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                  </PropertyGroup>
                  <ItemGroup>
                    <Reference Include="{Escape(typeof(CacheSizeAttribute).Assembly.Location)}" />
                    <Analyzer Include="{Escape(typeof(SettingValuesAnalyzer).Assembly.Location)}" />
                    <Analyzer Include="{Escape(typeof(ClampSettingCodeFix).Assembly.Location)}" />
                  </ItemGroup>
                </Project>
                """);
            // No package is referenced: an empty source list keeps restore off the network.
            File.WriteAllText(Path.Combine(directory.FullName, "nuget.config"), """
                <configuration><packageSources><clear /></packageSources></configuration>
                """);
            File.WriteAllText(Path.Combine(directory.FullName, ".editorconfig"), "root = true\n");
            var source = Path.Combine(directory.FullName, "Options.cs");
            File.WriteAllText(source, Before.ReplaceLineEndings("\n"));

            var (exitCode, output) = Run(
                directory.FullName,
                "format", "analyzers", "Probe.csproj", "--diagnostics", "VLX1001", "VLX1003", "VLX1005", "VLX2001", "VLX2003", "VLX2004", "VLX2005", "--severity", "info");

            Assert.True(exitCode == 0, $"dotnet format exited with {exitCode}:\n{output}");
            Assert.Equal(After.ReplaceLineEndings("\n"), File.ReadAllText(source).ReplaceLineEndings("\n"));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static string Escape(string path) => SecurityElement.Escape(path);

    private static bool DotnetIsAvailable()
    {
        try
        {
            return Run(Path.GetTempPath(), "--version").ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    // The package tests' runner (linked): no stdin, English messages, no MSBuild state of the test host.
    private static (int ExitCode, string Output) Run(string workingDirectory, params string[] arguments)
    {
        var result = DotnetCli.Run(
            workingDirectory,
            new Dictionary<string, string?> { ["MSBUILDDISABLENODEREUSE"] = "1" },
            TimeSpan.FromSeconds(90),
            arguments);
        return (result.ExitCode, result.Output);
    }
}
