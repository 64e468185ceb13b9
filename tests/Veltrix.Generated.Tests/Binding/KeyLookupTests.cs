using Xunit;

namespace Veltrix.Tests.Binding;

public sealed class KeyLookupTests
{
    private static LiveConfig<ScalarConfig> Scalars()
        => VeltrixConfiguration.CreateBuilder<ScalarConfig>().AddInMemoryCollection(TestSources.ToPairs(ScalarSamples.Flat("Scalars"))).Build();

    private static ConfigValue Lookup<T>(LiveConfig<T> config, string keyPath)
        where T : class, IVeltrixConfig<T>
    {
        Assert.True(config.TryGetValue(keyPath, out var value), $"'{keyPath}' should be found");

        // The snapshot-level lookup agrees with LiveConfig's.
        Assert.True(T.TryGetValue(config.Current, keyPath, out var direct));
        Assert.Equal(value, direct);
        return value;
    }

    [Fact]
    public void TryGetValue_EveryScalarKind_ReturnsTypedValue()
    {
        using var config = Scalars();

        Assert.True(Lookup(config, "Scalars:Enabled").AsBoolean());
        Assert.Equal((byte)200, Lookup(config, "Scalars:Tiny").AsByte());
        Assert.Equal((sbyte)-100, Lookup(config, "Scalars:Delta").AsSByte());
        Assert.Equal((short)-30000, Lookup(config, "Scalars:Small").AsInt16());
        Assert.Equal((ushort)60000, Lookup(config, "Scalars:SmallUnsigned").AsUInt16());
        Assert.Equal(123456, Lookup(config, "Scalars:Count").AsInt32());
        Assert.Equal(4_000_000_000u, Lookup(config, "Scalars:CountUnsigned").AsUInt32());
        Assert.Equal(-9_000_000_000_000L, Lookup(config, "Scalars:Big").AsInt64());
        Assert.Equal(18_000_000_000_000_000_000UL, Lookup(config, "Scalars:BigUnsigned").AsUInt64());
        Assert.Equal(Int128.MinValue, Lookup(config, "Scalars:Huge").AsInt128());
        Assert.Equal(UInt128.MaxValue, Lookup(config, "Scalars:HugeUnsigned").AsUInt128());
        Assert.Equal(1.5f, Lookup(config, "Scalars:Ratio").AsSingle());
        Assert.Equal(1234.5678, Lookup(config, "Scalars:Factor").AsDouble());
        Assert.Equal(79228.125m, Lookup(config, "Scalars:Price").AsDecimal());
        Assert.Equal('x', Lookup(config, "Scalars:Letter").AsChar());
        Assert.Equal("hello, world", Lookup(config, "Scalars:Text").AsString());
        Assert.Equal(Color.Green, Lookup(config, "Scalars:Mode").AsEnum<Color>());
        Assert.Equal(Permissions.Read | Permissions.Write, Lookup(config, "Scalars:Access").AsEnum<Permissions>());
        Assert.Equal(new TimeSpan(1, 2, 3), Lookup(config, "Scalars:Interval").AsTimeSpan());
        Assert.Equal(new DateTime(2024, 2, 29, 13, 45, 0), Lookup(config, "Scalars:Started").AsDateTime());
        Assert.Equal(new DateTimeOffset(2024, 2, 29, 13, 45, 0, TimeSpan.FromHours(2)), Lookup(config, "Scalars:Stamp").AsDateTimeOffset());
        Assert.Equal(new DateOnly(2024, 2, 29), Lookup(config, "Scalars:Day").AsDateOnly());
        Assert.Equal(new TimeOnly(13, 45, 30), Lookup(config, "Scalars:At").AsTimeOnly());
        Assert.Equal(Guid.Parse(ScalarSamples.GuidText), Lookup(config, "Scalars:Id").AsGuid());
        Assert.Equal(new Uri("https://example.com/api"), Lookup(config, "Scalars:Endpoint").AsUri());
        Assert.Equal(new Version(2, 1, 3), Lookup(config, "Scalars:Release").AsVersion());
    }

