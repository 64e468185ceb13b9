using Veltrix.Tests.Infrastructure;
using Xunit;

namespace Veltrix.Tests.Sources;

/// <summary>
/// Editors read a JSON Schema address from a top-level <c>"$schema"</c> key; pointing appsettings.json at the
/// generated schema must not change what binds, even for a schema bound from the root of the configuration.
/// </summary>
public sealed class SchemaPointerTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Build_RootSectionSchemaWithSchemaPointer_BindsAndIgnoresIt()
    {
        var path = _temp.Combine("appsettings.json");
        File.WriteAllText(path, """{ "$schema": "./RootSectionConfig.schema.json", "Port": 8080 }""");

        using var config = VeltrixConfiguration.CreateBuilder<RootSectionConfig>().AddJsonFile(path, optional: false).Build();

        Assert.Equal(8080, config.Current.Port);
        Assert.True(config.TryGetValue("Port", out _));
        Assert.False(config.TryGetValue("$schema", out _));
    }
}
