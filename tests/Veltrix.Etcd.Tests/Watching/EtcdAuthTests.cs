using Etcdserverpb;
using Grpc.Core;
using Grpc.Net.Client;
using Veltrix.Etcd.Tests.Infrastructure;

namespace Veltrix.Etcd.Tests.Watching;

/// <summary>etcd's token auth on its own server (auth is cluster-wide): credentials work and are never printed.</summary>
[Collection(EtcdSerial.Name)]
public sealed class EtcdAuthTests : IDisposable
{
    private const string Password = "CANARY-7d2e41-password";
    private readonly EtcdServer _etcd = new();

    public void Dispose() => _etcd.Dispose();

    [EtcdFact]
    public async Task UserAndPassword_AuthEnabled_LoadsAndWatches_WrongPasswordFailsWithoutPrintingIt()
    {
        await EnableAuthAsync();
        var good = Options(Password);

        using (var config = VeltrixConfiguration.CreateBuilder<FleetConfig>().AddEtcd(good).Build())
        {
            var recorder = new Recorder(config);
            Assert.Equal(9001, config.Current.Port);
            await PutAsRootAsync("/auth/Port", "9002");
            recorder.WaitFor(r => r.Changes.Count == 1, "the change under auth");
            Assert.Equal(9002, config.Current.Port);
            Assert.DoesNotContain(Password, config.Sources[0].Name, StringComparison.Ordinal);
        }

        var ex = Assert.Throws<ConfigException>(() => VeltrixConfiguration.CreateBuilder<FleetConfig>().AddEtcd(Options("CANARY-wrong")).Build());
        Assert.Equal("EtcdUnavailable", Assert.Single(ex.Errors).Rule);
        Assert.DoesNotContain("CANARY", ex.ToString(), StringComparison.Ordinal);
    }

    private EtcdSourceOptions Options(string password)
        => new() { Endpoints = [_etcd.ClientUrl], Prefix = "/auth", Username = "root", Password = password };

    private async Task EnableAuthAsync()
    {
        using var channel = GrpcChannel.ForAddress(_etcd.ClientUrl);
        var auth = new Auth.AuthClient(channel);
        await auth.UserAddAsync(new AuthUserAddRequest { Name = "root", Password = Password });
        try
        {
            await auth.RoleAddAsync(new AuthRoleAddRequest { Name = "root" });
        }
        catch (RpcException)
        {
            // etcd versions that create the root role themselves refuse to add it again.
        }

        await auth.UserGrantRoleAsync(new AuthUserGrantRoleRequest { User = "root", Role = "root" });
        await new KV.KVClient(channel).PutAsync(new PutRequest { Key = Google.Protobuf.ByteString.CopyFromUtf8("/auth/Port"), Value = Google.Protobuf.ByteString.CopyFromUtf8("9001") });
        await auth.AuthEnableAsync(new AuthEnableRequest());
    }

    private async Task PutAsRootAsync(string key, string value)
    {
        using var channel = GrpcChannel.ForAddress(_etcd.ClientUrl);
        var token = (await new Auth.AuthClient(channel).AuthenticateAsync(new AuthenticateRequest { Name = "root", Password = Password })).Token;
        await new KV.KVClient(channel).PutAsync(
            new PutRequest { Key = Google.Protobuf.ByteString.CopyFromUtf8(key), Value = Google.Protobuf.ByteString.CopyFromUtf8(value) },
            new Metadata { { "token", token } });
    }
}
