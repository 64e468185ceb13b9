using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Veltrix.AotTests.Infrastructure;
using Xunit.Abstractions;

namespace Veltrix.AotTests;

/// <summary>
/// The sample, published with Native AOT: no trim or AOT warning, and the native binary loads, merges, binds,
/// validates and redacts exactly as the JIT build does. Figures: binary size and start-to-exit time.
/// </summary>
[Collection(SerialTests.Name)]
public sealed partial class NativeSampleTests(PublishedSample sample, ITestOutputHelper output)
{
    /// <summary>Runs per timing figure; the median is reported. VELTRIX_AOT_RUNS raises it.</summary>
    /// <summary>The analyzer warning the sample shows on purpose; it is not a trim or AOT warning.</summary>
    private const string DeliberateSampleWarning = "VLX2006";

    private static readonly int Runs = int.TryParse(Environment.GetEnvironmentVariable("VELTRIX_AOT_RUNS"), out var runs) && runs > 0 ? runs : 10;

    [AotFact]
    public void Publish_SampleWithPublishAot_SucceedsWithoutAnyWarning()
    {
        Assert.True(sample.Publish.ExitCode == 0, $"publish failed:{Environment.NewLine}{sample.Publish.StandardOutput}{sample.Publish.StandardError}");
        // The sample keeps one analyzer rule firing on purpose (README, "See one fire"); every other warning counts.
        var warnings = sample.Publish.OutputLines
            .Where(line => WarningLine().IsMatch(line) && !line.Contains($"warning {DeliberateSampleWarning}:", StringComparison.Ordinal))
            .Distinct()
            .ToList();
        Assert.Empty(warnings);
        Assert.Contains(sample.Publish.OutputLines, line => line.Contains("Generating native code", StringComparison.Ordinal));
        Assert.True(File.Exists(sample.BinaryPath), "no native binary at " + sample.BinaryPath);
        ReliabilityFigures.Report(output, "AOT", string.Create(CultureInfo.InvariantCulture, $"publish (generator, runtime, sample, native link) took {sample.Publish.Elapsed.TotalSeconds:F1} s"));
    }

    [AotFact]
    public void NativeBinary_CommandLineOverride_PrintsMergedConfigWithOriginsAndRedactedSecret()
    {
        Assert.Equal(0, sample.Publish.ExitCode);

        var result = sample.RunNative("--Server:Port=9443");

        Assert.True(result.ExitCode == 0, result.StandardError);
        var lines = result.OutputLines;
        Assert.Matches(@"^Veltrix sample: environment Production, schema [0-9a-f]{16}, generation 1$", lines[0]);
        Assert.Contains(lines, line => Regex.IsMatch(line, @"^Server:Port\s+9443\s+command-line argument 1$"));
        Assert.Contains(lines, line => Regex.IsMatch(line, @"^Server:Name\s+\S+\s+appsettings\.json:\d+:\d+$"));
        Assert.Contains(lines, line => Regex.IsMatch(line, @"^Server:DatabasePassword\s+\*\*\*\s+appsettings\.json:\d+:\d+$"));
        Assert.Contains(lines, line => Regex.IsMatch(line, @"^Server:\S+\s+\S+\s+appsettings\.Production\.json:\d+:\d+$"));
        Assert.DoesNotContain(PublishedPassword(), result.StandardOutput, StringComparison.Ordinal);

        // The same run through the JIT build prints the same thing.
        var jit = sample.RunJit("--Server:Port=9443");
        Assert.Equal(0, jit.ExitCode);
        Assert.Equal(result.StandardOutput, jit.StandardOutput);
    }

    [AotFact]
    public void NativeBinary_InvalidArguments_ExitsOneListingEveryProblem()
    {
        Assert.Equal(0, sample.Publish.ExitCode);

        var result = sample.RunNative("--Server:Port=0", "--Server:Workers:Count=0");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Invalid configuration (2 problems):", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("command-line argument 1: 'Server:Port': ", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("command-line argument 2: 'Server:Workers:Count': ", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("[Range]", result.StandardError, StringComparison.Ordinal);
    }

