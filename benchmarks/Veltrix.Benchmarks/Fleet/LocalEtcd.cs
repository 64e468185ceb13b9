using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Veltrix.Benchmarks.Fleet;

/// <summary>A throwaway single-member etcd on loopback for the fleet benchmark, when no endpoint is given.</summary>
internal sealed class LocalEtcd : IDisposable
{
    private readonly Process _process;
    private readonly DirectoryInfo _data;

    public LocalEtcd()
    {
        _data = Directory.CreateTempSubdirectory("veltrix-bench-etcd-");
        var client = FreePort();
        var peer = FreePort();
        Url = new Uri($"http://127.0.0.1:{client}");
        var start = new ProcessStartInfo("etcd") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[]
        {
            "--name", "bench", "--data-dir", _data.FullName,
            "--listen-client-urls", $"http://127.0.0.1:{client}", "--advertise-client-urls", $"http://127.0.0.1:{client}",
            "--listen-peer-urls", $"http://127.0.0.1:{peer}", "--initial-advertise-peer-urls", $"http://127.0.0.1:{peer}",
            "--initial-cluster", $"bench=http://127.0.0.1:{peer}", "--heartbeat-interval", "10", "--election-timeout", "100", "--log-level", "warn",
        })
        {
            start.ArgumentList.Add(arg);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("etcd did not start; install etcd-server.");
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(1) };
        for (var i = 0; i < 500; i++)
        {
            try
            {
                if (http.GetStringAsync(new Uri(Url, "/health")).GetAwaiter().GetResult().Contains("true", StringComparison.Ordinal))
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            Thread.Sleep(20);
        }

        Dispose();
        throw new InvalidOperationException("etcd did not become healthy.");
    }

    public Uri Url { get; }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process.Dispose();
        _data.Delete(recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
