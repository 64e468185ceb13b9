using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Etcdserverpb;
using Grpc.Core;
using Mvccpb;

namespace Veltrix.Etcd;

public sealed partial class EtcdConfigSource
{
    /// <inheritdoc/>
    public IDisposable? Watch(ConfigWatchContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Volatile.Write(ref _context, context);
        UpdateHealth();
        var stop = new CancellationTokenSource();
        var loop = Task.Run(() => RunAsync(context, stop.Token));
        return new WatchHandle(stop, loop);
    }

    private async Task RunAsync(ConfigWatchContext context, CancellationToken cancellationToken)
    {
        var validator = new WatchStreamValidator();
        var delay = _options.MinReconnectDelay;
        var resync = false;
        var lost = false;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                if (resync)
                {
                    await ResyncAsync(context, validator, cancellationToken).ConfigureAwait(false);
                    resync = false;
                }

                resync = await WatchAsync(context, validator, lost, () => delay = _options.MinReconnectDelay, cancellationToken).ConfigureAwait(false);
                lost = false;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Whatever broke the stream (RPC failure, reset connection, a disposed channel), the loop must live on.
                if (cancellationToken.IsCancellationRequested || Volatile.Read(ref _disposed) != 0)
                {
                    return;
                }

                if (ex is RpcException { StatusCode: StatusCode.Unauthenticated })
                {
                    _connection.InvalidateToken();
                }

                lost = true;
                // Our own exceptions say what happened; others may be long or vary per attempt, so only their type is shown.
                // The message stays the same across retries, so health reports one transition, not one per attempt.
                var reason = ex switch
                {
                    RpcException rpc => Describe(rpc),
                    TimeoutException or IOException => ex.Message,
                    _ => ex.GetType().Name,
                };
                Volatile.Write(ref _connectionProblem, string.Create(CultureInfo.InvariantCulture,
                    $"Lost the etcd watch on {_prefix} at {_connection.Endpoint}: {reason}. Serving revision {AppliedRevision}; reconnecting."));
                UpdateHealth();
                _connection.NextEndpoint();

                // Jitter keeps a fleet that lost the same member from reconnecting in lock step.
                var wait = TimeSpan.FromMilliseconds(delay.TotalMilliseconds * (0.5 + (Random.Shared.NextDouble() / 2)));
                try
                {
                    await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _options.MaxReconnectDelay.Ticks));
            }
        }
    }

    /// <summary>Watches from the revision after the applied one until the stream ends or needs a re-read.</summary>
    /// <returns>Whether a full re-read is needed.</returns>
    private async Task<bool> WatchAsync(ConfigWatchContext context, WatchStreamValidator validator, bool reconnecting, Action created, CancellationToken cancellationToken)
    {
        var start = AppliedRevision;
        validator.Reset(start, newStream: true);
        var headers = await _connection.HeadersAsync(cancellationToken).ConfigureAwait(false);
        using var stream = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var call = _connection.Watcher.Watch(headers, cancellationToken: stream.Token);
        await call.RequestStream.WriteAsync(new WatchRequest
        {
            CreateRequest = new WatchCreateRequest
            {
                Key = _prefixBytes,
                RangeEnd = _rangeEnd,
                StartRevision = start + 1,
                ProgressNotify = true,
            },
        }, cancellationToken).ConfigureAwait(false);

        var groups = new List<List<Event>>();
        var liveness = new StreamLiveness();
        var pinger = PingAsync(call.RequestStream, liveness, stream);
        try
        {
            while (await call.ResponseStream.MoveNext(stream.Token).ConfigureAwait(false))
            {
                liveness.Received(busy: true);
                var keepWatching = Handle(context, validator, call.ResponseStream.Current, groups, ref reconnecting, created);
                liveness.Received(busy: false);
                if (!keepWatching)
                {
                    return true;
                }
            }
        }
        catch (Exception) when (liveness.Stalled && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException(string.Create(CultureInfo.InvariantCulture,
                $"etcd did not answer a progress request within {_options.KeepAliveTimeout.TotalSeconds:0.#} s"));
        }
        finally
        {
            await stream.CancelAsync().ConfigureAwait(false);
            await pinger.ConfigureAwait(false);
        }

        throw new IOException("etcd closed the watch stream.");
    }

    /// <summary>Handles one response.</summary>
    /// <returns>False when a full re-read is needed.</returns>
    private bool Handle(ConfigWatchContext context, WatchStreamValidator validator, WatchResponse response, List<List<Event>> groups, ref bool reconnecting, Action created)
    {
        if (response.Created)
        {
            if (reconnecting)
            {
                Interlocked.Increment(ref _reconnects);
                reconnecting = false;
            }

            created();
            if (Interlocked.Exchange(ref _connectionProblem, null) is not null)
            {
                UpdateHealth();
            }
        }

        switch (validator.Check(response, groups, out var anomaly))
        {
            case WatchVerdict.Compacted:
                return false;
            case WatchVerdict.Anomaly:
                CountAnomaly(anomaly);
                return false;
            case WatchVerdict.Apply:
                foreach (var group in groups)
                {
                    Apply(context, group);
                }

                return true;
            default:
                if (response.Canceled)
                {
                    // Cancelled for a reason other than compaction (auth revoked, member shutting down): reconnect.
                    throw new IOException($"etcd cancelled the watch: {response.CancelReason}");
                }

                return true;
        }
    }

    /// <summary>
    /// Asks etcd for a progress notification once the stream has been quiet for the keepalive interval, and cancels the
    /// stream when nothing came back within the keepalive timeout: a stopped member keeps its sockets open and would
    /// otherwise look quiet for ever (etcd#8980).
    /// </summary>
    /// <remarks>
    /// Only a quiet stream is probed: etcd 3.4 can answer a progress request with a revision whose events are still on
    /// their way, which the stream checks rightly take for a gap and answer with a full re-read. On a busy stream the
    /// events themselves show that the member is alive.
    /// </remarks>
    private async Task PingAsync(IClientStreamWriter<WatchRequest> requests, StreamLiveness liveness, CancellationTokenSource stream)
    {
        var tick = TimeSpan.FromTicks(Math.Max(TimeSpan.TicksPerMillisecond, Math.Min(_options.KeepAliveInterval.Ticks, _options.KeepAliveTimeout.Ticks) / 10));
        var interval = (long)(_options.KeepAliveInterval.TotalSeconds * System.Diagnostics.Stopwatch.Frequency);
        var timeout = (long)(_options.KeepAliveTimeout.TotalSeconds * System.Diagnostics.Stopwatch.Frequency);
        long sent = 0;
        try
        {
            while (true)
            {
                await Task.Delay(tick, stream.Token).ConfigureAwait(false);
                var now = System.Diagnostics.Stopwatch.GetTimestamp();
                if (sent != 0)
                {
                    if (liveness.ReceivedSince(sent) || liveness.Busy)
                    {
                        sent = 0;
                    }
                    else if (now - sent >= timeout)
                    {
                        liveness.Stalled = true;
                        await stream.CancelAsync().ConfigureAwait(false);
                        return;
                    }
                }
                else if (!liveness.Busy && !liveness.ReceivedSince(now - interval))
                {
                    sent = now;
                    await requests.WriteAsync(new WatchRequest { ProgressRequest = new WatchProgressRequest() }, stream.Token).ConfigureAwait(false);
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or RpcException or IOException or InvalidOperationException or ObjectDisposedException)
        {
            // The stream ended; the read loop reports why.
        }
    }

    private sealed class StreamLiveness
    {
        private long _lastReceived = System.Diagnostics.Stopwatch.GetTimestamp();

        public volatile bool Stalled;

        /// <summary>Whether a response is being applied: a slow reload or handler is not a silent server.</summary>
        public volatile bool Busy;

        public void Received(bool busy)
        {
            Busy = busy;
            Volatile.Write(ref _lastReceived, System.Diagnostics.Stopwatch.GetTimestamp());
        }

        public bool ReceivedSince(long timestamp) => Volatile.Read(ref _lastReceived) >= timestamp;
    }

    private void Apply(ConfigWatchContext context, List<Event> group)
    {
        var state = Volatile.Read(ref _state) ?? EtcdState.Empty;
        var entries = state.Entries.ToBuilder();
        var keys = new string[group.Count];
        var revision = group[0].Kv.ModRevision;
        for (var i = 0; i < group.Count; i++)
        {
            var kv = group[i].Kv;
            var key = kv.Key.ToStringUtf8();
            keys[i] = key;
            if (group[i].Type == Event.Types.EventType.Delete)
            {
                entries.Remove(key);
            }
            else
            {
                entries[key] = new EtcdEntry(kv.Value.ToStringUtf8(), kv.ModRevision);
            }
        }

        // The new state holds the whole revision before any reload can read it.
        Volatile.Write(ref _state, new EtcdState(revision, entries.ToImmutable()));
        RaiseApplied(revision, EtcdApplyKind.Watch, keys, context.ReloadNow());
    }

    private async Task ResyncAsync(ConfigWatchContext context, WatchStreamValidator validator, CancellationToken cancellationToken)
    {
        var state = await EtcdRangeReader.ReadAsync(_connection, _prefixBytes, _rangeEnd, _options.PageSize, cancellationToken).ConfigureAwait(false);
        var previous = Volatile.Read(ref _state) ?? EtcdState.Empty;
        if (state.Revision < previous.Revision)
        {
            // A member behind the one we read before: serving its older cut would move the configuration back in time.
            throw new IOException("The etcd member is behind the revision already applied.");
        }

        Volatile.Write(ref _state, state);
        validator.Reset(state.Revision, newStream: false);
        Interlocked.Increment(ref _resyncs);
        ResyncCounter.Add(1);
        var keys = ImmutableArray.CreateBuilder<string>(state.Entries.Count);
        foreach (var key in state.Entries.Keys)
        {
            keys.Add(key);
        }

        RaiseApplied(state.Revision, EtcdApplyKind.Resync, keys.ToImmutable(), context.ReloadNow());
    }

    private sealed class WatchHandle(CancellationTokenSource stop, Task loop) : IDisposable
    {
        public void Dispose()
        {
            // Never waits for the loop: it may be inside a reload that waits for the lock the disposing configuration holds.
            stop.Cancel();
            _ = loop.ContinueWith(static (_, s) => ((CancellationTokenSource)s!).Dispose(), stop, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }
}
