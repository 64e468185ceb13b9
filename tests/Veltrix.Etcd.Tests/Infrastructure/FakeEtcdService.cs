using System.Threading.Channels;
using Etcdserverpb;
using Google.Protobuf;
using Grpc.AspNetCore.Server.Model;
using Grpc.Core;
using Mvccpb;

namespace Veltrix.Etcd.Tests.Infrastructure;

/// <summary>
/// etcd's KV.Range and Watch.Watch, served in process, with a store the test sets and a watch stream the test
/// scripts response by response: the double that can send what a buggy etcd would.
/// </summary>
/// <remarks>
/// Not sealed, with virtual handlers: Grpc.AspNetCore binds only virtual methods declared by the type that carries
/// <see cref="BindServiceMethodAttribute"/>, as generated service bases have.
/// </remarks>
[BindServiceMethod(typeof(FakeEtcdService), nameof(BindService))]
public class FakeEtcdService
{
    private static readonly Method<RangeRequest, RangeResponse> RangeMethod = new(
        MethodType.Unary, "etcdserverpb.KV", "Range", Marshal(RangeRequest.Parser), Marshal(RangeResponse.Parser));

    private static readonly Method<WatchRequest, WatchResponse> WatchMethod = new(
        MethodType.DuplexStreaming, "etcdserverpb.Watch", "Watch", Marshal(WatchRequest.Parser), Marshal(WatchResponse.Parser));

    private readonly Lock _gate = new();
    private readonly Dictionary<string, (string Value, long ModRevision)> _store = new(StringComparer.Ordinal);
    private readonly List<long> _startRevisions = [];
    private long _revision;
    private int _rangeReads;
    private Channel<WatchResponse> _script = Channel.CreateUnbounded<WatchResponse>();

    /// <summary>The start revision of every watch created, in order.</summary>
    public IReadOnlyList<long> StartRevisions
    {
        get
        {
            lock (_gate)
            {
                return [.. _startRevisions];
            }
        }
    }

    public int RangeReads => Volatile.Read(ref _rangeReads);

    public static void BindService(ServiceBinderBase binder, FakeEtcdService? service)
    {
        // Grpc.AspNetCore finds the handlers by method name on the service type; the delegates only matter elsewhere.
        binder.AddMethod(RangeMethod, service is null ? null! : service.Range);
        binder.AddMethod(WatchMethod, service is null ? null! : service.Watch);
    }

    /// <summary>Sets the store as of a revision: what a range read returns.</summary>
    public void SetStore(long revision, params (string Key, string Value, long ModRevision)[] entries)
    {
        lock (_gate)
        {
            _revision = revision;
            _store.Clear();
            foreach (var (key, value, mod) in entries)
            {
                _store[key] = (value, mod);
            }
        }
    }

    /// <summary>Queues a response for the current watch stream.</summary>
    public void Send(WatchResponse response) => _script.Writer.TryWrite(response);

    public virtual Task<RangeResponse> Range(RangeRequest request, ServerCallContext context)
    {
        Interlocked.Increment(ref _rangeReads);
        lock (_gate)
        {
            var response = new RangeResponse { Header = new ResponseHeader { Revision = _revision } };
            foreach (var (key, (value, mod)) in _store.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                response.Kvs.Add(new KeyValue { Key = ByteString.CopyFromUtf8(key), Value = ByteString.CopyFromUtf8(value), ModRevision = mod, CreateRevision = mod, Version = 1 });
            }

            response.Count = response.Kvs.Count;
            return Task.FromResult(response);
        }
    }

    public virtual async Task Watch(IAsyncStreamReader<WatchRequest> requests, IServerStreamWriter<WatchResponse> responses, ServerCallContext context)
    {
        if (!await requests.MoveNext(context.CancellationToken) || requests.Current.CreateRequest is not { } create)
        {
            return;
        }

        Channel<WatchResponse> script;
        long revision;
        lock (_gate)
        {
            _startRevisions.Add(create.StartRevision);

            // A new stream gets a fresh script: responses queued for a stream the client dropped are discarded.
            _script = Channel.CreateUnbounded<WatchResponse>();
            script = _script;
            revision = _revision;
        }

        await responses.WriteAsync(new WatchResponse { Header = new ResponseHeader { Revision = revision }, Created = true });

        // Progress requests and the like are read and ignored, so the client's writes never block.
        _ = DrainAsync(requests, context.CancellationToken);
        await foreach (var response in script.Reader.ReadAllAsync(context.CancellationToken))
        {
            await responses.WriteAsync(response);
        }
    }

    private static async Task DrainAsync(IAsyncStreamReader<WatchRequest> requests, CancellationToken cancellationToken)
    {
        try
        {
            while (await requests.MoveNext(cancellationToken))
            {
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or InvalidOperationException)
        {
            // The stream ended.
        }
    }

    private static Marshaller<T> Marshal<T>(MessageParser<T> parser)
        where T : IMessage<T>
        => Marshallers.Create(m => m.ToByteArray(), parser.ParseFrom);
}