    [Theory]
    [InlineData("Enabled", ConfigValueKind.Boolean)]
    [InlineData("Tiny", ConfigValueKind.Byte)]
    [InlineData("Delta", ConfigValueKind.SByte)]
    [InlineData("Small", ConfigValueKind.Int16)]
    [InlineData("SmallUnsigned", ConfigValueKind.UInt16)]
    [InlineData("Count", ConfigValueKind.Int32)]
    [InlineData("CountUnsigned", ConfigValueKind.UInt32)]
    [InlineData("Big", ConfigValueKind.Int64)]
    [InlineData("BigUnsigned", ConfigValueKind.UInt64)]
    [InlineData("Huge", ConfigValueKind.Int128)]
    [InlineData("HugeUnsigned", ConfigValueKind.UInt128)]
    [InlineData("Ratio", ConfigValueKind.Single)]
    [InlineData("Factor", ConfigValueKind.Double)]
    [InlineData("Price", ConfigValueKind.Decimal)]
    [InlineData("Letter", ConfigValueKind.Char)]
    [InlineData("Text", ConfigValueKind.String)]
    [InlineData("Mode", ConfigValueKind.Enum)]
    [InlineData("Access", ConfigValueKind.Enum)]
    [InlineData("Interval", ConfigValueKind.TimeSpan)]
    [InlineData("Started", ConfigValueKind.DateTime)]
    [InlineData("Stamp", ConfigValueKind.DateTimeOffset)]
    [InlineData("Day", ConfigValueKind.DateOnly)]
    [InlineData("At", ConfigValueKind.TimeOnly)]
    [InlineData("Id", ConfigValueKind.Guid)]
    [InlineData("Endpoint", ConfigValueKind.Uri)]
    [InlineData("Release", ConfigValueKind.Version)]
    public void TryGetValue_KeyInAnyCase_FindsSameKindAndValue(string member, ConfigValueKind kind)
    {
        using var config = Scalars();
        var exact = Lookup(config, "Scalars:" + member);

        Assert.Equal(kind, exact.Kind);
        Assert.False(exact.IsSecret);
        Assert.Equal(exact, Lookup(config, ("Scalars:" + member).ToUpperInvariant()));
        Assert.Equal(exact, Lookup(config, ("Scalars:" + member).ToLowerInvariant()));
    }

    [Fact]
    public void TryGetValue_EnumValue_CarriesEnumTypeAndPrintsName()
    {
        using var config = Scalars();

        var mode = Lookup(config, "scalars:mode");

        Assert.Equal(typeof(Color), mode.EnumType);
        Assert.Equal(Color.Green, mode.Get<Color>());
        Assert.Equal("Green", mode.ToString());
    }

    [Fact]
    public void TryGetValue_GenericGet_ReturnsValueOfItsOwnType()
    {
        using var config = Scalars();

        Assert.Equal(123456, Lookup(config, "Scalars:Count").Get<int>());
        Assert.Equal(123456, Lookup(config, "Scalars:Count").Get<int?>());
        Assert.Equal(new TimeSpan(1, 2, 3), Lookup(config, "Scalars:Interval").Get<TimeSpan>());
        Assert.Equal("hello, world", Lookup(config, "Scalars:Text").Get<string>());
        Assert.False(Lookup(config, "Scalars:Count").TryGet<long>(out _));
    }

    [Fact]
    public void TryGetValue_NullableMembers_NullWhenUnsetAndTypedWhenSet()
    {
        using var config = VeltrixConfiguration.CreateBuilder<NullableScalarConfig>()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Nullables:Count"] = "5", ["Nullables:Mode"] = "blue" })
            .Build();

        var count = Lookup(config, "Nullables:Count");
        Assert.Equal(ConfigValueKind.Int32, count.Kind);
        Assert.Equal(5, count.AsInt32());
        Assert.Equal(Color.Blue, Lookup(config, "Nullables:Mode").AsEnum<Color>());

        foreach (var member in new[] { "Enabled", "Huge", "Price", "Text", "Interval", "Stamp", "Id", "Endpoint", "Release", "Access" })
        {
            Assert.True(Lookup(config, "Nullables:" + member).IsNull, member);
        }
    }

