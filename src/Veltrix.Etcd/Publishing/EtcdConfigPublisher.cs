using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Etcdserverpb;
using Google.Protobuf;

namespace Veltrix.Etcd;

/// <summary>
/// Publishes a JSON configuration file to an etcd prefix safely: the file is bound and validated against the
/// compiled schema first, exactly as a service would load it, and only a valid file is written, in one transaction,
/// together with the schema hash. A bad file never reaches the fleet.
/// </summary>
public static class EtcdConfigPublisher
{
    /// <summary>Validates <paramref name="jsonPath"/> against <typeparamref name="T"/>, then writes its keys to etcd in one transaction.</summary>
    /// <typeparam name="T">The schema the fleet runs.</typeparam>
    /// <param name="jsonPath">The JSON file, shaped like <c>appsettings.json</c>.</param>
    /// <param name="options">The etcd endpoints, prefix and credentials.</param>
    /// <param name="cancellationToken">Cancels the publish before the transaction is sent.</param>
    /// <returns>What was written.</returns>
    /// <remarks>
    /// Keys whose value is unchanged are not rewritten, and keys under the prefix that the file no longer has are
    /// deleted, in the same transaction. The transaction only commits if no key under the prefix changed since it was
    /// read; otherwise <see cref="InvalidOperationException"/> asks to publish again. etcd limits a transaction to
    /// <c>--max-txn-ops</c> operations (128 by default).
    /// </remarks>
    /// <exception cref="ConfigException">The file is missing, malformed or invalid; nothing was written.</exception>
    /// <exception cref="InvalidOperationException">The prefix changed while publishing; nothing was written.</exception>
    /// <exception cref="Grpc.Core.RpcException">etcd refused or could not be reached.</exception>
    public static async Task<EtcdPublishResult> PublishAsync<T>(string jsonPath, EtcdSourceOptions options, CancellationToken cancellationToken = default)
        where T : class, IVeltrixConfig<T>
    {
        ArgumentException.ThrowIfNullOrEmpty(jsonPath);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var desired = ReadValidated<T>(Path.GetFullPath(jsonPath), options.NormalizedPrefix);

        using var connection = new EtcdConnection(options);
        var prefix = Encoding.UTF8.GetBytes(options.NormalizedPrefix);
        var rangeEnd = ByteString.CopyFrom(EtcdKeyMapping.RangeEnd(prefix));
        var current = await EtcdRangeReader.ReadAsync(connection, ByteString.CopyFrom(prefix), rangeEnd, options.PageSize, cancellationToken).ConfigureAwait(false);

        var txn = new TxnRequest();
        txn.Compare.Add(new Compare
        {
            // Every key under the prefix is as it was read: a concurrent publish cannot be half overwritten.
            Key = ByteString.CopyFrom(prefix),
            RangeEnd = rangeEnd,
            Target = Compare.Types.CompareTarget.Mod,
            Result = Compare.Types.CompareResult.Less,
            ModRevision = current.Revision + 1,
        });

        var written = new List<string>();
        var deleted = new List<string>();
        foreach (var (key, value) in desired)
        {
            if (!current.Entries.TryGetValue(key, out var entry) || !string.Equals(entry.Value, value, StringComparison.Ordinal))
            {
                written.Add(key);
                txn.Success.Add(new RequestOp { RequestPut = new PutRequest { Key = ByteString.CopyFromUtf8(key), Value = ByteString.CopyFromUtf8(value) } });
            }
        }

        foreach (var key in current.Entries.Keys)
        {
            if (!desired.ContainsKey(key))
            {
                deleted.Add(key);
                txn.Success.Add(new RequestOp { RequestDeleteRange = new DeleteRangeRequest { Key = ByteString.CopyFromUtf8(key) } });
            }
        }

        if (txn.Success.Count == 0)
        {
            return new EtcdPublishResult(current.Revision, written, deleted);
        }

        var headers = await connection.HeadersAsync(cancellationToken).ConfigureAwait(false);
        var response = await connection.Kv.TxnAsync(txn, headers, connection.Deadline(), cancellationToken).ConfigureAwait(false);
        if (!response.Succeeded)
        {
            throw new InvalidOperationException($"Keys under {options.NormalizedPrefix} changed while publishing (after revision {current.Revision}); nothing was written. Publish again.");
        }

        return new EtcdPublishResult(response.Header.Revision, written, deleted);
    }

    /// <summary>Loads the file exactly as a service would, and returns its values as etcd keys, schema hash included.</summary>
    private static SortedDictionary<string, string> ReadValidated<T>(string path, string prefix)
        where T : class, IVeltrixConfig<T>
    {
        var builder = VeltrixConfiguration.CreateBuilder<T>().AddJsonFile(path);

        // Bind and validate with the generated code; a bad file throws here, before any connection is made.
        builder.Build().Dispose();

        var data = new ConfigDataBuilder();
        var source = builder.Sources[0];
        data.BeginSource(source.Name);
        source.Load(data);
        if (data.HasErrors)
        {
            throw new ConfigException(data.Errors);
        }

        var keys = new SortedDictionary<string, string>(StringComparer.Ordinal);
        Collect(data.Root, prefix, keys);
        keys[prefix + EtcdKeyMapping.SchemaHashKey] = T.Schema.HashHex;
        return keys;
    }

    private static void Collect(ConfigNode node, string prefix, SortedDictionary<string, string> keys)
    {
        // A null or an empty collection means "the default" and has no etcd form: the key is simply absent.
        if (node.HasValue && node.Value is not null && node.Parent is not null)
        {
            keys[EtcdKeyMapping.ToEtcdKey(prefix, node.Path)] = node.Value;
        }

        foreach (var child in node.Children)
        {
            Collect(child, prefix, keys);
        }
    }
}
