using System.Collections.Concurrent;
using System.Diagnostics;
using Veltrix.Tests.Binding;
using Xunit.Abstractions;

namespace Veltrix.Tests.Sample;

/// <summary>
/// The sample's <c>--watch</c> as a user runs it, in its own process without a terminal: it names the files it
/// watches, prints a change set per save, a rejected save, the recovery after it and a typo, and runs until Ctrl+C.
/// </summary>
public sealed class SampleWatchTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Watch_WithoutATerminal_PrintsChangesRejectionRecoveryAndTypos_UntilCtrlC()
    {
        var sampleDirectory = Path.GetDirectoryName(typeof(Veltrix.Sample.ServerConfig).Assembly.Location)!;
        var baseFile = Path.Combine(_temp.DirectoryPath, "appsettings.json");
        var original = File.ReadAllText(Path.Combine(sampleDirectory, "appsettings.json"));
        File.WriteAllText(baseFile, original);
        File.Copy(Path.Combine(sampleDirectory, "appsettings.Production.json"), Path.Combine(_temp.DirectoryPath, "appsettings.Production.json"));
        Assert.Contains("\"Port\": 8080,", original, StringComparison.Ordinal);

        using var sample = SampleProcess.Start(sampleDirectory, ["--watch", "--folder", _temp.DirectoryPath]);
        try
        {
            sample.WaitFor("Watching these files; save one to see its change set (Ctrl+C quits):");
            sample.WaitFor("  " + baseFile);

            File.WriteAllText(baseFile, original.Replace("\"Port\": 8080,", "\"Port\": 8081,", StringComparison.Ordinal));
            sample.WaitFor("generation 2: 1 key(s) changed");
            sample.WaitFor("  Server:Port: 8080 -> 8081");

            File.WriteAllText(baseFile, "{ \"Server\": { ");
            sample.WaitFor("reload rejected, still serving generation 2:");

            File.WriteAllText(baseFile, original.Replace("\"Port\": 8080,", "\"Port\": 8080, \"Prot\": 1,", StringComparison.Ordinal));
            sample.WaitFor("  Server:Port: 8081 -> 8080");
            var typo = sample.WaitFor("warning: ");
            sample.WaitFor("reload recovered: the files are valid again, serving generation 3");
            Assert.Equal(
                $"warning: {baseFile}:6:27: 'Server:Prot': The key is not in the schema of section 'Server'; did you mean 'Server:Port'? Its value is ignored. [UnknownKey]",
                typo);

            sample.Interrupt();
            Assert.True(sample.Process.WaitForExit(Patience), "the sample did not stop on SIGINT");
            Assert.Equal(0, sample.Process.ExitCode);
        }
        finally
        {
            output.WriteLine(sample.Transcript);
        }
    }

    [Fact]
    public void Build_RecordsTheProjectFolder_SoThatWatchUnderDotnetRunWatchesTheFilesTheUserEdits()
    {
        var recorded = typeof(Veltrix.Sample.ServerConfig).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .Single(static a => a.Key == "Veltrix.Sample.ProjectDirectory").Value!;

        Assert.True(File.Exists(Path.Combine(recorded, "Veltrix.Sample.csproj")), recorded);
        Assert.True(File.Exists(Path.Combine(recorded, "appsettings.json")), recorded);
    }

    [Fact]
    public void Help_PrintsUsageInsteadOfReadingItAsAKey()
    {
        var sampleDirectory = Path.GetDirectoryName(typeof(Veltrix.Sample.ServerConfig).Assembly.Location)!;
        using var sample = SampleProcess.Start(sampleDirectory, ["--help"]);

        Assert.True(sample.Process.WaitForExit(Patience));
        Assert.Equal(0, sample.Process.ExitCode);
        Assert.StartsWith("Veltrix sample: prints the effective configuration", sample.WaitFor("Veltrix sample:"), StringComparison.Ordinal);
        sample.WaitFor("  --watch            keep running and print each change set when appsettings*.json is saved");
    }

    /// <summary>The sample in a child process: every line it prints, in order, with a wait for the next match.</summary>
    private sealed class SampleProcess : IDisposable
    {
        private readonly BlockingCollection<string> _lines = [];
        private readonly ConcurrentQueue<string> _all = new();

        private SampleProcess(Process process) => Process = process;

        public Process Process { get; }

        public string Transcript => string.Join(Environment.NewLine, _all);

        public static SampleProcess Start(string directory, string[] args)
        {
            var info = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = directory,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            info.ArgumentList.Add("exec");
            info.ArgumentList.Add(Path.Combine(directory, "Veltrix.Sample.dll"));
            foreach (var arg in args)
            {
                info.ArgumentList.Add(arg);
            }

            info.Environment.Remove("DOTNET_ENVIRONMENT");
            foreach (var name in info.Environment.Keys.Where(static k => k.StartsWith("SAMPLE_", StringComparison.OrdinalIgnoreCase)).ToList())
            {
                info.Environment.Remove(name);
            }

            var sample = new SampleProcess(Process.Start(info)!);
            sample.Process.OutputDataReceived += (_, e) => sample.Receive(e.Data);
            sample.Process.ErrorDataReceived += (_, e) => sample.Receive(e.Data is null ? null : "stderr: " + e.Data);
            sample.Process.BeginOutputReadLine();
            sample.Process.BeginErrorReadLine();
            return sample;
        }

        /// <summary>Skips lines up to the first that starts with <paramref name="prefix"/>, and returns it.</summary>
        public string WaitFor(string prefix)
        {
            var deadline = DateTime.UtcNow + Patience;
            while (_lines.TryTake(out var line, Remaining(deadline)))
            {
                if (line.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return line;
                }
            }

            throw new Xunit.Sdk.XunitException($"The sample never printed a line starting with '{prefix}'. It printed:{Environment.NewLine}{Transcript}");
        }

        /// <summary>Ctrl+C, as a terminal sends it.</summary>
        public void Interrupt()
        {
            using var kill = Process.Start("kill", ["-INT", Process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            kill.WaitForExit();
        }

        public void Dispose()
        {
            if (!Process.HasExited)
            {
                Process.Kill(entireProcessTree: true);
                Process.WaitForExit();
            }

            Process.Dispose();
            _lines.Dispose();
        }

        private static TimeSpan Remaining(DateTime deadline)
        {
            var left = deadline - DateTime.UtcNow;
            return left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }

        private void Receive(string? line)
        {
            if (line is null)
            {
                return;
            }

            _all.Enqueue(line);
            if (!_lines.IsAddingCompleted)
            {
                _lines.Add(line);
            }
        }
    }
}
