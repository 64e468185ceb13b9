using System;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Google.Protobuf;
using Grpc.Core;

namespace Veltrix.Etcd;

/// <summary>
/// Configuration from the keys under an etcd prefix, kept current by a watch: one range read at revision R, then a
/// watch from R + 1 that resumes from the last applied revision after any outage, so that no update is missed.
/// </summary>
/// <remarks>
/// <para>
/// Each etcd revision is applied whole (a transaction is never split) and published as one reload with exactly the
/// keys it changed, in revision order; a revision that changes no value publishes nothing. While etcd is unreachable
/// the last good snapshot keeps serving and the source reports <see cref="ConfigSourceStatus.Degraded"/>; it
/// reconnects with exponential backoff. A compacted start revision, or a watch response that breaks ordering
/// (<see cref="EtcdWatchAnomaly"/>), makes it re-read the prefix at one revision and publish the difference once.
/// </para>
/// <para>Add it with <see cref="EtcdConfigurationBuilderExtensions.AddEtcd{T}(VeltrixConfigurationBuilder{T}, EtcdSourceOptions)"/>.</para>
/// </remarks>
public sealed partial class EtcdConfigSource : IWatchableConfigSource, IVersionedConfigSource, IDisposable
{
    private static readonly Meter Meter = new("Veltrix.Etcd");
    private static readonly Counter<long> AnomalyCounter = Meter.CreateCounter<long>("veltrix.etcd.watch.anomalies", description: "Watch responses rejected, by anomaly.");
    private static readonly Counter<long> ResyncCounter = Meter.CreateCounter<long>("veltrix.etcd.resyncs", description: "Full re-reads of the prefix.");

    private readonly EtcdSourceOptions _options;
    private readonly string _prefix;
    private readonly ByteString _prefixBytes;
    private readonly ByteString _rangeEnd;
    private readonly string? _compiledSchemaHash;
    private readonly EtcdConnection _connection;
    private readonly long[] _anomalies = new long[Enum.GetValues<EtcdWatchAnomaly>().Length];
    private EtcdState? _state;
    private string? _schemaProblem;
    private string? _connectionProblem;
    private ConfigWatchContext? _context;
    private long _resyncs;
    private long _reconnects;
    private int _disposed;

    /// <summary>Creates a source; it connects on the first load.</summary>
    /// <param name="options">Endpoints, prefix, credentials and timings.</param>
    /// <param name="compiledSchemaHash">
    /// The schema hash of the configuration type (<see cref="ConfigSchema.HashHex"/>), compared with the one stored under
    /// the prefix as <see cref="EtcdSourceOptions.SchemaCheck"/> says; null skips the check.
    /// </param>
    /// <exception cref="ArgumentException">An option is missing or out of range.</exception>
    public EtcdConfigSource(EtcdSourceOptions options, string? compiledSchemaHash = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _prefix = options.NormalizedPrefix;
        var prefixBytes = System.Text.Encoding.UTF8.GetBytes(_prefix);
        _prefixBytes = ByteString.CopyFrom(prefixBytes);
        _rangeEnd = ByteString.CopyFrom(EtcdKeyMapping.RangeEnd(prefixBytes));
        _compiledSchemaHash = compiledSchemaHash;
        _connection = new EtcdConnection(options);
        Name = options.ToString();
    }

    /// <summary>Raised after each revision is applied and reloaded, in revision order, on the watch thread.</summary>
    /// <remarks>A handler that throws is ignored; keep handlers short, the next revision waits for them.</remarks>
    public event EventHandler<EtcdRevisionAppliedEventArgs>? RevisionApplied;

    /// <summary>The endpoints and prefix; never credentials.</summary>
    public string Name { get; }

    /// <summary>The prefix with its trailing <c>/</c>.</summary>
    public string Prefix => _prefix;

    /// <summary>The etcd revision the source's keys are complete up to; 0 before the first read.</summary>
    public long AppliedRevision => Volatile.Read(ref _state)?.Revision ?? 0;

    /// <summary>The keys as of <see cref="AppliedRevision"/>, for tests that compare them with the server.</summary>
    internal EtcdState State => Volatile.Read(ref _state) ?? EtcdState.Empty;

    /// <summary>How many full re-reads ran after the first read (compaction or a rejected response).</summary>
    public long ResyncCount => Interlocked.Read(ref _resyncs);

    /// <summary>How many times the watch was re-established after a lost connection.</summary>
    public long ReconnectCount => Interlocked.Read(ref _reconnects);

    /// <summary>How many watch responses were rejected for <paramref name="anomaly"/>.</summary>
    /// <param name="anomaly">The anomaly.</param>
    public long GetAnomalyCount(EtcdWatchAnomaly anomaly) => Interlocked.Read(ref _anomalies[(int)anomaly]);

