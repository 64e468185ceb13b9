using Xunit;

namespace Veltrix.Tests.Binding;

public sealed class EnumBindingTests
{
    private static LiveConfig<ScalarConfig> Build(string key, string value)
        => VeltrixConfiguration.CreateBuilder<ScalarConfig>()
            .AddInMemoryCollection(new Dictionary<string, string?> { [key] = value })
            .Build();

    [Theory]
    [InlineData("Red", Color.Red)]
    [InlineData("red", Color.Red)]
    [InlineData("GREEN", Color.Green)]
    [InlineData("gReEn", Color.Green)]
    [InlineData("blue", Color.Blue)]
    public void Build_EnumName_BindsInAnyCase(string text, Color expected)
    {
        using var config = Build("Scalars:Mode", text);

        Assert.Equal(expected, config.Current.Mode);
    }

    [Theory]
    [InlineData("0", Color.Red)]
    [InlineData("1", Color.Green)]
    [InlineData("5", Color.Blue)]
    public void Build_EnumNumber_BindsByValue(string text, Color expected)
    {
        using var config = Build("Scalars:Mode", text);

        Assert.Equal(expected, config.Current.Mode);
    }

    [Theory]
    [InlineData("Read, Write", Permissions.Read | Permissions.Write)]
    [InlineData("read,write", Permissions.Read | Permissions.Write)]
    [InlineData("Read, Write, Execute", Permissions.Read | Permissions.Write | Permissions.Execute)]
    [InlineData("EXECUTE", Permissions.Execute)]
    [InlineData("None", Permissions.None)]
    [InlineData("3", Permissions.Read | Permissions.Write)]
    public void Build_FlagsEnum_BindsCommaListsAndNumbers(string text, Permissions expected)
    {
        using var config = Build("Scalars:Access", text);

        Assert.Equal(expected, config.Current.Access);
    }

    [Theory]
    [InlineData("Blue", Color.Blue)]
    [InlineData("1", Color.Green)]
    public void Build_NullableEnum_BindsNameOrNumber(string text, Color expected)
    {
        using var config = VeltrixConfiguration.CreateBuilder<NullableScalarConfig>()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Nullables:Mode"] = text, ["Nullables:Access"] = "write, read" })
            .Build();

        Assert.Equal(expected, config.Current.Mode);
        Assert.Equal(Permissions.Read | Permissions.Write, config.Current.Access);
    }

    [Fact]
    public void Build_UnknownEnumName_ReportsTypeErrorListingNames()
    {
        var ex = Assert.Throws<ConfigException>(() => Build("Scalars:Mode", "purple"));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(("Scalars:Mode", "Type"), (error.KeyPath, error.Rule));
        Assert.Contains("'purple'", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(Color), error.Message, StringComparison.Ordinal);
        Assert.Contains("Red, Green, Blue", error.Message, StringComparison.Ordinal);
    }
}
