using Veltrix.Etcd.Tests.Infrastructure;

namespace Veltrix.Etcd.Tests.Watching;

/// <summary>The etcd source through a crash of etcd, a partition and a compaction while it was away.</summary>
[Collection(EtcdSerial.Name)]
public sealed class EtcdFaultTests(EtcdServer etcd) : IDisposable
{
    private readonly EtcdTestClient _client = new(etcd.ClientUrl);
    private readonly string _prefix = "/t/" + Guid.NewGuid().ToString("N")[..8];

    public void Dispose() => _client.Dispose();

    [EtcdFact]
    public async Task EtcdKilledAndRestarted_NothingChanged_ReconnectsResumesAndDeliversLaterChangesInOrder()
    {
        await _client.PutAsync(_prefix + "/Port", "9001");
        using var config = Build([etcd.ClientUrl], out var source);
        var recorder = new Recorder(config, source);
        var applied = source.AppliedRevision;

        etcd.Kill();
        recorder.WaitFor(r => r.Health.Any(h => h.Status == ConfigSourceStatus.Degraded), "the lost connection");
        Assert.Equal(9001, config.Current.Port);
        Assert.Contains("Serving revision", config.SourceHealth[0].Message, StringComparison.Ordinal);

        etcd.Start();
        recorder.WaitFor(_ => source.ReconnectCount >= 1 && config.SourceHealth[0].Status == ConfigSourceStatus.Healthy, "the reconnect");
        Assert.Equal(applied, source.AppliedRevision);
        Assert.Empty(recorder.Read(r => r.Changes.ToList()));
        Assert.Equal(1, config.Generation);

        var revisions = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            revisions.Add(await _client.PutAsync(_prefix + "/Port", (9100 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        recorder.WaitFor(r => r.Changes.Count == 5, "five changes");
        Assert.Equal(revisions, recorder.Read(r => r.Applied.Select(a => a.Revision).ToList()));
        Assert.Equal([9100, 9101, 9102, 9103, 9104], recorder.Read(r => r.Changes.Select(c => c.Current.Port).ToList()));
        Assert.Equal([2L, 3L, 4L, 5L, 6L], recorder.Read(r => r.Changes.Select(c => c.Generation).ToList()));
        Assert.Equal(0, source.ResyncCount);
    }

    [EtcdFact]
    public async Task CompactedPastTheClientsRevision_WhilePartitioned_OneFullReReadWithTheExactDiff()
    {
        using var proxy = new TcpProxy(etcd.ClientPort);
        await _client.PutAsync(_prefix + "/Port", "9001");
        await _client.PutAsync(_prefix + "/Name", "to-delete");
        await _client.PutAsync(_prefix + "/Items/a", "1");
        using var config = Build([proxy.Url], out var source);
        var recorder = new Recorder(config, source);

        proxy.Block();
        recorder.WaitFor(r => r.Health.Any(h => h.Status == ConfigSourceStatus.Degraded), "the partition");
        await _client.PutAsync(_prefix + "/Port", "9002");
        await _client.DeleteAsync(_prefix + "/Name");
        await _client.PutAsync(_prefix + "/Items/b", "2");
        var head = await _client.PutAsync(_prefix + "/Port", "9003");
        await _client.CompactAsync(head);
        proxy.Unblock();

        recorder.WaitFor(r => r.Applied.Count == 1, "the re-read");
        var applied = recorder.Read(r => r.Applied[0]);
        Assert.Equal(EtcdApplyKind.Resync, applied.Kind);
        Assert.True(applied.Revision >= head);
        var change = Assert.Single(recorder.Read(r => r.Changes.ToList()));
        Assert.Equal(["Items:b", "Name", "Port"], change.ChangedKeys.Order(StringComparer.Ordinal));
        Assert.Equal(9003, config.Current.Port);
        Assert.Equal("default", config.Current.Name);
        Assert.Equal(1, source.ResyncCount);

        // The watch resumes after the re-read.
        await _client.PutAsync(_prefix + "/Port", "9004");
        recorder.WaitFor(r => r.Changes.Count == 2, "the change after the re-read");
        Assert.Equal(9004, config.Current.Port);
    }

    [EtcdFact]
    public async Task DisposeDuringAnOutage_ReturnsAndStopsRetrying()
    {
        using var proxy = new TcpProxy(etcd.ClientPort);
        await _client.PutAsync(_prefix + "/Port", "9001");
        var config = Build([proxy.Url], out var source);
        var recorder = new Recorder(config, source);
        proxy.Block();
        recorder.WaitFor(r => r.Health.Any(h => h.Status == ConfigSourceStatus.Degraded), "the partition");

        config.Dispose();
        proxy.Unblock();

        // A second configuration watching directly is the barrier: by the time it has the change and the disposed one
        // would have reconnected (its backoff is at most 500 ms), a watch that outlived the dispose would have it too.
        using var witness = Build([etcd.ClientUrl], out var witnessSource);
        var witnessRecorder = new Recorder(witness, witnessSource);
        await Task.Delay(TimeSpan.FromSeconds(1));
        await _client.PutAsync(_prefix + "/Port", "9002");
        witnessRecorder.WaitFor(r => r.Changes.Count == 1, "the witness's change");
        Assert.Empty(recorder.Read(r => r.Changes.ToList()));
        Assert.Equal(0, source.ReconnectCount);
        Assert.Equal(9001, config.Current.Port);
    }

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
