using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Etcdserverpb;
using Google.Protobuf;

namespace Veltrix.Etcd;

/// <summary>Reads every key under a prefix at one revision, page by page.</summary>
internal static class EtcdRangeReader
{
    /// <summary>
    /// Reads the prefix. The first page fixes the revision R; every later page is read at R, so the result is one
    /// consistent cut of the store even while writers go on.
    /// </summary>
    public static async Task<EtcdState> ReadAsync(EtcdConnection connection, ByteString prefix, ByteString rangeEnd, int pageSize, CancellationToken cancellationToken)
    {
        var entries = ImmutableSortedDictionary.CreateBuilder<string, EtcdEntry>(System.StringComparer.Ordinal);
        var key = prefix;
        long revision = 0;
        while (true)
        {
            var headers = await connection.HeadersAsync(cancellationToken).ConfigureAwait(false);
            var request = new RangeRequest { Key = key, RangeEnd = rangeEnd, Limit = pageSize, Revision = revision };
            var response = await connection.Kv.RangeAsync(request, headers, connection.Deadline(), cancellationToken).ConfigureAwait(false);
            if (revision == 0)
            {
                revision = response.Header.Revision;
            }

            foreach (var kv in response.Kvs)
            {
                entries[kv.Key.ToStringUtf8()] = new EtcdEntry(kv.Value.ToStringUtf8(), kv.ModRevision);
            }

            if (!response.More || response.Kvs.Count == 0)
            {
                return new EtcdState(revision, entries.ToImmutable());
            }

            // The next page starts just after the last key read: the key with a 0 byte appended.
            var last = response.Kvs[^1].Key.ToByteArray();
            var next = new byte[last.Length + 1];
            last.CopyTo(next, 0);
            key = ByteString.CopyFrom(next);
        }
    }
}
