namespace Veltrix.Etcd.Tests.Mapping;

/// <summary>Options are checked up front, and credentials never reach a name, a string or an exception.</summary>
public sealed class EtcdSourceOptionsTests
{
    private const string Canary = "CANARY-3f1c9a";

    [Fact]
    public void Credentials_NeverInNameOrToString()
    {
        var options = new EtcdSourceOptions { Endpoints = [new Uri("https://etcd.internal:2379")], Prefix = "/app", Username = "svc", Password = Canary };
        using var source = new EtcdConfigSource(options);

        Assert.DoesNotContain(Canary, options.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Canary, source.Name, StringComparison.Ordinal);
        Assert.Contains("(auth)", source.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void EndpointWithUserInfo_Rejected_WithoutEchoingIt()
    {
        var options = new EtcdSourceOptions { Endpoints = [new Uri($"http://svc:{Canary}@127.0.0.1:2379")], Prefix = "/app" };

        var ex = Assert.Throws<ArgumentException>(options.Validate);

        Assert.DoesNotContain(Canary, ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void PasswordWithoutUser_Rejected()
        => Assert.Throws<ArgumentException>(new EtcdSourceOptions { Endpoints = [new Uri("http://127.0.0.1:2379")], Password = Canary }.Validate);

    [Theory]
    [InlineData("")]
    [InlineData("app")]
    public void PrefixWithoutLeadingSlash_Rejected(string prefix)
        => Assert.Throws<ArgumentException>(new EtcdSourceOptions { Endpoints = [new Uri("http://127.0.0.1:2379")], Prefix = prefix }.Validate);

    [Fact]
    public void NoEndpoint_Rejected()
        => Assert.Throws<ArgumentException>(new EtcdSourceOptions().Validate);
}
