using Xunit;

namespace Veltrix.Tests.Binding;

/// <summary>One sample text per scalar member (invariant culture), and the values they must bind to.</summary>
public static class ScalarSamples
{
    public const string GuidText = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";

    /// <summary>The sample texts, keyed <c>{section}:{Member}</c>.</summary>
    public static Dictionary<string, string> Flat(string section) => new()
    {
        [section + ":Enabled"] = "true",
        [section + ":Tiny"] = "200",
        [section + ":Delta"] = "-100",
        [section + ":Small"] = "-30000",
        [section + ":SmallUnsigned"] = "60000",
        [section + ":Count"] = "123456",
        [section + ":CountUnsigned"] = "4000000000",
        [section + ":Big"] = "-9000000000000",
        [section + ":BigUnsigned"] = "18000000000000000000",
        [section + ":Huge"] = "-170141183460469231731687303715884105728",
        [section + ":HugeUnsigned"] = "340282366920938463463374607431768211455",
        [section + ":Ratio"] = "1.5",
        [section + ":Factor"] = "1234.5678",
        [section + ":Price"] = "79228.125",
        [section + ":Letter"] = "x",
        [section + ":Text"] = "hello, world",
        [section + ":Mode"] = "green",
        [section + ":Access"] = "Read, Write",
        [section + ":Interval"] = "01:02:03",
        [section + ":Started"] = "2024-02-29T13:45:00",
        [section + ":Stamp"] = "2024-02-29T13:45:00+02:00",
        [section + ":Day"] = "2024-02-29",
        [section + ":At"] = "13:45:30",
        [section + ":Id"] = GuidText,
        [section + ":Endpoint"] = "https://example.com/api",
        [section + ":Release"] = "2.1.3",
    };

    public static void AssertBound(ScalarConfig c)
    {
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
        Assert.Equal(1234.5678, c.Factor);
        Assert.Equal(79228.125m, c.Price);
        Assert.Equal('x', c.Letter);
        Assert.Equal("hello, world", c.Text);
        Assert.Equal(Color.Green, c.Mode);
        Assert.Equal(Permissions.Read | Permissions.Write, c.Access);
        Assert.Equal(new TimeSpan(1, 2, 3), c.Interval);
        Assert.Equal(new DateTime(2024, 2, 29, 13, 45, 0), c.Started);
        Assert.Equal(new DateTimeOffset(2024, 2, 29, 13, 45, 0, TimeSpan.FromHours(2)), c.Stamp);
        Assert.Equal(TimeSpan.FromHours(2), c.Stamp.Offset);
        Assert.Equal(new DateOnly(2024, 2, 29), c.Day);
        Assert.Equal(new TimeOnly(13, 45, 30), c.At);
        Assert.Equal(Guid.Parse(GuidText), c.Id);
        Assert.Equal(new Uri("https://example.com/api"), c.Endpoint);
        Assert.Equal(new Version(2, 1, 3), c.Release);
    }

    public static void AssertBound(NullableScalarConfig c)
    {
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
        Assert.Equal(1234.5678, c.Factor);
        Assert.Equal(79228.125m, c.Price);
        Assert.Equal('x', c.Letter);
        Assert.Equal("hello, world", c.Text);
        Assert.Equal(Color.Green, c.Mode);
        Assert.Equal(Permissions.Read | Permissions.Write, c.Access);
        Assert.Equal(new TimeSpan(1, 2, 3), c.Interval);
        Assert.Equal(new DateTime(2024, 2, 29, 13, 45, 0), c.Started);
        Assert.Equal(new DateTimeOffset(2024, 2, 29, 13, 45, 0, TimeSpan.FromHours(2)), c.Stamp);
        Assert.Equal(new DateOnly(2024, 2, 29), c.Day);
        Assert.Equal(new TimeOnly(13, 45, 30), c.At);
        Assert.Equal(Guid.Parse(GuidText), c.Id);
        Assert.Equal(new Uri("https://example.com/api"), c.Endpoint);
        Assert.Equal(new Version(2, 1, 3), c.Release);
    }

    public static void AssertAllNull(NullableScalarConfig c)
    {
        Assert.Null(c.Enabled);
        Assert.Null(c.Tiny);
        Assert.Null(c.Delta);
        Assert.Null(c.Small);
        Assert.Null(c.SmallUnsigned);
        Assert.Null(c.Count);
        Assert.Null(c.CountUnsigned);
        Assert.Null(c.Big);
        Assert.Null(c.BigUnsigned);
        Assert.Null(c.Huge);
        Assert.Null(c.HugeUnsigned);
        Assert.Null(c.Ratio);
        Assert.Null(c.Factor);
        Assert.Null(c.Price);
        Assert.Null(c.Letter);
        Assert.Null(c.Text);
        Assert.Null(c.Mode);
        Assert.Null(c.Access);
        Assert.Null(c.Interval);
        Assert.Null(c.Started);
        Assert.Null(c.Stamp);
        Assert.Null(c.Day);
        Assert.Null(c.At);
        Assert.Null(c.Id);
        Assert.Null(c.Endpoint);
        Assert.Null(c.Release);
    }
}
