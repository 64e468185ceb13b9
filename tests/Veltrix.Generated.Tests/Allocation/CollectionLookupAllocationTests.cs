using Veltrix.Tests.Binding;
using Veltrix.Tests.Infrastructure;
using Xunit;

namespace Veltrix.Tests.Allocation;

// Serial, as the reload gates: another test's metrics listener can run callbacks on a measuring thread, and a loaded
// parallel run once showed a lookup gate bytes that it does not allocate when run alone.
[Collection(SerialTests.Name)]
public sealed class CollectionLookupAllocationTests
{
    private const int Iterations = 100_000;

    [Fact]
    public void TryGetValue_ListElementsAndDictionaryEntries100000Rounds_AllocatesNothing()
    {
        using var config = VeltrixConfiguration.CreateBuilder<CollectionsConfig>()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Lists:Numbers:0"] = "1",
                ["Lists:Hosts:0"] = "a",
                ["Lists:Hosts:1"] = "b",
                ["Lists:Ports:0"] = "80",
                ["Lists:Tags:0"] = "t",
                ["Lists:Endpoints:0:Address"] = "e0",
                ["Lists:EndpointImmutable:0:Weight"] = "2",
                ["Lists:Limits:MaxConn"] = "10",
                ["Lists:Labels:Team"] = "core",
                ["Lists:BackendMap:Primary:Address"] = "p",
                ["Lists:Backends:Edge:Weight"] = "3",
            })
            .Build();
        string[] keys =
        [
            "Lists:Numbers:0", "LISTS:HOSTS:1", "Lists:Ports:0", "lists:tags:0", "Lists:Endpoints:0:Address",
            "Lists:EndpointImmutable:0:Weight", "Lists:Limits:maxconn", "LISTS:LABELS:TEAM", "Lists:BackendMap:primary:Address",
            "lists:backends:EDGE:weight", "Lists:Hosts", "Lists:Limits", "Lists:Endpoints:0", "Lists:Hosts:7", "Lists:Limits:none",
        ];

        // Warm-up: the measured loop once.
        var expected = LookUpAll(config, keys);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var found = LookUpAll(config, keys);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(expected, found);
        Assert.Equal((keys.Length - 2) * Iterations, found);
    }

    private static int LookUpAll(LiveConfig<CollectionsConfig> config, string[] keys)
    {
        var found = 0;
        for (var round = 0; round < Iterations; round++)
        {
            foreach (var key in keys)
            {
                if (config.TryGetValue(key, out _))
                {
                    found++;
                }
            }
        }

        return found;
    }
}
