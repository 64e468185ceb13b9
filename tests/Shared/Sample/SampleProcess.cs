using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Veltrix.Tests.Sample;

/// <summary>
/// The sample in a child process (<c>dotnet exec</c> of the copy built beside the tests), without a terminal, reading and
/// watching its files in a temporary folder: every line it prints, in order, with a wait for the next match. Shared by
/// the sample's own tests and the operations tests.
/// </summary>
public sealed class SampleProcess : IDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly BlockingCollection<string> _lines = [];
    private readonly ConcurrentQueue<string> _all = new();
    private readonly string _folder;

    private SampleProcess(Process process, string folder)
    {
        Process = process;
        _folder = folder;
    }

    public Process Process { get; }

    /// <summary>The sample's appsettings.json in the temporary folder.</summary>
    public string BaseFile => Path.Combine(_folder, "appsettings.json");

    /// <summary>The base file as the sample ships it.</summary>
    public string OriginalBaseContent { get; private set; } = string.Empty;

    public string Transcript => string.Join(Environment.NewLine, _all);

    /// <summary>
    /// Copies the sample's appsettings.json and its Production overlay into a new temporary folder and runs
    /// <c>--watch --folder &lt;it&gt;</c> plus <paramref name="args"/> there.
    /// </summary>
    public static SampleProcess Start(params string[] args)
    {
        var directory = Path.GetDirectoryName(typeof(Veltrix.Sample.ServerConfig).Assembly.Location)!;
        var folder = Directory.CreateTempSubdirectory("veltrix-sample-").FullName;
        var original = File.ReadAllText(Path.Combine(directory, "appsettings.json"));
        File.WriteAllText(Path.Combine(folder, "appsettings.json"), original);
        File.Copy(Path.Combine(directory, "appsettings.Production.json"), Path.Combine(folder, "appsettings.Production.json"));

        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])["exec", Path.Combine(directory, "Veltrix.Sample.dll"), "--watch", "--folder", folder, .. args])
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment.Remove("DOTNET_ENVIRONMENT");
        foreach (var name in info.Environment.Keys.Where(static k => k.StartsWith("SAMPLE_", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            info.Environment.Remove(name);
        }

        var sample = new SampleProcess(Process.Start(info)!, folder) { OriginalBaseContent = original };
        sample.Process.OutputDataReceived += (_, e) => sample.Receive(e.Data);
        sample.Process.ErrorDataReceived += (_, e) => sample.Receive(e.Data is null ? null : "stderr: " + e.Data);
        sample.Process.BeginOutputReadLine();
        sample.Process.BeginErrorReadLine();
        return sample;
    }

    /// <summary>Saves the base file with <paramref name="oldText"/> of the shipped content replaced.</summary>
    public void SaveBase(string oldText, string newText)
    {
        Assert.Contains(oldText, OriginalBaseContent, StringComparison.Ordinal);
        File.WriteAllText(BaseFile, OriginalBaseContent.Replace(oldText, newText, StringComparison.Ordinal));
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

    /// <summary>Ctrl+C, as a terminal sends it; returns the exit code.</summary>
    public int Interrupt()
    {
        using (var kill = Process.Start("kill", ["-INT", Process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        Assert.True(Process.WaitForExit(Patience), "the sample did not stop on SIGINT");
        return Process.ExitCode;
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
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
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
