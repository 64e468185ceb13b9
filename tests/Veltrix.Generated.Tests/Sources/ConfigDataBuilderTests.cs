using Xunit;
using static Veltrix.Tests.Sources.ConfigData;

namespace Veltrix.Tests.Sources;

public sealed class ConfigDataBuilderTests
{
    private static readonly ConfigOrigin First = new("first.json", 1, 2);
    private static readonly ConfigOrigin Second = new("second.json", 3, 4);

    [Fact]
    public void BeginSource_AdvancesIndexAndName()
    {
        var builder = new ConfigDataBuilder();
        Assert.Equal(-1, builder.SourceIndex);

        builder.BeginSource("a");
        builder.BeginSource("b");

        Assert.Equal(1, builder.SourceIndex);
        Assert.Equal("b", builder.SourceName);
        Assert.Same(ConfigLimits.Default, builder.Limits);
    }

    [Fact]
    public void Set_LaterSource_OverridesKeyByKey()
    {
        var builder = new ConfigDataBuilder();
        builder.BeginSource("first");
        builder.Set("Server:Port", "80", First);
        builder.Set("Server:Name", "api", First);
        builder.BeginSource("second");
        builder.Set("server:port", "8080", Second);

        AssertNoErrors(builder);
        Assert.Equal(new Dictionary<string, string?> { ["Server:Port"] = "8080", ["Server:Name"] = "api" }, Values(builder));
        Assert.Equal(Second, Node(builder, "Server:Port").Origin);
        Assert.Equal(First, Node(builder, "Server:Name").Origin);
        Assert.Equal(1, Node(builder, "Server:Port").SourceIndex);
    }

    [Fact]
    public void Set_LaterSourceExplicitNull_OverridesAValue()
    {
        var builder = new ConfigDataBuilder();
        builder.BeginSource("first");
        builder.Set("a", "1", First);
        builder.BeginSource("second");
        builder.Set("a", null, Second);

        AssertNoErrors(builder);
        Assert.True(Node(builder, "a").IsNull);
    }

    [Fact]
    public void SetEmptyContainer_LaterSource_ReplacesAnEarlierValue()
    {
        var builder = new ConfigDataBuilder();
        builder.BeginSource("first");
        builder.Set("Hosts", "x", First);
        builder.BeginSource("second");

        Assert.True(builder.SetEmptyContainer("Hosts", Second));

        var node = Node(builder, "Hosts");
        Assert.True(node.IsEmptyContainer);
        Assert.False(node.HasValue);
        Assert.Equal(Second, node.Origin);
    }

    [Fact]
    public void Set_SameKeyTwiceInOneSource_IsRejectedWithBothOrigins()
    {
        var builder = new ConfigDataBuilder();
        builder.BeginSource("settings");
        Assert.True(builder.Set("Server:Port", "80", First));

        Assert.False(builder.Set("SERVER:PORT", "81", Second));

        var error = SingleError(builder);
        Assert.Equal("DuplicateKey", error.Rule);
        Assert.Equal("Server:Port", error.KeyPath);
        Assert.Equal(Second, error.Origin);
        Assert.Contains("first at first.json:1:2, again at second.json:3:4", error.Message, StringComparison.Ordinal);
        Assert.Equal("80", Values(builder)["Server:Port"]);
    }

    [Fact]
    public void Set_ValueThenChildrenInOneSource_IsRejected()
    {
        var builder = new ConfigDataBuilder();
        builder.BeginSource("settings");
        builder.Set("a", "1", First);

        Assert.False(builder.Set("a:b", "2", Second));
        Assert.Equal("DuplicateKey", SingleError(builder).Rule);
    }

    [Fact]
    public void Set_ChildrenThenValueInOneSource_IsRejected()
    {
        var builder = new ConfigDataBuilder();
        builder.BeginSource("settings");
        builder.Set("a:b", "1", First);

        Assert.False(builder.Set("a", "2", Second));
        Assert.Equal("DuplicateKey", SingleError(builder).Rule);
    }

    [Fact]
    public void SetEmptyContainer_AfterAValueInOneSource_IsRejected()
    {
        var builder = new ConfigDataBuilder();
        builder.BeginSource("settings");
        builder.Set("a", "1", First);

        Assert.False(builder.SetEmptyContainer("a", Second));
        Assert.Equal("DuplicateKey", SingleError(builder).Rule);
    }

    [Fact]
    public void Set_ValueAndChildrenFromDifferentSources_AreAllowed()
    {
        var builder = new ConfigDataBuilder();
        builder.BeginSource("first");
        builder.Set("a", "1", First);
        builder.BeginSource("second");
        builder.Set("a:b", "2", Second);

        AssertNoErrors(builder);
    }

    [Theory]
    [InlineData("")]
    [InlineData(":a")]
    [InlineData("a:")]
    [InlineData("a::b")]
    public void Set_KeyWithEmptySegment_IsRejected(string key)
    {
        var builder = new ConfigDataBuilder();
        builder.BeginSource("settings");

        Assert.False(builder.Set(key, "1", First));

        var error = SingleError(builder);
        Assert.Equal("Key", error.Rule);
        Assert.Equal(key, error.KeyPath);
        Assert.Equal(First, error.Origin);
    }

