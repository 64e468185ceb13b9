using Veltrix.Etcd.Tests.Infrastructure;

namespace Veltrix.Etcd.Tests.Publishing;

/// <summary>Publishing validates first and writes one transaction; a bad file writes nothing.</summary>
[Collection(EtcdSerial.Name)]
public sealed class EtcdConfigPublisherTests(EtcdServer etcd) : IDisposable
{
    private readonly EtcdTestClient _client = new(etcd.ClientUrl);
    private readonly string _prefix = "/t/" + Guid.NewGuid().ToString("N")[..8];
    private readonly string _directory = Directory.CreateTempSubdirectory("veltrix-publish-").FullName;

    public void Dispose()
    {
        _client.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    [EtcdFact]
    public async Task InvalidFile_RuleBroken_ThrowsAndWritesNothing()
    {
        await _client.PutAsync(_prefix + "/Port", "9001");
        var before = await _client.HeadRevisionAsync();

        var ex = await Assert.ThrowsAsync<ConfigException>(() => Publish("""{"Port": 70000, "Name": "edge"}"""));

        Assert.Equal("Port", ex.Errors[0].KeyPath);
        Assert.Equal(before, await _client.HeadRevisionAsync());
        Assert.Equal([(_prefix + "/Port", "9001")], (await _client.GetPrefixAsync(_prefix + "/")).Select(e => (e.Key, e.Value)));
    }

    [EtcdFact]
    public async Task MalformedFile_ThrowsWithLineAndWritesNothing()
    {
        var before = await _client.HeadRevisionAsync();

        var ex = await Assert.ThrowsAsync<ConfigException>(() => Publish("{\"Port\": \n"));

        Assert.True(ex.Errors[0].Origin.Line > 0);
        Assert.Equal(before, await _client.HeadRevisionAsync());
        Assert.Empty(await _client.GetPrefixAsync(_prefix + "/"));
    }

    [EtcdFact]
    public async Task ValidFile_OneTransaction_WatchersGetOneChange_AndTheSchemaHashIsStored()
    {
        await _client.PutAsync(_prefix + "/Port", "9001");
        await _client.PutAsync(_prefix + "/Name", "old");
        using var config = VeltrixConfiguration.CreateBuilder<FleetConfig>().AddEtcd([etcd.ClientUrl], _prefix).Build();
        var recorder = new Recorder(config);

        var result = await Publish("""{"Port": 9001, "Cache": {"MaxEntries": 5}, "Items": {"a": 1}}""");

        Assert.Equal([_prefix + "/.veltrix/schema", _prefix + "/Cache/MaxEntries", _prefix + "/Items/a"], result.Written);
        Assert.Equal([_prefix + "/Name"], result.Deleted);
        recorder.WaitFor(r => r.Changes.Count == 1, "the published change");
        var change = recorder.Read(r => r.Changes[0]);
        Assert.Equal(["Cache:MaxEntries", "Items:a", "Name"], change.ChangedKeys.Order(StringComparer.Ordinal));
        var stored = await _client.GetPrefixAsync(_prefix + "/");
        Assert.All(stored.Where(e => e.Key != _prefix + "/Port"), e => Assert.Equal(result.Revision, e.ModRevision));
        Assert.Equal(ConfigSourceStatus.Healthy, config.SourceHealth[0].Status);

        var again = await Publish("""{"Port": 9001, "Cache": {"MaxEntries": 5}, "Items": {"a": 1}}""");
        Assert.True(again.Unchanged);
        Assert.Equal(result.Revision, again.Revision);
    }

    private Task<EtcdPublishResult> Publish(string json)
    {
        var path = Path.Combine(_directory, Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, json);
        return EtcdConfigPublisher.PublishAsync<FleetConfig>(path, new EtcdSourceOptions { Endpoints = [etcd.ClientUrl], Prefix = _prefix });
    }
}
