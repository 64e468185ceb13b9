using Veltrix.Etcd.Tests.Infrastructure;

namespace Veltrix.Etcd.Tests.Watching;

/// <summary>The etcd source against a real etcd: initial read, watched puts, transactions, deletes and bad values.</summary>
[Collection(EtcdSerial.Name)]
public sealed class EtcdSourceTests(EtcdServer etcd) : IDisposable
{
    private readonly EtcdTestClient _client = new(etcd.ClientUrl);
    private readonly string _prefix = "/t/" + Guid.NewGuid().ToString("N")[..8];

    public void Dispose() => _client.Dispose();

    [EtcdFact]
    public async Task InitialLoad_KeysUnderPrefix_MapToConfigKeysWithEtcdOrigins()
    {
        await _client.PutAsync(_prefix + "/Port", "9001");
        var revision = await _client.PutAsync(_prefix + "/Cache/MaxEntries", "500");
        await _client.PutAsync(_prefix + "/Items/alpha", "7");
        await _client.PutAsync(_prefix + "x/Port", "1");

        using var config = Build(out var source);

        Assert.Equal(9001, config.Current.Port);
        Assert.Equal(500, config.Current.Cache.MaxEntries);
        Assert.Equal(7, config.Current.Items["alpha"]);
        Assert.Equal(1, config.Generation);
        Assert.True(source.AppliedRevision >= revision);
        Assert.Equal($"etcd key {_prefix}/Cache/MaxEntries (revision {revision})", config.GetOrigin("Cache:MaxEntries").Source);
    }

    [EtcdFact]
    public async Task Put_OneKey_OneChangeWithExactlyThatKey()
    {
        await _client.PutAsync(_prefix + "/Port", "9001");
        using var config = Build(out var source);
        var recorder = new Recorder(config, source);

        var revision = await _client.PutAsync(_prefix + "/Cache/MaxEntries", "42");

        recorder.WaitFor(r => r.Changes.Count == 1, "the change");
        var change = recorder.Read(r => r.Changes[0]);
        Assert.Equal(["Cache:MaxEntries"], change.ChangedKeys);
        Assert.Equal(42, config.Current.Cache.MaxEntries);
        Assert.Equal(2, change.Generation);
        Assert.Equal(revision, source.AppliedRevision);
    }

    [EtcdFact]
    public async Task Transaction_SeveralPuts_OneChangeWithAllKeys()
    {
        using var config = Build(out var source);
        var recorder = new Recorder(config, source);

        var revision = await _client.PutAllAsync(
        [
            new(_prefix + "/Port", "9100"),
            new(_prefix + "/Name", "edge"),
            new(_prefix + "/Cache/MaxEntries", "64"),
        ]);

        recorder.WaitFor(r => r.Applied.Count == 1, "the transaction");
        Assert.Equal(revision, recorder.Read(r => r.Applied[0].Revision));
        Assert.Equal(3, recorder.Read(r => r.Applied[0].EtcdKeys.Count));
        var change = Assert.Single(recorder.Read(r => r.Changes.ToList()));
        Assert.Equal(["Cache:MaxEntries", "Name", "Port"], change.ChangedKeys.Order(StringComparer.Ordinal));
        Assert.Equal(9100, change.Current.Port);
        Assert.Equal("edge", change.Current.Name);
    }

    [EtcdFact]
    public async Task Delete_Key_OneChangeBackToTheDefault()
    {
        await _client.PutAsync(_prefix + "/Port", "9001");
        await _client.PutAsync(_prefix + "/Name", "kept");
        using var config = Build(out var source);
        var recorder = new Recorder(config, source);

        await _client.DeleteAsync(_prefix + "/Port");

        recorder.WaitFor(r => r.Changes.Count == 1, "the delete");
        Assert.Equal(["Port"], recorder.Read(r => r.Changes[0].ChangedKeys));
        Assert.Equal(8080, config.Current.Port);
        Assert.Equal("kept", config.Current.Name);
    }

    [EtcdFact]
    public async Task BadValue_ReloadFailedNamingTheEtcdKey_LastGoodKept_ThenGoodValueRecovers()
    {
        await _client.PutAsync(_prefix + "/Port", "9001");
        using var config = Build(out var source);
        var recorder = new Recorder(config, source);

        var bad = await _client.PutAsync(_prefix + "/Port", "70000");
        recorder.WaitFor(r => r.Failures.Count == 1, "the rejection");
        var error = recorder.Read(r => r.Failures[0].Exception.Errors[0]);
        Assert.Equal("Port", error.KeyPath);
        Assert.Equal($"etcd key {_prefix}/Port (revision {bad})", error.Origin.Source);
        Assert.Equal(9001, config.Current.Port);
        Assert.Equal(1, config.Generation);

        await _client.PutAsync(_prefix + "/Port", "not a number");
        recorder.WaitFor(r => r.Failures.Count == 2, "the second rejection");
        Assert.Equal(9001, config.Current.Port);

        await _client.PutAsync(_prefix + "/Port", "9002");
        recorder.WaitFor(r => r.Changes.Count == 1, "the recovery");
        Assert.Equal(9002, config.Current.Port);
        Assert.Equal(["Port"], recorder.Read(r => r.Changes[0].ChangedKeys));
        Assert.Null(config.LastError);
    }

