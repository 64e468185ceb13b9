using Veltrix.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace Veltrix.Tests.Allocation;

/// <summary>
/// A byte budget for binding and validating the 40-key schema, so that a change which makes binding allocate per
/// key more than it should fails here rather than in a benchmark nobody runs. Timings are never asserted.
/// </summary>
public sealed class BindAllocationTests(ITestOutputHelper output)
{
    /// <summary>
    /// Measured at 2,016 bytes on .NET 10.0.12 x64 (2026-11-23): the snapshot, its four sections, the bind context,
    /// and the URI and version the schema's reference-typed keys hold (bound strings are the tree's own). The budget
    /// leaves about 50 % for runtime differences; growing past it means binding started to allocate per key.
    /// </summary>
    private const long BindBudgetBytes = 3_000;

    /// <summary>Every value key of <see cref="Alloc40Config"/>, each set to a value other than its default.</summary>
    private static readonly (string Key, string Value)[] Values =
    [
        ("Alloc:Network:Port", "9090"), ("Alloc:Network:Host", "db.internal"), ("Alloc:Network:UseTls", "false"),
        ("Alloc:Network:ConnectTimeout", "00:00:07"), ("Alloc:Network:ReadTimeout", "00:01:00"),
        ("Alloc:Network:MaxRequestBytes", "2097152"), ("Alloc:Network:Backlog", "1024"),
        ("Alloc:Network:BaseAddress", "https://api.example.com/"), ("Alloc:Network:LossRate", "0.02"), ("Alloc:Network:Mode", "Lazy"),
        ("Alloc:Cache:MaxEntries", "20000"), ("Alloc:Cache:Ttl", "00:10:00"), ("Alloc:Cache:SlidingTtl", "00:02:00"),
        ("Alloc:Cache:Enabled", "false"), ("Alloc:Cache:EvictionRatio", "0.5"), ("Alloc:Cache:CostPerEntry", "0.75"),
        ("Alloc:Cache:Region", "us-east"), ("Alloc:Cache:InstanceId", "6f9619ff-8b86-d011-b42d-00c04fc964ff"),
        ("Alloc:Cache:Shards", "8"), ("Alloc:Cache:Separator", "|"),
        ("Alloc:Storage:Root", "/srv/data"), ("Alloc:Storage:QuotaBytes", "20000000000"), ("Alloc:Storage:MaxFiles", "2000000"),
        ("Alloc:Storage:Replicas", "5"), ("Alloc:Storage:Priority", "2"), ("Alloc:Storage:Stripe", "128"),
        ("Alloc:Storage:BlockSize", "8192"), ("Alloc:Storage:CreatedAt", "2025-06-01T12:00:00+00:00"),
        ("Alloc:Storage:RetainUntil", "2031-01-31"), ("Alloc:Storage:Format", "3.2"),
        ("Alloc:Workers:Count", "16"), ("Alloc:Workers:QueueCapacity", "5000"), ("Alloc:Workers:IdleTimeout", "00:02:00"),
        ("Alloc:Workers:QuietStart", "23:30"), ("Alloc:Workers:StartedAt", "2025-06-01T12:00:00Z"), ("Alloc:Workers:Elastic", "false"),
        ("Alloc:Workers:LoadFactor", "0.9"), ("Alloc:Workers:Budget", "5000000"), ("Alloc:Workers:Strategy", "Eager"),
        ("Alloc:Workers:Name", "batch"),
    ];

    [Fact]
    public void BindAndValidate_EveryKeyOf40KeySchemaSet_StaysUnderByteBudget()
    {
        var builder = new ConfigDataBuilder();
        builder.BeginSource("test");
        foreach (var (key, value) in Values)
        {
            Assert.True(builder.Set(key, value, new ConfigOrigin("test")), key);
        }

        // Warm-up: the measured bind once, so that JIT tiering and first-call work happen before measuring.
        var warm = BindAndValidate<Alloc40Config>(builder.Root, out var warmErrors);
        Assert.Empty(warmErrors);
        Assert.Equal(9090, warm.Network.Port);
        Assert.Equal("batch", warm.Workers.Name);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var config = BindAndValidate<Alloc40Config>(builder.Root, out var errors);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        ReliabilityFigures.Report(output, "Bind40", $"bind + validate of the 40-key schema allocated {allocated:N0} bytes (budget {BindBudgetBytes:N0})");
        Assert.Empty(errors);
        Assert.Equal(20000, config.Cache.MaxEntries);
        Assert.Equal(AllocationMode.Eager, config.Workers.Strategy);
        Assert.InRange(allocated, 1, BindBudgetBytes);
    }

    private static T BindAndValidate<T>(ConfigNode root, out IReadOnlyList<ConfigError> errors)
        where T : class, IVeltrixConfig<T>
    {
        var context = new BindContext(root);
        var config = T.Bind(context);
        T.Validate(config, context);
        errors = context.Errors;
        return config;
    }
}
