using Xunit;
using static Veltrix.Tests.Sources.ConfigData;

namespace Veltrix.Tests.Sources;

public sealed class MemoryConfigSourceTests
{
    [Fact]
    public void Load_Values_SetKeysWithOrigins()
    {
        var builder = Load(new MemoryConfigSource([new("Server:Port", "80"), new("Name", "api")]));

        AssertNoErrors(builder);
        Assert.Equal(new Dictionary<string, string?> { ["Server:Port"] = "80", ["Name"] = "api" }, Values(builder));
        Assert.Equal(new ConfigOrigin("in-memory 'Server:Port'"), Node(builder, "Server:Port").Origin);
    }

    [Fact]
    public void Load_NullValue_IsExplicitNull()
    {
        var builder = Load(new MemoryConfigSource([new("a", null)]));

        Assert.True(Node(builder, "a").IsNull);
    }

    [Fact]
    public void Load_CustomName_NamesOrigins()
    {
        var source = new MemoryConfigSource([new("a", "1")], "defaults");

        Assert.Equal("defaults", source.Name);
        Assert.Equal(new ConfigOrigin("defaults 'a'"), Node(Load(source), "a").Origin);
        Assert.Equal("in-memory", new MemoryConfigSource([]).Name);
    }

    [Fact]
    public void Constructor_CopiesTheValues()
    {
        var values = new List<KeyValuePair<string, string?>> { new("a", "1") };
        var source = new MemoryConfigSource(values);

        values[0] = new("a", "2");
        values.Add(new("b", "3"));

        Assert.Equal(new Dictionary<string, string?> { ["a"] = "1" }, Values(Load(source)));
    }

    [Fact]
    public void Load_SameKeyIgnoringCase_ReportsDuplicate()
    {
        var error = SingleError(Load(new MemoryConfigSource([new("a", "1"), new("A", "2")])));

        Assert.Equal("DuplicateKey", error.Rule);
        Assert.Contains("first at in-memory 'a', again at in-memory 'A'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new MemoryConfigSource(null!));
        Assert.Throws<ArgumentNullException>(() => new MemoryConfigSource([], null!));
    }
}
