using System.Collections;
using Veltrix.Tests.Binding;

namespace Veltrix.Tests.Hostile;

/// <summary>
/// R24: nothing in a value is interpreted — no variable expansion, no lookups, no includes — in any source, and the
/// order sources override each other is the order they were added.
/// </summary>
public sealed class NoInterpolationTests : IDisposable
{
    private readonly Binding.TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string> Lookalikes => [.. HostileGens.InterpolationLookalikes];

    [Theory]
    [MemberData(nameof(Lookalikes))]
    public void Value_LooksLikeInterpolationOrInclude_StaysLiteralInEverySource(string value)
    {
        var values = new Dictionary<string, string> { ["Hostile:Name"] = value, ["Hostile:Hosts:0"] = value, ["Hostile:Password"] = value };
        foreach (var kind in Enum.GetValues<SourceKind>())
        {
            using var config = VeltrixConfiguration.CreateBuilder<HostileConfig>().Add(kind, values, _temp).Build();

            Assert.Equal((value, value, value), (config.Current.Name, config.Current.Hosts[0], config.Current.Password));
        }
    }

    [Fact]
    public void Environment_OnlyPrefixedVariables_AreRead()
    {
        var table = new Hashtable
        {
            ["APP_Hostile__Name"] = "prefixed",
            ["APPX_Hostile__Port"] = "1",
            ["Hostile__Port"] = "2",
            ["XAPP_Hostile__Ratio"] = "3",
            ["PATH"] = "/usr/bin",
        };

        using var config = VeltrixConfiguration.CreateBuilder<HostileConfig>().AddSource(new EnvironmentVariablesSource("APP_", () => table)).Build();

        Assert.Equal(("prefixed", 8080, 0.5), (config.Current.Name, config.Current.Port, config.Current.Ratio));
    }

    [Fact]
    public void Sources_SameKeyInEach_LaterSourceWinsAndOriginSaysWhich()
    {
        var baseFile = _temp.Write("appsettings.json", """{"Hostile": {"Name": "base", "Port": 1, "Ratio": 1, "Timeout": "00:00:01"}}""");
        var overlay = _temp.Write("appsettings.Production.json", """{"Hostile": {"Name": "overlay", "Port": 2, "Ratio": 2}}""");
        var environment = new Hashtable { ["APP_Hostile__Name"] = "environment", ["APP_Hostile__Port"] = "3" };

        using var config = VeltrixConfiguration.CreateBuilder<HostileConfig>()
            .AddJsonFile(baseFile)
            .AddJsonFile(overlay)
            .AddSource(new EnvironmentVariablesSource("APP_", () => environment))
            .AddCommandLine(["--Hostile:Name=command line"])
            .Build();

        var c = config.Current;
        Assert.Equal(("command line", 3, 2.0, TimeSpan.FromSeconds(1)), (c.Name, c.Port, c.Ratio, c.Timeout));
        Assert.Equal("command-line argument 1", config.GetOrigin("Hostile:Name").Source);
        Assert.Equal("environment variable APP_Hostile__Port", config.GetOrigin("Hostile:Port").Source);
        Assert.Equal(overlay, config.GetOrigin("Hostile:Ratio").Source);
        Assert.Equal(baseFile, config.GetOrigin("Hostile:Timeout").Source);
    }
}