    /// <inheritdoc/>
    public void Load(ConfigDataBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var state = Volatile.Read(ref _state);
        if (state is null)
        {
            state = InitialRead(builder);
            if (state is null)
            {
                return;
            }
        }

        builder.DeclareVersion((ulong)state.Serial);
        CheckSchema(state, builder);
        foreach (var (key, entry) in state.Entries)
        {
            var origin = new ConfigOrigin(string.Create(CultureInfo.InvariantCulture, $"etcd key {key} (revision {entry.ModRevision})"));
            var configKey = EtcdKeyMapping.ToConfigKey(_prefix, key, out var problem);
            if (problem is not null)
            {
                builder.AddError(new ConfigError(string.Empty, problem, origin, "EtcdKey"));
                continue;
            }

            if (configKey is null)
            {
                continue;
            }

            if (_options.ValueFormat == EtcdValueFormat.Json)
            {
                EtcdJsonValue.Load(configKey, entry.Value, origin, builder);
            }
            else
            {
                builder.Set(configKey, entry.Value, origin);
            }
        }
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Compares the state the watch last applied with the one the last load read: no request to etcd. Every applied
    /// revision and every re-read makes a new state, so this says yes for each of them.
    /// </remarks>
    bool IVersionedConfigSource.HasChangedSince(UInt128 version)
        => Volatile.Read(ref _state) is not { } state || (ulong)state.Serial != version;

    /// <summary>Stops the watch and closes the connection.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _connection.Dispose();
        }
    }

    private EtcdState? InitialRead(ConfigDataBuilder builder)
    {
        // Each endpoint once; only when none answers does the load fail.
        var problems = new List<string>();
        for (var attempt = 0; attempt < _options.Endpoints.Count; attempt++)
        {
            try
            {
                // Build() is synchronous; the read runs on the pool so that a caller's synchronization context cannot deadlock it.
                var state = Task.Run(() => EtcdRangeReader.ReadAsync(_connection, _prefixBytes, _rangeEnd, _options.PageSize, CancellationToken.None)).GetAwaiter().GetResult();
                Volatile.Write(ref _state, state);
                return state;
            }
            catch (RpcException ex)
            {
                problems.Add($"{_connection.Endpoint}: {Describe(ex)}");
                _connection.NextEndpoint();
            }
        }

        builder.AddError(new ConfigError(string.Empty, $"Could not read {_prefix} from etcd ({string.Join("; ", problems)}).", new ConfigOrigin(Name), "EtcdUnavailable"));
        return null;
    }

    private void CheckSchema(EtcdState state, ConfigDataBuilder builder)
    {
        string? problem = null;
        if (_options.SchemaCheck != EtcdSchemaCheck.Ignore && _compiledSchemaHash is not null
            && state.Entries.TryGetValue(_prefix + EtcdKeyMapping.SchemaHashKey, out var stored)
            && !string.Equals(stored.Value.Trim(), _compiledSchemaHash, StringComparison.OrdinalIgnoreCase))
        {
            problem = $"The schema hash stored at {_prefix}{EtcdKeyMapping.SchemaHashKey} (revision {stored.ModRevision.ToString(CultureInfo.InvariantCulture)}) is {stored.Value.Trim()}; this build's schema is {_compiledSchemaHash}: the configuration was published for another schema version.";
            if (_options.SchemaCheck == EtcdSchemaCheck.Reject)
            {
                builder.AddError(new ConfigError(string.Empty, problem, new ConfigOrigin(Name), "SchemaMismatch"));
            }
        }

        if (!string.Equals(problem, _schemaProblem, StringComparison.Ordinal))
        {
            _schemaProblem = problem;
            UpdateHealth();
        }
    }

    private void UpdateHealth()
    {
        if (Volatile.Read(ref _context) is not { } context)
        {
            return;
        }

        if (Volatile.Read(ref _connectionProblem) is { } connection)
        {
            context.ReportHealth(ConfigSourceStatus.Degraded, connection);
        }
        else if (_schemaProblem is { } schema)
        {
            context.ReportHealth(ConfigSourceStatus.Degraded, schema);
        }
        else
        {
            context.ReportHealth(ConfigSourceStatus.Healthy, null);
        }
    }

    /// <summary>The status code and etcd's own detail, which names no value and no credential.</summary>
    private static string Describe(RpcException ex)
        => ex.Status.Detail is { Length: > 0 } detail ? $"{ex.StatusCode} ({detail})" : ex.StatusCode.ToString();

    private void CountAnomaly(EtcdWatchAnomaly anomaly)
    {
        Interlocked.Increment(ref _anomalies[(int)anomaly]);
        AnomalyCounter.Add(1, new KeyValuePair<string, object?>("anomaly", anomaly.ToString()));
    }

    private void RaiseApplied(long revision, EtcdApplyKind kind, IReadOnlyList<string> keys, ReloadResult result)
    {
        if (RevisionApplied is not { } handlers)
        {
            return;
        }

        foreach (var handler in Delegate.EnumerateInvocationList(handlers))
        {
            try
            {
                handler(this, new EtcdRevisionAppliedEventArgs(revision, kind, keys, result));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // An observer must not stop the watch; the configuration's own events report what matters.
            }
        }
    }
}
