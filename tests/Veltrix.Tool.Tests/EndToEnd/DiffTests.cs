using Veltrix.Tool.Tests.Infrastructure;

namespace Veltrix.Tool.Tests.EndToEnd;

/// <summary><c>veltrix diff</c>: keys whose bound values differ between two configuration sets.</summary>
[Collection(ToolTestGroup.Name)]
public sealed class DiffTests(ToolFixture tool)
{
    [Fact]
    public void SameValuesWrittenDifferently_NoDifference()
    {
        var other = Copy("same");
        var text = File.ReadAllText(Path.Combine(other, "appsettings.json"))
            .Replace("\"Port\": 8080", "\"port\": \"08080\"", StringComparison.Ordinal)
            .Replace("\"00:10:00\"", "\"0.00:10:00\"", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(other, "appsettings.json"), text);

        var run = tool.Veltrix("diff", tool.SampleAssembly, tool.SampleDirectory, other).Expect(0);
        Assert.Contains("0 key(s) differ (Veltrix.Sample.ServerConfig)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ChangedDeploy_EachBoundDifferenceWithOrigins()
    {
        var other = Copy("changed");
        File.WriteAllText(Path.Combine(other, "production.env"), "SAMPLE_Server__Workers__Count=48\nSAMPLE_Server__DatabasePassword=rotated\n");
        var setB = string.Join(',', Path.Combine(other, "appsettings.json"), Path.Combine(other, "appsettings.Production.json"), Path.Combine(other, "production.env"));
        var run = tool.Veltrix("diff", tool.SampleAssembly, tool.SampleDirectory, setB, "--env-prefix", "SAMPLE_", "--format", "json").Expect(1);

        using var json = run.Json();
        Assert.Equal(2, json.RootElement.GetProperty("count").GetInt32());
        var differences = Assert.Single(json.RootElement.GetProperty("schemas").EnumerateArray()).GetProperty("differences").EnumerateArray()
            .ToDictionary(d => d.GetProperty("key").GetString()!, d => d);
        var workers = differences["Server:Workers:Count"];
        Assert.Equal("32", workers.GetProperty("a").GetProperty("value").GetString());
        Assert.Equal("48", workers.GetProperty("b").GetProperty("value").GetString());
        Assert.Equal($"{Path.Combine(other, "production.env")}:1 (environment variable SAMPLE_Server__Workers__Count)", workers.GetProperty("b").GetProperty("origin").GetString());
        var password = differences["Server:DatabasePassword"];
        Assert.Equal("***", password.GetProperty("b").GetProperty("value").GetString());
        Assert.DoesNotContain("rotated", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void SetThatDoesNotBind_ExitTwo()
    {
        var other = Copy("broken");
        File.WriteAllText(Path.Combine(other, "appsettings.Production.json"), """{ "Server": { "Port": "abc" } }""");
        Assert.Contains("set-b does not bind", tool.Veltrix("diff", tool.SampleAssembly, tool.SampleDirectory, other).Expect(2).Error, StringComparison.Ordinal);
    }

    private string Copy(string name)
    {
        var directory = tool.NewDirectory(name);
        foreach (var file in Directory.GetFiles(tool.SampleDirectory, "appsettings*.json"))
        {
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
        }

        return directory;
    }
}
