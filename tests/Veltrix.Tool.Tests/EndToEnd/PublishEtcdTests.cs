using Veltrix.Etcd.Tests.Infrastructure;
using Veltrix.Tool.Tests.Infrastructure;

namespace Veltrix.Tool.Tests.EndToEnd;

/// <summary>
/// <c>veltrix publish-etcd</c> against a real etcd on loopback: a valid file is published in one transaction and
/// read back (with <c>explain --etcd</c>, which names each key's revision); an invalid one writes nothing.
/// </summary>
[Collection(ToolTestGroup.Name)]
public sealed class PublishEtcdTests(ToolFixture tool, EtcdServer etcd) : IClassFixture<EtcdServer>
{
    private readonly EtcdServer _etcd = etcd;

    [EtcdFact]
    public void ValidFile_PublishedOnceThenUpToDate_ReadBackWithRevisions()
    {
        var endpoint = _etcd.ClientUrl.ToString().TrimEnd('/');
        var file = Path.Combine(tool.SampleDirectory, "appsettings.json");
        var first = tool.Veltrix("publish-etcd", tool.SampleAssembly, file, "--endpoints", endpoint, "--prefix", "/orders").Expect(0);
        Assert.Matches(@"revision \d+, 15 key\(s\) written, 0 deleted", first.Output);
        Assert.Contains("already up to date", tool.Veltrix("publish-etcd", tool.SampleAssembly, file, "--endpoints", endpoint, "--prefix", "/orders").Expect(0).Output, StringComparison.Ordinal);

        var explain = tool.Veltrix("explain", tool.SampleAssembly, "Server:Cache:MaxEntries", "--etcd", endpoint, "--etcd-prefix", "/orders").Expect(0);
        Assert.Matches(@"Server:Cache:MaxEntries = 50000 \(int\) from etcd key /orders/Server/Cache/MaxEntries \(revision \d+\)", explain.Output);
    }

    [EtcdFact]
    public void InvalidFile_ExitOneAndNothingWritten()
    {
        var endpoint = _etcd.ClientUrl.ToString().TrimEnd('/');
        var file = Path.Combine(tool.NewDirectory("publish"), "bad.json");
        File.WriteAllText(file, """{ "Server": { "Name": "a", "Port": 70000 } }""");
        var run = tool.Veltrix("publish-etcd", tool.SampleAssembly, file, "--endpoints", endpoint, "--prefix", "/bad").Expect(1);
        Assert.Contains("nothing was published", run.Error, StringComparison.Ordinal);
        Assert.Contains("out of range", run.Error, StringComparison.Ordinal);

        var explain = tool.Veltrix("explain", tool.SampleAssembly, "Server:Port", "--etcd", endpoint, "--etcd-prefix", "/bad", "-f", "json").Expect(1);
        using var json = explain.Json();
        Assert.Empty(Assert.Single(json.RootElement.GetProperty("keys").EnumerateArray()).GetProperty("layers").EnumerateArray());
    }

    [Fact]
    public void Unreachable_ExitTwo()
    {
        var run = tool.Veltrix("publish-etcd", tool.SampleAssembly, Path.Combine(tool.SampleDirectory, "appsettings.json"), "--endpoints", "http://127.0.0.1:1", "--prefix", "/orders")
            .Expect(2);
        Assert.Contains("nothing was written", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingOptions_ExitTwoWithUsage()
        => Assert.Contains("--endpoints", tool.Veltrix("publish-etcd", tool.SampleAssembly, "appsettings.json").Expect(2).Error, StringComparison.Ordinal);
}
