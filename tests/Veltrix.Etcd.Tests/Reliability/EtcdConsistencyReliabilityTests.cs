using System.Diagnostics;
using System.Globalization;
using Veltrix.Etcd.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Veltrix.Etcd.Tests.Reliability;

/// <summary>
/// R14 (compaction while partitioned forces one consistent re-read) and R17 (a multi-key transaction is applied
/// whole, one generation per revision).
/// </summary>
[Collection(EtcdSerial.Name)]
public sealed class EtcdConsistencyReliabilityTests(EtcdServer etcd, ITestOutputHelper output) : IDisposable
{
    private readonly EtcdTestClient _client = new(etcd.ClientUrl);
    private readonly string _prefix = "/r/" + Guid.NewGuid().ToString("N")[..8];

    public void Dispose() => _client.Dispose();

    [EtcdFact]
    public async Task R14_CompactedWhilePartitioned_OneReReadAtOneRevision_IdenticalToTheServer()
    {
        var operations = ReliabilityFigures.Knob("VELTRIX_R14_OPS", 1_000);
        for (var i = 0; i < 100; i++)
        {
            await _client.PutAsync(Key(i), "0");
        }

        using var proxy = new TcpProxy(etcd.ClientPort);
        using var config = Build([proxy.Url], out var source);
        var recorder = new Recorder(config, source);
        var before = source.State.Entries.ToDictionary(e => e.Key, e => e.Value.Value);

        proxy.Block();
        recorder.WaitFor(r => r.Health.Any(h => h.Status == ConfigSourceStatus.Degraded), "the partition");
        long head = 0;
        for (var i = 0; i < operations; i++)
        {
            // Two puts for every delete, over the same 100 keys, so the end state has both changed and deleted keys.
            head = i % 3 == 2
                ? await _client.DeleteAsync(Key(Random.Shared.Next(100)))
                : await _client.PutAsync(Key(Random.Shared.Next(100)), i.ToString(CultureInfo.InvariantCulture));
        }

        head = Math.Max(head, await _client.HeadRevisionAsync());
        await _client.CompactAsync(head);
        var server = await _client.GetPrefixAsync(_prefix + "/");
        var reconnected = Stopwatch.GetTimestamp();
        proxy.Unblock();

        recorder.WaitFor(r => r.Applied.Count >= 1, "the re-read");
        var took = Stopwatch.GetElapsedTime(reconnected).TotalMilliseconds;
        var applied = recorder.Read(r => r.Applied.ToList());
        var changes = recorder.Read(r => r.Changes.ToList());
        var mine = source.State.Entries.Select(e => (e.Key, e.Value.Value, e.Value.ModRevision)).ToList();
        var expected = ExpectedChangedKeys(before, server);
        ReliabilityFigures.Report(output, "R14", string.Create(CultureInfo.InvariantCulture,
            $"{operations:N0} puts and deletes + compaction at {head} while partitioned: {source.ResyncCount} re-read at revision {applied[0].Revision}, {changes.Count} change event with {changes.Sum(c => c.ChangedKeys.Count)} keys (expected {expected.Count}), snapshot {(mine.SequenceEqual(server) ? "identical to" : "DIFFERENT from")} get --prefix ({server.Count} keys), applied {took:0} ms after the partition healed"));

        Assert.Equal(EtcdApplyKind.Resync, Assert.Single(applied).Kind);
        Assert.Equal(head, applied[0].Revision);
        Assert.Equal(1, source.ResyncCount);
        Assert.Equal(server, mine);
        var change = Assert.Single(changes);
        Assert.Equal(expected, change.ChangedKeys.Where(k => k.StartsWith("Items:", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Equal(2, config.Generation);
        foreach (EtcdWatchAnomaly anomaly in Enum.GetValues<EtcdWatchAnomaly>())
        {
            Assert.Equal(0, source.GetAnomalyCount(anomaly));
        }

        // The watch goes on from the re-read revision.
        await _client.PutAsync(_prefix + "/Port", "9009");
        recorder.WaitFor(r => r.Changes.Count == 2, "the change after the re-read");
    }

    [EtcdFact]
    public async Task R17_TwentyKeyTransactions_NeverTorn_OneGenerationPerRevision()
    {
        var transactions = ReliabilityFigures.Knob("VELTRIX_R17_TXNS", 1_000);
        await _client.PutAllAsync(Enumerable.Range(0, 20).Select(k => new KeyValuePair<string, string>(TxnKey(k), "0")));
        using var config = Build([etcd.ClientUrl], out var source);
        var recorder = new Recorder(config, source);
        var revisions = new List<long>();
        var started = Stopwatch.GetTimestamp();
        using (var probe = new ReadProbe<FleetConfig>(4, () => config.Current, AllTwentyEqual))
        {
            for (var t = 1; t <= transactions; t++)
            {
                var value = t.ToString(CultureInfo.InvariantCulture);
                revisions.Add(await _client.PutAllAsync(Enumerable.Range(0, 20).Select(k => new KeyValuePair<string, string>(TxnKey(k), value))));
            }

            recorder.WaitFor(r => r.Applied.Count == transactions, "every transaction", seconds: 120);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
            var changes = recorder.Read(r => r.Changes.ToList());
            ReliabilityFigures.Report(output, "R17", string.Create(CultureInfo.InvariantCulture,
                $"{transactions:N0} transactions of 20 keys in {elapsed:0.0} s: {probe.Failed} torn snapshots of {probe.Reads:N0} reads by 4 readers; {changes.Count:N0} generations for {transactions:N0} revisions, {changes.Count(c => c.ChangedKeys.Count == 20):N0} with all 20 keys"));
            Assert.Equal(0, probe.Failed);
        }

        Assert.Equal(revisions, recorder.Read(r => r.Applied.Select(a => a.Revision).ToList()));
        Assert.All(recorder.Read(r => r.Applied.ToList()), a => Assert.Equal(ReloadResult.Changed, a.Result));
        var generations = recorder.Read(r => r.Changes.Select(c => c.Generation).ToList());
        Assert.Equal(Enumerable.Range(2, transactions).Select(g => (long)g), generations);
        Assert.All(recorder.Read(r => r.Changes.ToList()), c => Assert.Equal(20, c.ChangedKeys.Count));
    }

    private static bool AllTwentyEqual(FleetConfig config)
    {
        var items = config.Items;
        if (items.Count != 20)
        {
            return false;
        }

        var first = items["t00"];
        foreach (var value in items.Values)
        {
            if (value != first)
            {
                return false;
            }
        }

        return true;
    }

    private static List<string> ExpectedChangedKeys(Dictionary<string, string> before, IReadOnlyList<(string Key, string Value, long ModRevision)> after)
    {
        var now = after.ToDictionary(e => e.Key, e => e.Value);
        return [.. before.Keys.Union(now.Keys)
            .Where(k => !before.TryGetValue(k, out var b) || !now.TryGetValue(k, out var a) || a != b)
            .Select(k => "Items:" + k[(k.LastIndexOf('/') + 1)..])
            .Order(StringComparer.Ordinal)];
    }

    private string Key(int i) => string.Create(CultureInfo.InvariantCulture, $"{_prefix}/Items/k{i:00}");

    private string TxnKey(int i) => string.Create(CultureInfo.InvariantCulture, $"{_prefix}/Items/t{i:00}");

    private LiveConfig<FleetConfig> Build(Uri[] endpoints, out EtcdConfigSource source)
    {
        var builder = VeltrixConfiguration.CreateBuilder<FleetConfig>().AddEtcd(new EtcdSourceOptions
        {
            Endpoints = endpoints,
            Prefix = _prefix,
            MaxReconnectDelay = TimeSpan.FromMilliseconds(500),
        });
        source = (EtcdConfigSource)builder.Sources[^1];
        return builder.Build();
    }
}
