using System.Globalization;
using Xunit;

namespace Veltrix.Tests.Binding;

public sealed class ScalarBindingTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(SourceKind.Json)]
    [InlineData(SourceKind.EnvironmentVariables)]
    [InlineData(SourceKind.CommandLine)]
    [InlineData(SourceKind.InMemory)]
    public void Build_EveryScalarTypeFromSource_BindsEachValue(SourceKind kind)
    {
        using var config = VeltrixConfiguration.CreateBuilder<ScalarConfig>()
            .Add(kind, ScalarSamples.Flat("Scalars"), _temp)
            .Build();

        ScalarSamples.AssertBound(config.Current);
    }

    [Theory]
    [InlineData(SourceKind.Json)]
    [InlineData(SourceKind.EnvironmentVariables)]
    [InlineData(SourceKind.CommandLine)]
    [InlineData(SourceKind.InMemory)]
    public void Build_EveryNullableScalarTypeFromSource_BindsEachValue(SourceKind kind)
    {
        using var config = VeltrixConfiguration.CreateBuilder<NullableScalarConfig>()
            .Add(kind, ScalarSamples.Flat("Nullables"), _temp)
            .Build();

        ScalarSamples.AssertBound(config.Current);
    }

    [Fact]
    public void Build_NullableScalarsAbsent_AreNull()
    {
        using var config = VeltrixConfiguration.CreateBuilder<NullableScalarConfig>()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Other:Key"] = "1" })
            .Build();

        ScalarSamples.AssertAllNull(config.Current);
    }

    [Fact]
    public void Build_NullableScalarsJsonNull_AreNull()
    {
        var flat = ScalarSamples.Flat("Nullables");
        var lines = new List<string>();
        foreach (var key in flat.Keys)
        {
            lines.Add($"    \"{key["Nullables:".Length..]}\": null");
        }

        var path = _temp.Write("nulls.json", "{\n  \"Nullables\": {\n" + string.Join(",\n", lines) + "\n  }\n}\n");

        using var config = VeltrixConfiguration.CreateBuilder<NullableScalarConfig>().AddJsonFile(path).Build();

        ScalarSamples.AssertAllNull(config.Current);
    }

    [Fact]
    public void Build_NullableScalarsEmptyEnvironmentValues_AreNull()
    {
        // Strings are the exception: an empty string is a value (see the next test).
        var empty = new Dictionary<string, string>();
        foreach (var key in ScalarSamples.Flat("Nullables").Keys)
        {
            if (key != "Nullables:Text")
            {
                empty[key] = string.Empty;
            }
        }

        using var config = VeltrixConfiguration.CreateBuilder<NullableScalarConfig>()
            .AddSource(TestSources.Environment(empty))
            .Build();

        ScalarSamples.AssertAllNull(config.Current);
    }

    [Fact]
    public void Build_StringEmptyOrJsonNull_EmptyStaysEmptyAndNullIsNull()
    {
        var path = _temp.Write("strings.json", """{ "Nullables": { "Text": "" }, "Scalars": { "Text": "" } }""");
        var nulls = _temp.Write("nulls.json", """{ "Nullables": { "Text": null } }""");

        using var empty = VeltrixConfiguration.CreateBuilder<NullableScalarConfig>().AddJsonFile(path).Build();
        using var scalar = VeltrixConfiguration.CreateBuilder<ScalarConfig>().AddJsonFile(path).Build();
        using var nulled = VeltrixConfiguration.CreateBuilder<NullableScalarConfig>().AddJsonFile(nulls).Build();

        Assert.Equal(string.Empty, empty.Current.Text);
        Assert.Equal(string.Empty, scalar.Current.Text);
        Assert.Null(nulled.Current.Text);
    }

    [Fact]
    public void Build_JsonNativeTokens_BindNumbersBooleansAndEnumNumbers()
    {
        const string json = """
            {
              "Scalars": {
                "Enabled": true,
                "Tiny": 200,
                "Delta": -100,
                "Small": -30000,
                "SmallUnsigned": 60000,
                "Count": 123456,
                "CountUnsigned": 4000000000,
                "Big": -9000000000000,
                "BigUnsigned": 18000000000000000000,
                "Huge": -170141183460469231731687303715884105728,
                "HugeUnsigned": 340282366920938463463374607431768211455,
                "Ratio": 1.5,
                "Factor": 1.5e3,
                "Price": 79228.125,
                "Mode": 5,
                "Access": 6
              }
            }
            """;
        var path = _temp.Write("native.json", json);

        using var config = VeltrixConfiguration.CreateBuilder<ScalarConfig>().AddJsonFile(path).Build();
        var c = config.Current;

        Assert.True(c.Enabled);
        Assert.Equal((byte)200, c.Tiny);
        Assert.Equal((sbyte)-100, c.Delta);
        Assert.Equal((short)-30000, c.Small);
        Assert.Equal((ushort)60000, c.SmallUnsigned);
        Assert.Equal(123456, c.Count);
        Assert.Equal(4_000_000_000u, c.CountUnsigned);
        Assert.Equal(-9_000_000_000_000L, c.Big);
        Assert.Equal(18_000_000_000_000_000_000UL, c.BigUnsigned);
        Assert.Equal(Int128.MinValue, c.Huge);
        Assert.Equal(UInt128.MaxValue, c.HugeUnsigned);
        Assert.Equal(1.5f, c.Ratio);
        Assert.Equal(1500.0, c.Factor);
        Assert.Equal(79228.125m, c.Price);
        Assert.Equal(Color.Blue, c.Mode);
        Assert.Equal(Permissions.Write | Permissions.Execute, c.Access);
    }

    [Theory]
    [InlineData("0x1F", 31)]
    [InlineData("0X1f", 31)]
    [InlineData("#ff", 255)]
    [InlineData(" 42 ", 42)]
    [InlineData("-7", -7)]
    public void Build_IntegerText_ParsesDecimalAndHexForms(string text, int expected)
    {
        using var config = VeltrixConfiguration.CreateBuilder<ScalarConfig>()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Scalars:Count"] = text })
            .Build();

        Assert.Equal(expected, config.Current.Count);
    }

    [Theory]
    [InlineData("True", true)]
    [InlineData("false", false)]
    [InlineData("TRUE", true)]
    public void Build_BooleanText_ParsesCaseInsensitively(string text, bool expected)
    {
        using var config = VeltrixConfiguration.CreateBuilder<ScalarConfig>()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Scalars:Enabled"] = text })
            .Build();

        Assert.Equal(expected, config.Current.Enabled);
    }

    [Fact]
    public void Build_KeysInAnyCase_BindTheSameMembers()
    {
        using var config = VeltrixConfiguration.CreateBuilder<ScalarConfig>()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["SCALARS:COUNT"] = "7",
                ["scalars:text"] = "lower",
                ["sCaLaRs:InTeRvAl"] = "00:00:09",
            })
            .Build();

        Assert.Equal(7, config.Current.Count);
        Assert.Equal("lower", config.Current.Text);
        Assert.Equal(TimeSpan.FromSeconds(9), config.Current.Interval);
    }

    [Fact]
    public void Build_UnderGermanCurrentCulture_ParsesWithInvariantCulture()
    {
        var previous = CultureInfo.CurrentCulture;
        var previousUi = CultureInfo.CurrentUICulture;
        var german = CultureInfo.GetCultureInfo("de-DE");

        // Precondition: the culture really differs from the invariant one, so the test can fail.
        Assert.Equal(",", german.NumberFormat.NumberDecimalSeparator);
        Assert.Equal(".", german.NumberFormat.NumberGroupSeparator);
        try
        {
            CultureInfo.CurrentCulture = german;
            CultureInfo.CurrentUICulture = german;
            var values = new Dictionary<string, string>
            {
                ["Scalars:Ratio"] = "1.5",
                ["Scalars:Factor"] = "1234.5678",
                ["Scalars:Price"] = "0.125",
                ["Scalars:Count"] = "1000",
                ["Scalars:Started"] = "02/03/2024 04:05:06",
                ["Scalars:Day"] = "02/03/2024",
                ["Scalars:Interval"] = "1.02:03:04",
            };

            using var config = VeltrixConfiguration.CreateBuilder<ScalarConfig>()
                .Add(SourceKind.Json, values, _temp)
                .Build();
            var c = config.Current;

            Assert.Equal(1.5f, c.Ratio);
            Assert.Equal(1234.5678, c.Factor);
            Assert.Equal(0.125m, c.Price);
            Assert.Equal(1000, c.Count);
            Assert.Equal(new DateTime(2024, 2, 3, 4, 5, 6), c.Started);
            Assert.Equal(new DateOnly(2024, 2, 3), c.Day);
            Assert.Equal(new TimeSpan(1, 2, 3, 4), c.Interval);
            Assert.True(config.TryGetValue("Scalars:Factor", out var factor));
            Assert.Equal("1234.5678", factor.ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }

    [Fact]
    public void Build_GermanDecimalComma_IsRejectedAsInvalid()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var ex = Assert.Throws<ConfigException>(() => VeltrixConfiguration.CreateBuilder<ScalarConfig>()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["Scalars:Price"] = "1,5" })
                .Build());

            var error = Assert.Single(ex.Errors);
            Assert.Equal(("Scalars:Price", "Type"), (error.KeyPath, error.Rule));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
