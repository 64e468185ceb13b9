using System.Diagnostics;
using System.Globalization;
using Grpc.Core;
using Veltrix.Etcd.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Veltrix.Etcd.Tests.Reliability;

/// <summary>
/// R13 (etcd killed and restarted under a stream of writes) and R15 (etcd stalled by SIGSTOP): the revisions the
/// client applies equal the server's history, and the last good snapshot serves every read meanwhile.
/// </summary>
[Collection(EtcdSerial.Name)]
public sealed class EtcdCrashReliabilityTests(EtcdServer etcd, ITestOutputHelper output) : IDisposable
{
    private readonly EtcdTestClient _client = new(etcd.ClientUrl);
    private readonly string _prefix = "/r/" + Guid.NewGuid().ToString("N")[..8];

    public void Dispose() => _client.Dispose();

    [EtcdFact]
    public async Task R13_KilledAndRestartedDuringWrites_AppliedRevisionsEqualServerHistory()
    {
        var puts = ReliabilityFigures.Knob("VELTRIX_R13_PUTS", 2_000);
        var kills = ReliabilityFigures.Knob("VELTRIX_R13_KILLS", 3);
        var baseline = await _client.PutAsync(_prefix + "/Port", "9001");
        using var config = Build(out var source);
        var applied = new List<long>();
        source.RevisionApplied += (_, e) =>
        {
            lock (applied)
            {
                applied.Add(e.Revision);
            }
        };

        var killAt = Enumerable.Range(0, kills).Select(_ => Random.Shared.Next(puts / 10, puts * 9 / 10)).Order().ToArray();
        var written = 0;
        var lastRevision = 0L;
        var catchUps = new List<double>();
        using (var probe = new ReadProbe<FleetConfig>(2, () => config.Current, c => c.Port == 9001))
        {
            var writer = Task.Run(async () =>
            {
                // About 200 puts a second over 100 keys, each retried until etcd takes it.
                var started = Stopwatch.GetTimestamp();
                for (var i = 0; i < puts; i++)
                {
                    var due = TimeSpan.FromMilliseconds(i * 5.0) - Stopwatch.GetElapsedTime(started);
                    if (due > TimeSpan.Zero)
                    {
                        await Task.Delay(due);
                    }

                    var key = string.Create(CultureInfo.InvariantCulture, $"{_prefix}/Items/k{i % 100:00}");
                    while (true)
                    {
                        try
                        {
                            Volatile.Write(ref lastRevision, await _client.PutAsync(key, i.ToString(CultureInfo.InvariantCulture)));
                            break;
                        }
                        catch (RpcException)
                        {
                            await Task.Delay(20);
                        }
                    }

                    Volatile.Write(ref written, i + 1);
                }
            });

            foreach (var at in killAt)
            {
                while (Volatile.Read(ref written) < at)
                {
                    await Task.Delay(5);
                }

                etcd.Kill();
                await Task.Delay(Random.Shared.Next(200, 1_000));
                var healthy = etcd.Start();
                var head = await HeadRevisionAfterRestartAsync();
                while (source.AppliedRevision < head)
                {
                    await Task.Delay(2);
                }

                catchUps.Add(Stopwatch.GetElapsedTime(healthy).TotalMilliseconds);
            }

            await writer;
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (source.AppliedRevision < Volatile.Read(ref lastRevision) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(10);
            }

            ReliabilityFigures.Report(output, "R13", string.Create(CultureInfo.InvariantCulture,
                $"{probe.Failed} failed reads of {probe.Reads:N0} during {kills} SIGKILL/restart cycles"));
            Assert.Equal(0, probe.Failed);
        }

        var history = await _client.HistoryAsync(_prefix + "/", baseline + 1, Volatile.Read(ref lastRevision));
        long[] seen;
        lock (applied)
        {
            seen = [.. applied];
        }

        var missing = history.Except(seen).Count();
        var duplicates = seen.Length - seen.Distinct().Count();
        var decreasing = seen.Zip(seen.Skip(1)).Count(p => p.Second <= p.First);
        ReliabilityFigures.Report(output, "R13", string.Create(CultureInfo.InvariantCulture,
            $"{puts:N0} puts over 100 keys, {kills} kills: client applied {seen.Length:N0} revisions, server history {history.Count:N0}; {missing} missing, {duplicates} duplicates, {decreasing} out of order; {source.ReconnectCount} reconnects, {source.ResyncCount} re-reads ({Anomalies(source)}); catch-up after healthy {Percentiles.Describe(catchUps)}"));
        Assert.Equal(history, seen);
        Assert.True(source.ReconnectCount >= kills, $"{source.ReconnectCount} reconnects for {kills} kills");
    }