    /// <summary>
    /// OpenTelemetry and its Prometheus exporter in the native binary: the role settings, read through the generated
    /// lookup, are served in the Prometheus text format, and the secret is not.
    /// </summary>
    [AotFact]
    public void NativeBinary_WatchWithMetrics_ServesRoleSettingsAndReloadsToPrometheus()
    {
        Assert.Equal(0, sample.Publish.ExitCode);
        var folder = Directory.CreateTempSubdirectory("veltrix-aot-metrics-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(sample.OutputDirectory, "appsettings*.json"))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }

            using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
            listener.Start();
            var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            var start = new System.Diagnostics.ProcessStartInfo(sample.BinaryPath)
            {
                WorkingDirectory = sample.OutputDirectory,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { "--watch", "--folder", folder, "--metrics", $"http://127.0.0.1:{port}/" })
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment["DOTNET_ENVIRONMENT"] = "Production";
            using var process = System.Diagnostics.Process.Start(start)!;
            try
            {
                var reading = Task.Run(() =>
                {
                    while (process.StandardOutput.ReadLine() is { } line)
                    {
                        if (line.StartsWith("serving metrics at ", StringComparison.Ordinal))
                        {
                            return line["serving metrics at ".Length..];
                        }
                    }

                    return null;
                });
                Assert.True(reading.Wait(TimeSpan.FromMinutes(1)), "the native sample never said where it serves metrics");
                var url = Assert.IsType<string>(reading.Result);

                using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
                var scrape = http.GetStringAsync(new Uri(url)).GetAwaiter().GetResult();
                Assert.Matches(@"(?m)^veltrix_config_setting\{[^}]*veltrix_config_key=""Server:Workers:QueueCapacity"",veltrix_config_role=""queue_capacity""[^}]*\} 5000$", scrape);
                Assert.Matches(@"(?m)^veltrix_config_setting\{[^}]*veltrix_config_key=""Server:Timeouts:Request""[^}]*\} 30$", scrape);
                Assert.Matches(@"(?m)^veltrix_config_reloads_total\{[^}]*veltrix_config_reload_result=""failed""[^}]*\} 0$", scrape);
                Assert.DoesNotContain("DatabasePassword", scrape, StringComparison.Ordinal);
                Assert.DoesNotContain(PublishedPassword(), scrape, StringComparison.Ordinal);

                using (var interrupt = System.Diagnostics.Process.Start("kill", ["-INT", process.Id.ToString(CultureInfo.InvariantCulture)]))
                {
                    interrupt.WaitForExit();
                }

                Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), "the native sample did not stop on SIGINT");
                Assert.Equal(0, process.ExitCode);
            }
            finally
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                }
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Measures; asserts only that every run gave the right output (times are printed, never asserted).</summary>
    [AotFact]
    public void NativeBinary_RepeatedRuns_ReportSizeAndStartTimeBesideJit()
    {
        Assert.Equal(0, sample.Publish.ExitCode);
        var native = new List<double>();
        var jit = new List<double>();
        for (var i = 0; i < Runs; i++)
        {
            var nativeRun = sample.RunNative();
            Assert.Equal(0, nativeRun.ExitCode);
            native.Add(nativeRun.Elapsed.TotalMilliseconds);
            var jitRun = sample.RunJit();
            Assert.Equal(0, jitRun.ExitCode);
            Assert.Equal(nativeRun.StandardOutput, jitRun.StandardOutput);
            jit.Add(jitRun.Elapsed.TotalMilliseconds);
        }

        var size = new FileInfo(sample.BinaryPath).Length;
        ReliabilityFigures.Report(output, "AOT", string.Create(
            CultureInfo.InvariantCulture,
            $"native binary {size:N0} B ({size / 1024.0 / 1024.0:F2} MiB); start to exit (load, merge, bind, validate, print) median {PublishedSample.Median(native):F1} ms, min {native.Min():F1} ms over {Runs} runs; same sample on the JIT median {PublishedSample.Median(jit):F1} ms, min {jit.Min():F1} ms"));
    }

    /// <summary>The secret the published appsettings.json holds, read from the file so that the test follows the sample.</summary>
    private string PublishedPassword()
    {
        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(sample.OutputDirectory, "appsettings.json")), options);
        var password = document.RootElement.GetProperty("Server").GetProperty("DatabasePassword").GetString();
        Assert.False(string.IsNullOrEmpty(password));
        return password;
    }

    /// <summary>
    /// A warning line as MSBuild and the IL compiler print them: <c>file(1,2): warning IL2026: …</c>,
    /// <c>ILC : AOT analysis warning IL3050: …</c>, <c>… : warning NU1603: …</c>; not the "0 Warning(s)" summary.
    /// </summary>
    [GeneratedRegex(@"\bwarning\s+[A-Z]{2,}[0-9]+\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WarningLine();
}
