using Veltrix.Tool.Tests.Infrastructure;

namespace Veltrix.Tool.Tests.EndToEnd;

/// <summary><c>veltrix explain</c>: the bound value of a key and every layer that set it, secrets redacted.</summary>
[Collection(ToolTestGroup.Name)]
public sealed class ExplainTests(ToolFixture tool)
{
    [Fact]
    public void PortSetEverywhere_ArgumentWinsAndEveryLayerIsListed()
    {
        var envFile = Path.Combine(tool.NewDirectory("explain"), "production.env");
        File.WriteAllText(envFile, "SAMPLE_Server__Port=9443\n");
        var run = tool.Veltrix("explain", tool.SampleAssembly, "Server:Port", Base, Overlay, envFile, "--env-prefix", "SAMPLE_", "--set", "Server:Port=9999", "-f", "json")
            .Expect(0);

        using var json = run.Json();
        Assert.Equal("Production", json.RootElement.GetProperty("environment").GetString());
        var key = Assert.Single(json.RootElement.GetProperty("keys").EnumerateArray());
        Assert.Equal("9999", key.GetProperty("value").GetString());
        Assert.Equal("command-line argument 1", key.GetProperty("origin").GetString());
        Assert.Equal("8080", key.GetProperty("default").GetString());
        var layers = key.GetProperty("layers").EnumerateArray()
            .Select(l => (l.GetProperty("origin").GetString(), l.GetProperty("value").GetString(), l.GetProperty("status").GetString()))
            .ToList();
        Assert.Equal(
            [
                ("command-line argument 1", "9999", "effective"),
                ($"{envFile}:1 (environment variable SAMPLE_Server__Port)", "9443", "overridden"),
                ($"{Base}:6:13", "8080", "overridden"),
            ],
            layers);
    }

    [Fact]
    public void Secret_NeverPrinted()
    {
        var envFile = Path.Combine(tool.NewDirectory("explain"), "secrets.env");
        File.WriteAllText(envFile, "SAMPLE_Server__DatabasePassword=\"hunter2-from-vault\"\n");
        var run = tool.Veltrix("explain", tool.SampleAssembly, "Server", Base, Overlay, envFile, "--env-prefix", "SAMPLE_").Expect(0);

        Assert.DoesNotContain("hunter2", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("local-dev-password", run.Output, StringComparison.Ordinal);
        Assert.Contains("Server:DatabasePassword = *** (string?) from " + envFile + ":1 (environment variable SAMPLE_Server__DatabasePassword)", run.Output, StringComparison.Ordinal);
        Assert.Contains("Server:Workers:Count = 32 (int) from " + Overlay + ":", run.Output, StringComparison.Ordinal);
        Assert.Contains("Server:Cache:Ttl = 00:10:00 (TimeSpan) from " + Base + ":10:14", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ValueThatDoesNotBind_ExitOneWithTheLayersStillShown()
    {
        var run = tool.Veltrix("explain", tool.SampleAssembly, "Server:Port", Base, "--set", "Server:Port=70000").Expect(1);
        Assert.Contains("out of range", run.Output, StringComparison.Ordinal);
        Assert.Contains("set by     command-line argument 1 = 70000", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void KeyOutsideTheSchema_ExitTwo()
        => Assert.Contains("not a key of the schema", tool.Veltrix("explain", tool.SampleAssembly, "Server:Nope", Base).Expect(2).Error, StringComparison.Ordinal);

    private string Base => Path.Combine(tool.SampleDirectory, "appsettings.json");

    private string Overlay => Path.Combine(tool.SampleDirectory, "appsettings.Production.json");
}
