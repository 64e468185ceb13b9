using System.Collections;
using Xunit;
using static Veltrix.Tests.Sources.ConfigData;

namespace Veltrix.Tests.Sources;

public sealed class EnvironmentVariablesSourceTests
{
    [Fact]
    public void Load_Prefix_SelectsAndStripsCaseInsensitively()
    {
        var builder = Load(Source("APP_", new() { ["APP_Name"] = "api", ["app_Mode"] = "x", ["OTHER"] = "no", ["APPX"] = "no" }));

        AssertNoErrors(builder);
        Assert.Equal(new Dictionary<string, string?> { ["Name"] = "api", ["Mode"] = "x" }, Values(builder));
    }

    [Fact]
    public void Load_VariableNamedExactlyThePrefix_IsSkipped()
    {
        var builder = Load(Source("APP_", new() { ["APP_"] = "x" }));

        AssertNoErrors(builder);
        Assert.False(builder.Root.HasChildren);
    }

    [Fact]
    public void Load_NoPrefix_ReadsEveryVariable()
    {
        var builder = Load(Source(null, new() { ["A"] = "1", ["B__C"] = "2" }));

        Assert.Equal(new Dictionary<string, string?> { ["A"] = "1", ["B:C"] = "2" }, Values(builder));
    }

    [Fact]
    public void Load_DoubleUnderscore_SeparatesSections()
    {
        var builder = Load(Source("APP_", new() { ["APP_Server__Cache__MaxEntries"] = "10", ["APP_Server__Hosts__0"] = "a" }));

        Assert.Equal(new Dictionary<string, string?> { ["Server:Cache:MaxEntries"] = "10", ["Server:Hosts:0"] = "a" }, Values(builder));
    }

    [Fact]
    public void Load_Origin_NamesTheVariable()
    {
        var builder = Load(Source("APP_", new() { ["APP_Server__Port"] = "80" }));

        Assert.Equal(new ConfigOrigin("environment variable APP_Server__Port"), Node(builder, "Server:Port").Origin);
    }

    [Fact]
    public void Load_Values_AreLiteral()
    {
        var builder = Load(Source(null, new() { ["A"] = "%PATH% $HOME ${x}", ["B"] = null }));

        Assert.Equal("%PATH% $HOME ${x}", Values(builder)["A"]);
        Assert.Equal("", Values(builder)["B"]);
    }

    [Fact]
    public void Load_NamesDifferingOnlyInCase_ReportDuplicateInOrdinalOrder()
    {
        var error = SingleError(Load(Source("APP_", new() { ["app_x"] = "2", ["APP_X"] = "1" })));

        Assert.Equal("DuplicateKey", error.Rule);
        Assert.Equal(new ConfigOrigin("environment variable app_x"), error.Origin);
        Assert.Contains("first at environment variable APP_X, again at environment variable app_x", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Name_DescribesThePrefix()
    {
        Assert.Equal("environment variables", Source(null, []).Name);
        Assert.Equal("environment variables with prefix 'APP_'", Source("APP_", []).Name);
        Assert.Equal("APP_", Source("APP_", []).Prefix);
        Assert.Equal("", Source(null, []).Prefix);
    }

    [Fact]
    public void Load_ProcessEnvironment_IsRead()
    {
        var prefix = "VELTRIX_TEST_" + Guid.NewGuid().ToString("N") + "_";
        Environment.SetEnvironmentVariable(prefix + "Section__Key", "value");
        try
        {
            var builder = Load(new EnvironmentVariablesSource(prefix));

            Assert.Equal(new Dictionary<string, string?> { ["Section:Key"] = "value" }, Values(builder));
        }
        finally
        {
            Environment.SetEnvironmentVariable(prefix + "Section__Key", null);
        }
    }

    private static EnvironmentVariablesSource Source(string? prefix, Dictionary<string, string?> variables)
        => new(prefix, () => new Hashtable(variables));
}