    [Fact]
    public void TryGetValue_NestedSections_FindsValuesAndSectionObjects()
    {
        using var config = VeltrixConfiguration.CreateBuilder<NestedConfig>()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Nested:Cache:MaxEntries"] = "250",
                ["Nested:Cache:Eviction:Policy"] = "lfu",
                ["Nested:Retry:Attempts"] = "4",
                ["Nested:Bounds:Max"] = "12",
            })
            .Build();
        var c = config.Current;

        Assert.Equal(250, Lookup(config, "nested:cache:maxentries").AsInt32());
        Assert.Equal(TimeSpan.FromMinutes(5), Lookup(config, "Nested:Cache:Ttl").AsTimeSpan());
        Assert.Equal("lfu", Lookup(config, "NESTED:CACHE:EVICTION:POLICY").AsString());
        Assert.Equal(4, Lookup(config, "Nested:Retry:Attempts").AsInt32());
        Assert.Equal("linear", Lookup(config, "Nested:Retry:Strategy").AsString());
        Assert.True(Lookup(config, "Nested:Retry:Delay").IsNull);
        Assert.Equal(12, Lookup(config, "Nested:Bounds:Max").AsInt32());

        var cache = Lookup(config, "Nested:Cache");
        Assert.Equal(ConfigValueKind.Section, cache.Kind);
        Assert.Same(c.Cache, cache.AsSection());
        Assert.Same(c.Cache.Eviction, Lookup(config, "nested:Cache:eviction").AsSection());
        Assert.Same(c.Retry, Lookup(config, "Nested:Retry").AsSection());
    }

    [Fact]
    public void TryGetValue_Collections_FindsElementsEntriesAndCollections()
    {
        using var config = VeltrixConfiguration.CreateBuilder<CollectionsConfig>()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Lists:Numbers:0"] = "7",
                ["Lists:Numbers:1"] = "8",
                ["Lists:Hosts:0"] = "a",
                ["Lists:Hosts:1"] = "b",
                ["Lists:Names:0"] = "n",
                ["Lists:Ports:0"] = "443",
                ["Lists:Tags:0"] = "t",
                ["Lists:Endpoints:0:Address"] = "e0",
                ["Lists:Endpoints:1:Address"] = "e1",
                ["Lists:Endpoints:1:Weight"] = "9",
                ["Lists:EndpointImmutable:0:Address"] = "i0",
                ["Lists:Limits:MaxConn"] = "10",
                ["Lists:Labels:Team"] = "core",
                ["Lists:Backends:Primary:Address"] = "p",
            })
            .Build();
        var c = config.Current;

        Assert.Equal(8, Lookup(config, "Lists:Numbers:1").AsInt32());
        Assert.Equal("b", Lookup(config, "lists:HOSTS:1").AsString());
        Assert.Equal("n", Lookup(config, "Lists:Names:0").AsString());
        Assert.Equal(443, Lookup(config, "Lists:Ports:0").AsInt32());
        Assert.Equal("t", Lookup(config, "Lists:Tags:0").AsString());
        Assert.Equal("e0", Lookup(config, "Lists:Endpoints:0:Address").AsString());
        Assert.Equal(9, Lookup(config, "LISTS:ENDPOINTS:1:WEIGHT").AsInt32());
        Assert.Same(c.Endpoints[1], Lookup(config, "Lists:Endpoints:1").AsSection());
        Assert.Equal("i0", Lookup(config, "Lists:EndpointImmutable:0:Address").AsString());
        Assert.Equal(10, Lookup(config, "Lists:Limits:maxconn").AsInt32());
        Assert.Equal(10, Lookup(config, "Lists:Limits:MaxConn").AsInt32());
        Assert.Equal("core", Lookup(config, "lists:labels:TEAM").AsString());
        Assert.Equal("p", Lookup(config, "Lists:Backends:PRIMARY:Address").AsString());
        Assert.Equal(1, Lookup(config, "Lists:Backends:primary:Weight").AsInt32());

        var hosts = Lookup(config, "Lists:Hosts");
        Assert.Equal(ConfigValueKind.Collection, hosts.Kind);
        Assert.Same(c.Hosts, hosts.AsCollection());
        Assert.Same(c.Limits, Lookup(config, "Lists:Limits").AsCollection());
    }

    [Theory]
    [InlineData("")]
    [InlineData("Scalars:")]
    [InlineData("Scalars:Nope")]
    [InlineData("Scalars:Count:Extra")]
    [InlineData("Other:Count")]
    [InlineData("Count")]
    [InlineData("Scalars:Count ")]
    [InlineData("Scalars::Count")]
    [InlineData("ScalarsCount")]
    public void TryGetValue_UnknownScalarKey_ReturnsFalse(string keyPath)
    {
        using var config = Scalars();

        Assert.False(config.TryGetValue(keyPath, out var value));
        Assert.Equal(default, value);
    }

    [Theory]
    [InlineData("Lists:Hosts:2")]
    [InlineData("Lists:Hosts:-1")]
    [InlineData("Lists:Hosts:x")]
    [InlineData("Lists:Hosts:")]
    [InlineData("Lists:Endpoints:5:Address")]
    [InlineData("Lists:Endpoints:0:Nope")]
    [InlineData("Lists:Limits:missing")]
    [InlineData("Lists:Backends:missing:Address")]
    [InlineData("Lists:Backends:primary:Nope")]
    public void TryGetValue_MissingElementOrEntry_ReturnsFalse(string keyPath)
    {
        using var config = VeltrixConfiguration.CreateBuilder<CollectionsConfig>()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Lists:Hosts:0"] = "a",
                ["Lists:Hosts:1"] = "b",
                ["Lists:Endpoints:0:Address"] = "e0",
                ["Lists:Limits:MaxConn"] = "10",
                ["Lists:Backends:Primary:Address"] = "p",
            })
            .Build();

        Assert.False(config.TryGetValue(keyPath, out _));
    }
}
