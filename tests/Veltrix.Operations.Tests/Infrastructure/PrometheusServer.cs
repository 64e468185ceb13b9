using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Veltrix.Operations.Tests.Infrastructure;

/// <summary>
/// A real Prometheus (Debian's <c>prometheus</c> package) on 127.0.0.1 on a free port, with a temporary data directory,
/// scraping one target every second; killed on <see cref="Dispose"/>. Nothing is installed here: <c>.ci/run</c> does that.
/// </summary>
public sealed class PrometheusServer : IDisposable
{
    /// <summary>How long a query may take to show what the test waits for: many scrape intervals on a loaded machine.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>The job name of the scrape configuration, the <c>job</c> label of every series.</summary>
    public const string Job = "veltrix-sample";

    private const string NotInstalled =
        "prometheus is not installed, and the Prometheus tests need a real server. Install it with " +
        "'apt-get update && apt-get install -y prometheus' (Debian/Ubuntu; .ci/run does this), or put a prometheus 2.x binary on PATH.";

    private readonly string _directory = Directory.CreateTempSubdirectory("veltrix-prometheus-").FullName;
    private readonly StringBuilder _log = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(5) };
    private readonly Process _process;

    private PrometheusServer(string target)
    {
        var binary = Find() ?? throw new InvalidOperationException(NotInstalled);
        Url = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        var config = Path.Combine(_directory, "prometheus.yml");
        File.WriteAllText(config, $"""
            global:
              scrape_interval: 1s
              scrape_timeout: 1s
              evaluation_interval: 1s
            scrape_configs:
              - job_name: {Job}
                static_configs:
                  - targets: ['{target}']
            """);
        var start = new ProcessStartInfo(binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            "--config.file=" + config,
            "--storage.tsdb.path=" + Path.Combine(_directory, "data"),
            "--web.listen-address=" + Url.Authority,
            "--log.level=warn",
        })
        {
            start.ArgumentList.Add(arg);
        }

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop();
    }

    /// <summary>
    /// Why the tests that need Prometheus are skipped, or null when they run: they run wherever it is installed, and
    /// always under <c>CI=true</c>, where a missing server must fail rather than pass unnoticed.
    /// </summary>
    public static string? SkipReason { get; } =
        Find() is null && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase) ? NotInstalled : null;

    /// <summary>The server's own address (its HTTP API and UI).</summary>
    public Uri Url { get; }

    /// <summary>The last lines Prometheus logged, for failure messages.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>Starts Prometheus scraping <c>/metrics</c> of <paramref name="target"/> (<c>host:port</c>) and waits until it is ready.</summary>
    public static PrometheusServer Start(string target)
    {
        var server = new PrometheusServer(target);
        try
        {
            server.WaitReady();
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>Runs an instant query at the current time: each series' labels and value.</summary>
    public IReadOnlyList<Sample> Query(string promQl)
    {
        var uri = new Uri(Url, "api/v1/query?query=" + Uri.EscapeDataString(promQl));
        using var response = _http.GetAsync(uri).GetAwaiter().GetResult();
        var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        if (root.GetProperty("status").GetString() != "success")
        {
            throw new Xunit.Sdk.XunitException($"Prometheus rejected the query {promQl}: {body}");
        }

        var data = root.GetProperty("data");
        var samples = new List<Sample>();
        if (data.GetProperty("resultType").GetString() == "scalar")
        {
            samples.Add(new Sample(new Dictionary<string, string>(), ParseValue(data.GetProperty("result")[1])));
            return samples;
        }

        foreach (var series in data.GetProperty("result").EnumerateArray())
        {
            var labels = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var label in series.GetProperty("metric").EnumerateObject())
            {
                labels[label.Name] = label.Value.GetString()!;
            }

            samples.Add(new Sample(labels, ParseValue(series.GetProperty("value")[1])));
        }

        return samples;
    }

    /// <summary>Queries until <paramref name="accept"/> holds for the result, within <see cref="Patience"/>; returns that result.</summary>
    public IReadOnlyList<Sample> WaitFor(string promQl, Func<IReadOnlyList<Sample>, bool> accept, string what)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(Patience.TotalSeconds * Stopwatch.Frequency);
        IReadOnlyList<Sample> last;
        do
        {
            last = Query(promQl);
            if (accept(last))
            {
                return last;
            }

            Thread.Sleep(250);
        }
        while (Stopwatch.GetTimestamp() < deadline);

        throw new Xunit.Sdk.XunitException(
            $"Prometheus never showed {what} for {promQl} within {Patience.TotalSeconds:F0} s; the last result was [{string.Join("; ", last)}]."
            + $"{Environment.NewLine}Targets: {Targets()}{Environment.NewLine}Prometheus log:{Environment.NewLine}{Log}");
    }

    /// <summary>Queries until the result is exactly one series with <paramref name="value"/>.</summary>
    public Sample WaitForValue(string promQl, double value)
        => WaitFor(promQl, r => r.Count == 1 && r[0].Value.Equals(value), $"the value {value.ToString(CultureInfo.InvariantCulture)}")[0];

    public void Dispose()
    {
        Stop();
        _http.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless.
        }
    }

    private static double ParseValue(JsonElement value) => value.GetString() switch
    {
        "+Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        "NaN" => double.NaN,
        var text => double.Parse(text!, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    private static string? Find()
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(directory, "prometheus");
            if (directory.Length > 0 && File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private void WaitReady()
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(Patience.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"prometheus exited with {_process.ExitCode}: {Log}");
            }

            try
            {
                using var response = _http.GetAsync(new Uri(Url, "-/ready")).GetAwaiter().GetResult();
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            Thread.Sleep(50);
        }

        throw new TimeoutException($"prometheus was not ready within {Patience}: {Log}");
    }

    private string Targets()
    {
        try
        {
            return _http.GetStringAsync(new Uri(Url, "api/v1/targets")).GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return ex.Message;
        }
    }

    private void Stop()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
            if (_log.Length > 8000)
            {
                _log.Remove(0, _log.Length - 8000);
            }
        }
    }

    /// <summary>One series of a query result.</summary>
    public sealed record Sample(IReadOnlyDictionary<string, string> Labels, double Value)
    {
        public string Label(string name) => Labels.TryGetValue(name, out var value) ? value : string.Empty;

        public override string ToString()
            => $"{{{string.Join(", ", Labels.OrderBy(static l => l.Key, StringComparer.Ordinal).Select(static l => $"{l.Key}=\"{l.Value}\""))}}} {Value.ToString(CultureInfo.InvariantCulture)}";
    }
}