    [EtcdFact]
    public async Task KeysDifferingOnlyInCase_BuildFails_NamingBothEtcdKeysAndRevisions()
    {
        var first = await _client.PutAsync(_prefix + "/Port", "9001");
        var second = await _client.PutAsync(_prefix + "/port", "9002");

        var ex = Assert.Throws<ConfigException>(() => Build(out _));

        var error = Assert.Single(ex.Errors);
        Assert.Equal("DuplicateKey", error.Rule);
        Assert.Contains($"etcd key {_prefix}/Port (revision {first})", error.Message, StringComparison.Ordinal);
        Assert.Contains($"etcd key {_prefix}/port (revision {second})", error.Message, StringComparison.Ordinal);
    }

    [EtcdFact]
    public async Task AmbiguousKeys_ColonOrEmptySegment_AreRejectedWithTheirKey()
    {
        await _client.PutAsync(_prefix + "/Cache:MaxEntries", "1");
        await _client.PutAsync(_prefix + "/Cache//MaxEntries", "2");

        var ex = Assert.Throws<ConfigException>(() => Build(out _));

        Assert.Equal(2, ex.Errors.Count);
        Assert.All(ex.Errors, e => Assert.Equal("EtcdKey", e.Rule));
        Assert.Contains(ex.Errors, e => e.Origin.Source.Contains("/Cache:MaxEntries", StringComparison.Ordinal));
        Assert.Contains(ex.Errors, e => e.Origin.Source.Contains("/Cache//MaxEntries", StringComparison.Ordinal));
    }

    [EtcdFact]
    public async Task SchemaHashMismatch_Report_MarksTheSourceDegradedAndStillLoads()
    {
        await _client.PutAsync(_prefix + "/.veltrix/schema", "0000000000000000");
        await _client.PutAsync(_prefix + "/Port", "9001");

        using var config = Build(out _);

        Assert.Equal(9001, config.Current.Port);
        var health = Assert.Single(config.SourceHealth);
        Assert.Equal(ConfigSourceStatus.Degraded, health.Status);
        Assert.Contains(SchemaHash, health.Message, StringComparison.Ordinal);
        Assert.Contains("0000000000000000", health.Message, StringComparison.Ordinal);
    }

    [EtcdFact]
    public async Task SchemaHashMismatch_Reject_FailsTheLoad_AndTheMatchingHashLoads()
    {
        await _client.PutAsync(_prefix + "/.veltrix/schema", "0000000000000000");

        var ex = Assert.Throws<ConfigException>(() => Build(out _, o => o with { SchemaCheck = EtcdSchemaCheck.Reject }));
        Assert.Equal("SchemaMismatch", Assert.Single(ex.Errors).Rule);

        await _client.PutAsync(_prefix + "/.veltrix/schema", SchemaHash);
        using var config = Build(out _, o => o with { SchemaCheck = EtcdSchemaCheck.Reject });
        Assert.Equal(ConfigSourceStatus.Healthy, Assert.Single(config.SourceHealth).Status);
    }

    [EtcdFact]
    public async Task JsonValues_OneDocumentPerKey_MergeAtTheKeyPath()
    {
        await _client.PutAsync(_prefix + "/Cache", """{"MaxEntries": 77}""");
        await _client.PutAsync(_prefix + "/Items", """{"a": 1, "b": 2}""");
        using var config = Build(out var source, o => o with { ValueFormat = EtcdValueFormat.Json });
        var recorder = new Recorder(config, source);

        Assert.Equal(77, config.Current.Cache.MaxEntries);
        Assert.Equal(2, config.Current.Items["b"]);

        await _client.PutAsync(_prefix + "/Cache", """{"MaxEntries": """);
        recorder.WaitFor(r => r.Failures.Count == 1, "the syntax error");
        var error = recorder.Read(r => r.Failures[0].Exception.Errors[0]);
        Assert.Equal("Syntax", error.Rule);
        Assert.Equal(77, config.Current.Cache.MaxEntries);
    }

    [EtcdFact]
    public void Unreachable_Build_FailsNamingTheEndpoint()
    {
        var options = new EtcdSourceOptions { Endpoints = [new Uri("http://127.0.0.1:1")], Prefix = _prefix, RequestTimeout = TimeSpan.FromSeconds(2) };

        var ex = Assert.Throws<ConfigException>(() => VeltrixConfiguration.CreateBuilder<FleetConfig>().AddEtcd(options).Build());

        var error = Assert.Single(ex.Errors);
        Assert.Equal("EtcdUnavailable", error.Rule);
        Assert.Contains("http://127.0.0.1:1", error.Message, StringComparison.Ordinal);
    }

    private static string SchemaHash => HashOf<FleetConfig>();

    private static string HashOf<T>()
        where T : class, IVeltrixConfig<T>
        => T.Schema.HashHex;

    private LiveConfig<FleetConfig> Build(out EtcdConfigSource source, Func<EtcdSourceOptions, EtcdSourceOptions>? configure = null)
    {
        var builder = VeltrixConfiguration.CreateBuilder<FleetConfig>().AddEtcd([etcd.ClientUrl], _prefix, configure);
        source = (EtcdConfigSource)builder.Sources[^1];
        return builder.Build();
    }
}
