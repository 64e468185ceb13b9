using Veltrix.Etcd.Tests.Infrastructure;

namespace Veltrix.Etcd.Tests.Watching;

/// <summary>TLS options reach the client: a private CA is trusted only when given, and mutual TLS needs the client certificate.</summary>
[Collection(EtcdSerial.Name)]
public sealed class EtcdTlsTests : IDisposable
{
    private readonly EtcdTls _tls = new();
    private readonly EtcdServer _etcd;

    public EtcdTlsTests() => _etcd = EtcdServer.StartWithTls(_tls);

    public void Dispose()
    {
        _etcd.Dispose();
        _tls.Dispose();
    }

    [EtcdFact]
    public async Task PrivateCaAndClientCertificate_PublishLoadAndWatchOverTls()
    {
        var options = new EtcdSourceOptions { Endpoints = [_etcd.ClientUrl], Prefix = "/tls", CaCertificate = _tls.Ca, ClientCertificate = _tls.Client };
        var directory = Directory.CreateTempSubdirectory("veltrix-tls-publish-");
        try
        {
            var file = Path.Combine(directory.FullName, "fleet.json");
            File.WriteAllText(file, """{"Port": 9443}""");
            await EtcdConfigPublisher.PublishAsync<FleetConfig>(file, options);
            using var config = VeltrixConfiguration.CreateBuilder<FleetConfig>().AddEtcd(options).Build();
            var recorder = new Recorder(config);
            Assert.Equal(9443, config.Current.Port);

            File.WriteAllText(file, """{"Port": 9444}""");
            await EtcdConfigPublisher.PublishAsync<FleetConfig>(file, options);
            recorder.WaitFor(r => r.Changes.Count == 1, "the change over TLS");
            Assert.Equal(9444, config.Current.Port);
            Assert.Contains("https://", config.Sources[0].Name, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [EtcdFact]
    public void WithoutTheCa_ServerCertificateRejected()
    {
        var options = new EtcdSourceOptions { Endpoints = [_etcd.ClientUrl], Prefix = "/tls", ClientCertificate = _tls.Client, RequestTimeout = TimeSpan.FromSeconds(3) };

        var ex = Assert.Throws<ConfigException>(() => VeltrixConfiguration.CreateBuilder<FleetConfig>().AddEtcd(options).Build());

        Assert.Equal("EtcdUnavailable", Assert.Single(ex.Errors).Rule);
    }

    [EtcdFact]
    public void WithoutTheClientCertificate_MutualTlsRefused()
    {
        var options = new EtcdSourceOptions { Endpoints = [_etcd.ClientUrl], Prefix = "/tls", CaCertificate = _tls.Ca, RequestTimeout = TimeSpan.FromSeconds(3) };

        var ex = Assert.Throws<ConfigException>(() => VeltrixConfiguration.CreateBuilder<FleetConfig>().AddEtcd(options).Build());

        Assert.Equal("EtcdUnavailable", Assert.Single(ex.Errors).Rule);
    }
}
