using Veltrix.Tests.Infrastructure;
using Xunit;

namespace Veltrix.Tests.Allocation;

/// <summary>
/// Lookup in a 170-key schema of nested sections, through its one key table: every key is found in any
/// ASCII case, characters outside ASCII decide exactly as <see cref="StringComparison.OrdinalIgnoreCase"/> does, and
/// nothing is allocated.
/// </summary>
// Serial, as the reload gates: another test's metrics listener can run callbacks on a measuring thread, and a loaded
// parallel run once showed a lookup gate bytes that it does not allocate when run alone.
[Collection(SerialTests.Name)]
public sealed class WideLookupTests
{
    private const int Rounds = 10_000;

    private static LiveConfig<Wide170Config> Build()
        => VeltrixConfiguration.CreateBuilder<Wide170Config>()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Wide:Mail:Quota"] = "99", ["Wide:Db:Kelvin"] = "7" })
            .Build();

    [Fact]
    public void TryGetValue_EveryKeyInThreeCases_FindsItsValue()
    {
        using var config = Build();
        var valueKeys = config.Schema.Keys.Where(static k => k.Kind == ConfigKeyKind.Value).ToArray();
        Assert.Equal(160, valueKeys.Length);

        foreach (var key in valueKeys)
        {
            var expected = key.Path switch
            {
                "Wide:Mail:Quota" => 99,
                "Wide:Db:Kelvin" => 7,
                _ => int.Parse(key.DefaultValue!, System.Globalization.CultureInfo.InvariantCulture),
            };
            foreach (var spelling in new[] { key.Path, key.Path.ToUpperInvariant(), key.Path.ToLowerInvariant() })
            {
                Assert.True(config.TryGetValue(spelling, out var value), spelling);
                Assert.Equal(expected, value.AsInt32());
            }
        }

        Assert.True(config.TryGetValue("wide:mail", out var section));
        Assert.Same(config.Current.Mail, section.AsSection());
    }

    [Theory]
    [InlineData("Wide:Mail:Quota2")]
    [InlineData("Wide:Mail:")]
    [InlineData("Wide:Mail:Quot")]
    [InlineData("Wide:Mails:Quota")]
    [InlineData("Wide:Mail:Quota:1")]
    [InlineData("Wide::Quota")]
    [InlineData("Wide:Mail;Quota")]
    [InlineData("Wide:")]
    [InlineData("Wide")]
    [InlineData(":Mail:Quota")]
    public void TryGetValue_NearMisses_AreNotFound(string keyPath)
    {
        using var config = Build();

        Assert.Equal(keyPath == "Wide", config.TryGetValue(keyPath, out _));
    }

    [Theory]
    [InlineData("Wide:Db:\u212Aelvin")] // KELVIN SIGN, whose lower case is 'k'
    [InlineData("Wide:Db:Ke\u0131vin")] // dotless i in place of 'l': not a case of it
    [InlineData("Wide:Db:KELV\u0130N")] // dotted capital I
    [InlineData("W\u0131de:Db:Kelvin")] // dotless i in the section prefix
    [InlineData("Wide:D\u00DF:Kelvin")] // sharp s
    public void TryGetValue_CharactersOutsideAscii_MatchOrdinalIgnoreCase(string keyPath)
    {
        using var config = Build();
        var expected = string.Equals(keyPath, "Wide:Db:Kelvin", StringComparison.OrdinalIgnoreCase);

        Assert.Equal(expected, config.TryGetValue(keyPath, out var value));
        if (expected)
        {
            Assert.Equal(7, value.AsInt32());
        }
    }

    [Fact]
    public void TryGetValue_EveryKey10000Rounds_AllocatesNothing()
    {
        using var config = Build();
        var keys = config.Schema.Keys.Where(static k => k.Kind == ConfigKeyKind.Value).Select(static (k, i) => i % 2 == 0 ? k.Path : k.Path.ToUpperInvariant()).ToArray();

        // Warm-up: the measured loop once, so that JIT tiering and first-call work happen before measuring.
        var expected = LookUpAll(config, keys);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var sum = LookUpAll(config, keys);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(expected, sum);
    }

    private static long LookUpAll(LiveConfig<Wide170Config> config, string[] keys)
    {
        long sum = 0;
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var key in keys)
            {
                sum += config.TryGetValue(key, out var value) ? value.AsInt32() : -1_000_000;
            }
        }

        return sum;
    }
}
