using System.Globalization;
using Etcdserverpb;
using Google.Protobuf;
using Grpc.Net.Client;

namespace Veltrix.Benchmarks.Fleet;

/// <summary>
/// The baseline a fleet without watches uses: re-read the whole prefix on a timer and reload when the revision moved.
/// Each instance starts at a random phase, as processes of a fleet would.
/// </summary>
internal sealed class PollingEtcdSource : IWatchableConfigSource, IDisposable
{
    private readonly GrpcChannel _channel;
    private readonly KV.KVClient _kv;
    private readonly string _prefix;
    private readonly TimeSpan _interval;
    private volatile Dictionary<string, string> _values = [];
    private long _revision;
    private Timer? _timer;
    private int _polling;

    public PollingEtcdSource(Uri endpoint, string prefix, TimeSpan interval)
    {
        _channel = GrpcChannel.ForAddress(endpoint);
        _kv = new KV.KVClient(_channel);
        _prefix = prefix.EndsWith('/') ? prefix : prefix + "/";
        _interval = interval;
    }

    public string Name => string.Create(CultureInfo.InvariantCulture, $"etcd {_prefix} polled every {_interval.TotalSeconds:0.#} s");

    public void Load(ConfigDataBuilder builder)
    {
        if (_revision == 0)
        {
            Poll();
        }

        foreach (var (key, value) in _values)
        {
            builder.Set(key[_prefix.Length..].Replace('/', ':'), value, new ConfigOrigin(key));
        }
    }

    public IDisposable? Watch(ConfigWatchContext context)
    {
        // Asynchronous, and never two polls at once: a hundred sources blocking pool threads on synchronous calls
        // starve the thread pool that their own I/O completes on.
        _timer = new Timer(_ =>
        {
            if (Interlocked.Exchange(ref _polling, 1) == 0)
            {
                _ = PollAndReloadAsync(context);
            }
        }, null, TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * _interval.TotalMilliseconds), _interval);
        return _timer;
    }

    public void Dispose()
    {
        _timer?.Dispose();
        _channel.Dispose();
    }

    private async Task PollAndReloadAsync(ConfigWatchContext context)
    {
        try
        {
            var response = await _kv.RangeAsync(Request());
            if (Apply(response))
            {
                context.RequestReload();
            }
        }
        catch (Grpc.Core.RpcException)
        {
            // The next tick tries again, as a polling client would.
        }
        finally
        {
            Volatile.Write(ref _polling, 0);
        }
    }

    private RangeRequest Request()
    {
        var end = System.Text.Encoding.UTF8.GetBytes(_prefix);
        end[^1]++;
        return new RangeRequest { Key = ByteString.CopyFromUtf8(_prefix), RangeEnd = ByteString.CopyFrom(end) };
    }

    private bool Poll() => Apply(_kv.Range(Request()));

    private bool Apply(RangeResponse response)
    {
        if (response.Header.Revision == Interlocked.Read(ref _revision))
        {
            return false;
        }

        _values = response.Kvs.ToDictionary(kv => kv.Key.ToStringUtf8(), kv => kv.Value.ToStringUtf8());
        Interlocked.Exchange(ref _revision, response.Header.Revision);
        return true;
    }
}