    [Fact]
    public void Set_KeyDeeperThanMaxDepth_ReportsLimit()
    {
        var builder = new ConfigDataBuilder(new ConfigLimits { MaxDepth = 2 });
        builder.BeginSource("settings");

        Assert.True(builder.Set("a:b", "1", First));
        Assert.False(builder.Set("a:c:d", "1", Second));

        var error = SingleError(builder);
        Assert.Equal("Limit", error.Rule);
        Assert.Contains("ConfigLimits.MaxDepth", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Set_MoreKeysThanMaxKeys_ReportsLimitOnce()
    {
        var builder = new ConfigDataBuilder(new ConfigLimits { MaxKeys = 2 });
        builder.BeginSource("settings");

        Assert.True(builder.Set("a", "1", First));
        Assert.True(builder.SetEmptyContainer("b", First));
        Assert.False(builder.Set("c", "1", First));
        Assert.False(builder.Set("d", "1", First));

        var error = SingleError(builder);
        Assert.Equal("Limit", error.Rule);
        Assert.Contains("ConfigLimits.MaxKeys", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Set_KeyLongerThanMaxKeyLength_ReportsLimit()
    {
        var builder = new ConfigDataBuilder(new ConfigLimits { MaxKeyLength = 5 });
        builder.BeginSource("settings");

        Assert.True(builder.Set("abcde", "1", First));
        Assert.False(builder.Set("abcdef", "1", First));

        var error = SingleError(builder);
        Assert.Equal("Limit", error.Rule);
        Assert.Contains("ConfigLimits.MaxKeyLength", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Set_ValueLongerThanMaxValueLength_ReportsLimitWithoutTheValue()
    {
        var builder = new ConfigDataBuilder(new ConfigLimits { MaxValueLength = 4 });
        builder.BeginSource("settings");

        Assert.True(builder.Set("a", "1234", First));
        Assert.False(builder.Set("b", "hunter2", First));

        var error = SingleError(builder);
        Assert.Equal("Limit", error.Rule);
        Assert.Equal("b", error.KeyPath);
        Assert.Contains("ConfigLimits.MaxValueLength", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NonPositiveLimit_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConfigDataBuilder(new ConfigLimits { MaxKeys = 0 }));
    }

    [Fact]
    public void AddError_CollectsEveryProblem()
    {
        var builder = new ConfigDataBuilder();
        builder.AddError(new ConfigError("a", "one", First, "Range"));
        builder.AddError(new ConfigError("b", "two", Second, "Type"));

        Assert.True(builder.HasErrors);
        Assert.Equal(["Range", "Type"], builder.Errors.Select(e => e.Rule));
    }

    [Fact]
    public void GetChild_ManyChildren_FindsEachIgnoringCaseAsTheSectionGrows()
    {
        var builder = new ConfigDataBuilder();
        builder.BeginSource("first");
        for (var i = 0; i < 100; i++)
        {
            builder.Set($"Section:Key{i}", i.ToString(System.Globalization.CultureInfo.InvariantCulture), First);

            // Every size the index passes through (none, then 16, 32, 64 and 256 slots) must find every earlier key.
            var section = Node(builder, "Section");
            for (var j = 0; j <= i; j++)
            {
                Assert.Equal($"Key{j}", section.GetChild($"KEY{j}")?.Key);
            }

            Assert.Null(section.GetChild($"Key{i + 1}"));
        }

        AssertNoErrors(builder);
        Assert.Equal(100, Node(builder, "Section").Children.Count);
    }

    [Fact]
    public void Set_LaterNullOverManyChildren_KeepsTheLaterSourcesChildrenFindable()
    {
        var builder = new ConfigDataBuilder();
        builder.BeginSource("first");
        for (var i = 0; i < 20; i++)
        {
            builder.Set($"Section:Key{i}", "1", First);
        }

        // The second source sets two keys, then nulls the section: the first source's 20 keys go, its own two stay.
        builder.BeginSource("second");
        builder.Set("Section:Key7", "2", Second);
        builder.Set("Section:Key12", "2", Second);
        builder.Set("Section", null, Second);
        builder.BeginSource("third");
        for (var i = 30; i < 50; i++)
        {
            builder.Set($"Section:Key{i}", "3", Second);
        }

        AssertNoErrors(builder);
        var section = Node(builder, "Section");
        Assert.Equal(22, section.Children.Count);
        Assert.Equal("2", section.GetChild("key12")?.Value);
        Assert.Equal("2", section.GetChild("KEY7")?.Value);
        Assert.Equal("3", section.GetChild("key49")?.Value);
        Assert.Null(section.GetChild("Key0"));
        Assert.Null(section.GetChild("Key19"));
    }

    [Fact]
    public void Set_KeySpelledAsInSchema_SharesTheSchemasStringAcrossLoadsAndKeepsOtherSpellingsAsWritten()
    {
        var schema = SchemaOf<Binding.ScalarConfig>();
        var (first, second) = (Load(), Load());

        // Each load of a known key takes the schema's one string for it instead of allocating its own copy.
        Assert.Same(Node(first, "Scalars:Tiny").Key, Node(second, "Scalars:Tiny").Key);
        Assert.Same(Node(first, "Scalars").Key, Node(second, "Scalars").Key);
        Assert.Equal("Tiny", Node(first, "Scalars:Tiny").Key);

        // A spelling that differs in case is the source's own, as written, because messages quote it.
        Assert.NotSame(Node(first, "Scalars:Delta").Key, Node(second, "Scalars:Delta").Key);
        Assert.Equal("DELTA", Node(first, "Scalars:Delta").Key);
        Assert.Equal("Scalars:DELTA", Node(first, "Scalars:Delta").Path);

        ConfigDataBuilder Load()
        {
            var builder = new ConfigDataBuilder(null, schema);
            builder.BeginSource("first");
            builder.Set("Scalars:Tiny", "1", First);
            builder.Set("scalars:DELTA", "2", First);
            AssertNoErrors(builder);
            return builder;
        }
    }

    private static ConfigSchema SchemaOf<T>()
        where T : class, IVeltrixConfig<T> => T.Schema;
}
