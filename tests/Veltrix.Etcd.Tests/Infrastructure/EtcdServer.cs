using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Veltrix.Etcd.Tests.Infrastructure;

/// <summary>
/// A single-member etcd on 127.0.0.1, on free ports, with a temporary data directory: started for a test class,
/// killed, paused and restarted on the same data directory by tests, and killed when the test host exits.
/// </summary>
public sealed class EtcdServer : IDisposable
{
    private readonly string _etcd;
    private readonly StringBuilder _log = new();
    private readonly Lock _gate = new();
    private readonly EtcdTls? _tls;
    private Process? _process;

    public EtcdServer()
        : this(null)
    {
    }

    private EtcdServer(EtcdTls? tls)
    {
        _tls = tls;
        _etcd = FindEtcd() ?? (SkipReason is null ? throw new InvalidOperationException(NotInstalled) : string.Empty);
        DataDirectory = Directory.CreateTempSubdirectory("veltrix-etcd-").FullName;
        ClientPort = FreePort();
        PeerPort = FreePort();
        ClientUrl = new Uri($"{(tls is null ? "http" : "https")}://127.0.0.1:{ClientPort}");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillProcess();
        if (_etcd.Length == 0)
        {
            // No etcd and not CI: every test that needs this server is an [EtcdFact] and is skipped.
            return;
        }

        Start();
    }

    /// <summary>
    /// Why tests that need a real etcd are skipped, or null when they run: they run wherever etcd is installed, and
    /// always under <c>CI=true</c>, where a missing etcd must fail rather than pass unnoticed.
    /// </summary>
    public static string? SkipReason { get; } =
        FindEtcd() is null && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            ? NotInstalled
            : null;

    private const string NotInstalled =
        "etcd is not installed, and the etcd tests need a real server. Install it with " +
        "'apt-get update && apt-get install -y etcd-server etcd-client' (Debian/Ubuntu; .ci/run does this), " +
        "or put an etcd 3.4+ binary on PATH.";

    public Uri ClientUrl { get; }

    /// <summary>Starts an etcd that serves clients over TLS and requires a client certificate signed by <paramref name="tls"/>'s CA.</summary>
    public static EtcdServer StartWithTls(EtcdTls tls) => new(tls);

    public int ClientPort { get; }

    public int PeerPort { get; }

    public string DataDirectory { get; }

    public int ProcessId => _process?.Id ?? 0;

    /// <summary>Starts etcd on the data directory and waits until it reports healthy.</summary>
    /// <returns>The moment it was healthy (a <see cref="Stopwatch"/> timestamp).</returns>
    public long Start()
    {
        lock (_gate)
        {
            if (_process is { HasExited: false })
            {
                throw new InvalidOperationException("etcd is already running.");
            }

            var peer = $"http://127.0.0.1:{PeerPort}";
            var start = new ProcessStartInfo(_etcd)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[]
            {
                "--name", "veltrix-test", "--data-dir", DataDirectory,
                "--listen-client-urls", ClientUrl.ToString().TrimEnd('/'), "--advertise-client-urls", ClientUrl.ToString().TrimEnd('/'),
                "--listen-peer-urls", peer, "--initial-advertise-peer-urls", peer,
                "--initial-cluster", $"veltrix-test={peer}", "--initial-cluster-state", "new",
                "--heartbeat-interval", "10", "--election-timeout", "100", "--log-level", "warn",
            })
            {
                start.ArgumentList.Add(arg);
            }

            if (_tls is not null)
            {
                foreach (var arg in new[] { "--cert-file", _tls.ServerCertificateFile, "--key-file", _tls.ServerKeyFile, "--client-cert-auth", "--trusted-ca-file", _tls.CaFile })
                {
                    start.ArgumentList.Add(arg);
                }
            }

            var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => Append(e.Data);
            process.ErrorDataReceived += (_, e) => Append(e.Data);
            process.Start();
            process.BeginErrorReadLine();
            process.BeginOutputReadLine();
            _process = process;
        }

        return WaitHealthy(TimeSpan.FromSeconds(30));
    }

    /// <summary>Kills etcd with SIGKILL, as a crash would, and waits for it to be gone.</summary>
    public void Kill()
    {
        KillProcess();
    }

    /// <summary>Sends SIGSTOP: the process keeps its sockets open and answers nothing.</summary>
    public void Pause() => Signal("STOP");

    /// <summary>Sends SIGCONT.</summary>
    public void Resume() => Signal("CONT");

    /// <summary>The last lines etcd printed, for failure messages.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.Length > 4000 ? _log.ToString(_log.Length - 4000, 4000) : _log.ToString();
            }
        }
    }

    public void Dispose()
    {
        KillProcess();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless.
        }
    }

    private long WaitHealthy(TimeSpan timeout)
    {
        using var handler = new HttpClientHandler();
        if (_tls is not null)
        {
            handler.ClientCertificates.Add(_tls.Client);
            handler.ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate is not null && certificate.Issuer == _tls.Ca.Subject;
        }

        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(1) };
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (_process is { HasExited: true })
            {
                throw new InvalidOperationException($"etcd exited with {_process.ExitCode}: {Log}");
            }

            try
            {
                var body = http.GetStringAsync(new Uri(ClientUrl, "/health")).GetAwaiter().GetResult();
                if (body.Contains("\"true\"", StringComparison.Ordinal))
                {
                    return Stopwatch.GetTimestamp();
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            Thread.Sleep(20);
        }

        throw new TimeoutException($"etcd did not become healthy within {timeout}: {Log}");
    }

    private void KillProcess()
    {
        lock (_gate)
        {
            if (_process is null)
            {
                return;
            }

            try
            {
                if (!_process.HasExited)
                {
                    Signal("CONT");
                    _process.Kill();
                    _process.WaitForExit(10_000);
                }
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }

            _process.Dispose();
            _process = null;
        }
    }

    private void Signal(string signal)
    {
        if (_process is not { HasExited: false } process)
        {
            return;
        }

        using var kill = Process.Start(new ProcessStartInfo("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
        kill.WaitForExit();
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
        }
    }

    private static string? FindEtcd()
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(directory, "etcd");
            if (directory.Length > 0 && File.Exists(candidate))
            {
                return candidate;
            }
        }

        return File.Exists("/usr/bin/etcd") ? "/usr/bin/etcd" : null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
