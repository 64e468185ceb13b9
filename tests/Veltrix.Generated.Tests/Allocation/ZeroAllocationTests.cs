using Veltrix.Tests.Infrastructure;
using Xunit;

namespace Veltrix.Tests.Allocation;

// Serial, as the reload gates: another test's metrics listener can run callbacks on a measuring thread, and a loaded
// parallel run once showed a lookup gate bytes that it does not allocate when run alone.
[Collection(SerialTests.Name)]
public sealed class ZeroAllocationTests
{
    private const int Iterations = 100_000;

    /// <summary>Every value key of <see cref="Alloc40Config"/>, spelled as the schema declares it.</summary>
    private static readonly string[] Keys =
    [
        "Alloc:Network:Port", "Alloc:Network:Host", "Alloc:Network:UseTls", "Alloc:Network:ConnectTimeout",
        "Alloc:Network:ReadTimeout", "Alloc:Network:MaxRequestBytes", "Alloc:Network:Backlog", "Alloc:Network:BaseAddress",
        "Alloc:Network:LossRate", "Alloc:Network:Mode",
        "Alloc:Cache:MaxEntries", "Alloc:Cache:Ttl", "Alloc:Cache:SlidingTtl", "Alloc:Cache:Enabled",
        "Alloc:Cache:EvictionRatio", "Alloc:Cache:CostPerEntry", "Alloc:Cache:Region", "Alloc:Cache:InstanceId",
        "Alloc:Cache:Shards", "Alloc:Cache:Separator",
        "Alloc:Storage:Root", "Alloc:Storage:QuotaBytes", "Alloc:Storage:MaxFiles", "Alloc:Storage:Replicas",
        "Alloc:Storage:Priority", "Alloc:Storage:Stripe", "Alloc:Storage:BlockSize", "Alloc:Storage:CreatedAt",
        "Alloc:Storage:RetainUntil", "Alloc:Storage:Format",
        "Alloc:Workers:Count", "Alloc:Workers:QueueCapacity", "Alloc:Workers:IdleTimeout", "Alloc:Workers:QuietStart",
        "Alloc:Workers:StartedAt", "Alloc:Workers:Elastic", "Alloc:Workers:LoadFactor", "Alloc:Workers:Budget",
        "Alloc:Workers:Strategy", "Alloc:Workers:Name",
    ];

    private static LiveConfig<Alloc40Config> Build()
        => VeltrixConfiguration.CreateBuilder<Alloc40Config>()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Alloc:Network:Port"] = "9090",
                ["Alloc:Cache:Region"] = "us-east",
                ["Alloc:Workers:Strategy"] = "eager",
            })
            .Build();

    [Fact]
    public void Schema_Alloc40Config_HasExactlyTheFortyValueKeys()
    {
        using var config = Build();
        var valueKeys = config.Schema.Keys.Where(k => k.Kind == ConfigKeyKind.Value).Select(k => k.Path).Order(StringComparer.Ordinal);

        Assert.Equal(40, Keys.Length);
        Assert.Equal(Keys.Order(StringComparer.Ordinal), valueKeys);
    }

    [Fact]
    public void CurrentMemberRead_100000Times_AllocatesNothing()
    {
        using var config = Build();

        // Warm-up: the measured loop once, so that JIT tiering and first-call work happen before measuring.
        var expected = ReadPorts(config);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var sum = ReadPorts(config);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(expected, sum);
        Assert.Equal(9090L * Iterations, sum);
    }

    [Fact]
    public void TryGetValue_EveryKeyOf40KeySchema100000Rounds_AllocatesNothing()
    {
        using var config = Build();

        // Collected before measuring: half of the keys in a different case, so case-insensitive matching is measured too.
        var keys = new string[Keys.Length];
        for (var i = 0; i < Keys.Length; i++)
        {
            keys[i] = i % 2 == 0 ? Keys[i] : SwapCase(Keys[i]);
        }

        foreach (var key in keys)
        {
            Assert.True(config.TryGetValue(key, out _), $"'{key}' should be found");
        }

        Assert.True(config.TryGetValue("ALLOC:NETWORK:PORT", out var port));
        Assert.Equal(9090, port.AsInt32());
        Assert.True(config.TryGetValue("alloc:cache:region", out var region));
        Assert.Equal("us-east", region.AsString());
        Assert.True(config.TryGetValue("Alloc:Workers:Strategy", out var strategy));
        Assert.Equal(AllocationMode.Eager, strategy.AsEnum<AllocationMode>());

        // Warm-up: the measured loop once.
        var expected = LookUpAll(config, keys, out var foundWarm);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var checksum = LookUpAll(config, keys, out var found);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(keys.Length * Iterations, found);
        Assert.Equal(foundWarm, found);
        Assert.Equal(expected, checksum);
    }

    private static long ReadPorts(LiveConfig<Alloc40Config> config)
    {
        long sum = 0;
        for (var i = 0; i < Iterations; i++)
        {
            sum += config.Current.Network.Port;
        }

        return sum;
    }

    private static long LookUpAll(LiveConfig<Alloc40Config> config, string[] keys, out int found)
    {
        long checksum = 0;
        found = 0;
        for (var round = 0; round < Iterations; round++)
        {
            foreach (var key in keys)
            {
                if (config.TryGetValue(key, out var value))
                {
                    found++;
                    checksum += (long)value.Kind;
                }
            }
        }

        return checksum;
    }

    private static string SwapCase(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = char.IsUpper(chars[i]) ? char.ToLowerInvariant(chars[i]) : char.ToUpperInvariant(chars[i]);
        }

        return new string(chars);
    }
}
