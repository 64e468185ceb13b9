using Etcdserverpb;
using Google.Protobuf;
using Grpc.Net.Client;
using Mvccpb;

namespace Veltrix.Etcd.Tests.Infrastructure;

/// <summary>What a test writes to etcd with, and how it reads the server's own history to compare against.</summary>
public sealed class EtcdTestClient : IDisposable
{
    private readonly GrpcChannel _channel;
    private readonly KV.KVClient _kv;

    public EtcdTestClient(Uri endpoint)
    {
        _channel = GrpcChannel.ForAddress(endpoint);
        _kv = new KV.KVClient(_channel);
    }

    private static DateTime Deadline => DateTime.UtcNow.AddSeconds(5);

    public async Task<long> PutAsync(string key, string value)
        => (await _kv.PutAsync(new PutRequest { Key = ByteString.CopyFromUtf8(key), Value = ByteString.CopyFromUtf8(value) }, deadline: Deadline)).Header.Revision;

    public async Task<long> DeleteAsync(string key)
        => (await _kv.DeleteRangeAsync(new DeleteRangeRequest { Key = ByteString.CopyFromUtf8(key) }, deadline: Deadline)).Header.Revision;

    /// <summary>Puts every pair in one transaction, so one revision.</summary>
    public async Task<long> PutAllAsync(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var txn = new TxnRequest();
        foreach (var (key, value) in pairs)
        {
            txn.Success.Add(new RequestOp { RequestPut = new PutRequest { Key = ByteString.CopyFromUtf8(key), Value = ByteString.CopyFromUtf8(value) } });
        }

        return (await _kv.TxnAsync(txn, deadline: Deadline)).Header.Revision;
    }

    public async Task CompactAsync(long revision)
        => await _kv.CompactAsync(new CompactionRequest { Revision = revision, Physical = true }, deadline: Deadline);

    public async Task<long> HeadRevisionAsync()
        => (await _kv.RangeAsync(new RangeRequest { Key = ByteString.CopyFromUtf8("\0"), CountOnly = true }, deadline: Deadline)).Header.Revision;

    /// <summary>Every key, value and mod revision under a prefix, sorted by key, like <c>etcdctl get --prefix</c>.</summary>
    public async Task<IReadOnlyList<(string Key, string Value, long ModRevision)>> GetPrefixAsync(string prefix)
    {
        var response = await _kv.RangeAsync(new RangeRequest { Key = ByteString.CopyFromUtf8(prefix), RangeEnd = RangeEnd(prefix) }, deadline: Deadline);
        return [.. response.Kvs.Select(kv => (kv.Key.ToStringUtf8(), kv.Value.ToStringUtf8(), kv.ModRevision))];
    }

    /// <summary>
    /// The server's history for a prefix: the revisions that touched it, from <paramref name="fromRevision"/> up to
    /// <paramref name="toRevision"/>, replayed by a watch (nothing is compacted in the tests that use it).
    /// </summary>
    public async Task<IReadOnlyList<long>> HistoryAsync(string prefix, long fromRevision, long toRevision)
    {
        var revisions = new List<long>();
        if (toRevision < fromRevision)
        {
            return revisions;
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var call = new Watch.WatchClient(_channel).Watch(cancellationToken: timeout.Token);
        await call.RequestStream.WriteAsync(new WatchRequest
        {
            CreateRequest = new WatchCreateRequest { Key = ByteString.CopyFromUtf8(prefix), RangeEnd = RangeEnd(prefix), StartRevision = fromRevision },
        });
        while (await call.ResponseStream.MoveNext(timeout.Token))
        {
            foreach (var e in call.ResponseStream.Current.Events)
            {
                if (revisions.Count == 0 || revisions[^1] != e.Kv.ModRevision)
                {
                    revisions.Add(e.Kv.ModRevision);
                }
            }

            if (revisions.Count > 0 && revisions[^1] >= toRevision)
            {
                break;
            }
        }

        return revisions;
    }

    public void Dispose() => _channel.Dispose();

    private static ByteString RangeEnd(string prefix)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(prefix);
        bytes[^1]++;
        return ByteString.CopyFrom(bytes);
    }
}