    [EtcdFact]
    public async Task R15_StalledBySigstop_MarkedStaleWithinKeepalive_ServesLastGood_MissesNothing()
    {
        var stall = TimeSpan.FromSeconds(ReliabilityFigures.Knob("VELTRIX_R15_STALL_SECONDS", 15));
        var baseline = await _client.PutAsync(_prefix + "/Port", "9001");
        using var config = Build(out var source);
        var applied = new List<(long Revision, EtcdApplyKind Kind)>();
        source.RevisionApplied += (_, e) =>
        {
            lock (applied)
            {
                applied.Add((e.Revision, e.Kind));
            }
        };

        long degradedAt = 0;
        config.SourceHealthChanged += (_, e) =>
        {
            if (e.Current.Status == ConfigSourceStatus.Degraded)
            {
                Interlocked.CompareExchange(ref degradedAt, Stopwatch.GetTimestamp(), 0);
            }
        };

        for (var i = 0; i < 10; i++)
        {
            await _client.PutAsync(_prefix + "/Items/before" + i, i.ToString(CultureInfo.InvariantCulture));
        }

        long last;
        double detected;
        using (var probe = new ReadProbe<FleetConfig>(2, () => config.Current, c => c.Port == 9001))
        {
            var stopped = Stopwatch.GetTimestamp();
            etcd.Pause();
            try
            {
                while (Interlocked.Read(ref degradedAt) == 0 && Stopwatch.GetElapsedTime(stopped) < stall)
                {
                    await Task.Delay(10);
                }

                detected = Interlocked.Read(ref degradedAt) == 0 ? double.NaN : Stopwatch.GetElapsedTime(stopped, Interlocked.Read(ref degradedAt)).TotalSeconds;
                var remaining = stall - Stopwatch.GetElapsedTime(stopped);
                if (remaining > TimeSpan.Zero)
                {
                    await Task.Delay(remaining);
                }
            }
            finally
            {
                etcd.Resume();
            }

            last = 0;
            for (var i = 0; i < 10; i++)
            {
                last = await _client.PutAsync(_prefix + "/Items/after" + i, i.ToString(CultureInfo.InvariantCulture));
            }

            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (source.AppliedRevision < last && DateTime.UtcNow < deadline)
            {
                await Task.Delay(10);
            }

            ReliabilityFigures.Report(output, "R15", string.Create(CultureInfo.InvariantCulture,
                $"SIGSTOP for {stall.TotalSeconds:0} s with keepalive 5 s + timeout 5 s: marked stale after {detected:0.0} s; {probe.Failed} failed reads of {probe.Reads:N0}"));
            Assert.Equal(0, probe.Failed);
        }

        var history = await _client.HistoryAsync(_prefix + "/", baseline + 1, last);
        (long Revision, EtcdApplyKind Kind)[] seen;
        lock (applied)
        {
            seen = [.. applied];
        }

        // A watch that resumes applies each revision; one that had to re-read the prefix (the stall outlived the
        // stream, or a gap showed after SIGCONT, which happens on a loaded machine) applies the whole state at one
        // revision. Nothing is missed when every revision of the history was applied itself or by a later re-read.
        var revisions = seen.Select(static a => a.Revision).ToArray();
        var reread = seen.Where(static a => a.Kind == EtcdApplyKind.Resync).Select(static a => a.Revision).ToArray();
        var missing = history.Where(r => !revisions.Contains(r) && !reread.Any(s => s >= r)).ToArray();
        ReliabilityFigures.Report(output, "R15", string.Create(CultureInfo.InvariantCulture,
            $"after SIGCONT: client applied {seen.Length} revisions ({reread.Length} by re-reading the prefix), server history {history.Count}, {missing.Length} missing"));
        Assert.False(double.IsNaN(detected), "The stalled member was never reported: the keepalive did not fire.");
        Assert.Empty(missing);
        Assert.Equal(revisions.Order(), revisions);
        Assert.Equal(history[^1], revisions[^1]);
    }

    private static string Anomalies(EtcdConfigSource source)
        => string.Join(", ", Enum.GetValues<EtcdWatchAnomaly>().Select(a => $"{a} {source.GetAnomalyCount(a)}"));

    private async Task<long> HeadRevisionAfterRestartAsync()
    {
        // The test client's own channel may still be backing off from the refused connections of the outage.
        while (true)
        {
            try
            {
                return await _client.HeadRevisionAsync();
            }
            catch (RpcException)
            {
                await Task.Delay(10);
            }
        }
    }

    private LiveConfig<FleetConfig> Build(out EtcdConfigSource source)
    {
        var builder = VeltrixConfiguration.CreateBuilder<FleetConfig>().AddEtcd(new EtcdSourceOptions
        {
            Endpoints = [etcd.ClientUrl],
            Prefix = _prefix,
            KeepAliveInterval = TimeSpan.FromSeconds(5),
            KeepAliveTimeout = TimeSpan.FromSeconds(5),
            MaxReconnectDelay = TimeSpan.FromMilliseconds(500),
        });
        source = (EtcdConfigSource)builder.Sources[^1];
        return builder.Build();
    }
}
