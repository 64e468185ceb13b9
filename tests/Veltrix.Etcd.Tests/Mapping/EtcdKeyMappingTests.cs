namespace Veltrix.Etcd.Tests.Mapping;

/// <summary>The documented mapping between etcd keys and configuration key paths.</summary>
public sealed class EtcdKeyMappingTests
{
    [Theory]
    [InlineData("/app", "/app/Server/Cache/MaxEntries", "Server:Cache:MaxEntries")]
    [InlineData("/app/", "/app/Port", "Port")]
    [InlineData("/", "/Port", "Port")]
    [InlineData("/app", "/app/Hosts/0", "Hosts:0")]
    public void ToConfigKey_KeyUnderPrefix_SlashesBecomeColons(string prefix, string key, string expected)
    {
        Assert.Equal(expected, EtcdKeyMapping.ToConfigKey(prefix, key, out var problem));
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("/app/.veltrix/schema")]
    [InlineData("/application/Port")]
    [InlineData("/other/Port")]
    public void ToConfigKey_ReservedOrOutsideThePrefix_NullWithoutProblem(string key)
    {
        Assert.Null(EtcdKeyMapping.ToConfigKey("/app", key, out var problem));
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("/app/a:b")]
    [InlineData("/app/a//b")]
    [InlineData("/app/a/")]
    [InlineData("/app/")]
    public void ToConfigKey_AmbiguousKey_NullWithProblem(string key)
    {
        Assert.Null(EtcdKeyMapping.ToConfigKey("/app", key, out var problem));
        Assert.NotNull(problem);
    }

    [Fact]
    public void ToEtcdKey_RoundTripsWithToConfigKey()
    {
        var key = EtcdKeyMapping.ToEtcdKey("/app", "Server:Cache:MaxEntries");

        Assert.Equal("/app/Server/Cache/MaxEntries", key);
        Assert.Equal("Server:Cache:MaxEntries", EtcdKeyMapping.ToConfigKey("/app/", key, out _));
    }

    [Fact]
    public void RangeEnd_Prefix_IsTheNextKeyAfterEveryKeyWithThePrefix()
    {
        Assert.Equal("/app0"u8.ToArray(), EtcdKeyMapping.RangeEnd("/app/"u8.ToArray()));
        Assert.Equal(new byte[] { 0x61, 0x01 }, EtcdKeyMapping.RangeEnd([0x61, 0x00, 0xff]));
    }
}
