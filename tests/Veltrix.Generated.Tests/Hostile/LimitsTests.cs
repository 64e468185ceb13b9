using System.Globalization;
using System.Text;
using Veltrix.Tests.Binding;
using Veltrix.Tests.Infrastructure;
using Xunit.Abstractions;
using TempDirectory = Veltrix.Tests.Binding.TempDirectory;

namespace Veltrix.Tests.Hostile;

/// <summary>
/// R21: every limit of <see cref="ConfigLimits"/> in every source that can reach it, just under (loads) and just over
/// (rejected with a message naming the limit), and hostile inputs far over a limit rejected before the loader
/// allocates twice the file's size.
/// </summary>
public sealed class LimitsTests(ITestOutputHelper output) : IDisposable
{
    private static readonly ConfigLimits Small = new() { MaxDepth = 8, MaxKeys = 50, MaxKeyLength = 64, MaxValueLength = 100, MaxFileBytes = 1024, MaxNumberLength = 16 };

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<SourceKind, string> EverySourceLimits()
    {
        var data = new TheoryData<SourceKind, string>();
        foreach (var kind in Enum.GetValues<SourceKind>())
        {
            foreach (var limit in new[] { nameof(ConfigLimits.MaxDepth), nameof(ConfigLimits.MaxKeys), nameof(ConfigLimits.MaxKeyLength), nameof(ConfigLimits.MaxValueLength) })
            {
                data.Add(kind, limit);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EverySourceLimits))]
    public void Limit_JustUnderThenJustOver_LoadsThenRejectsNamingTheLimit(SourceKind kind, string limit)
    {
        var (under, over) = limit switch
        {
            nameof(ConfigLimits.MaxDepth) => (Pairs(string.Join(':', Enumerable.Repeat("s", 8)), "v"), Pairs(string.Join(':', Enumerable.Repeat("s", 9)), "v")),
            nameof(ConfigLimits.MaxKeys) => (Keys(50), Keys(51)),
            nameof(ConfigLimits.MaxKeyLength) => (Pairs("a:" + new string('k', 62), "v"), Pairs("a:" + new string('k', 63), "v")),
            _ => (Pairs("a", new string('v', 100)), Pairs("a", new string('v', 101))),
        };

        Assert.Empty(Load(kind, under, Small).Errors);
        var errors = Load(kind, over, Small).Errors;

        var error = Assert.Single(errors);
        Assert.Equal("Limit", error.Rule);
        Assert.Contains("ConfigLimits." + limit, error.Message, StringComparison.Ordinal);
        Assert.True(error.Origin.IsKnown);
    }

    [Fact]
    public void FileSize_DefaultLimit_ExactlyFourMebibytesLoadsOneByteMoreIsRejected()
    {
        var limit = ConfigLimits.Default.MaxFileBytes;
        var under = WritePadded("under.json", limit);
        var over = WritePadded("over.json", limit + 1);

        Assert.Empty(LoadFile(under, ConfigLimits.Default).Errors);
        var error = Assert.Single(LoadFile(over, ConfigLimits.Default).Errors);
        Assert.Equal(("Limit", over), (error.Rule, error.Origin.Source));
        Assert.Contains("ConfigLimits.MaxFileBytes", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1024)]
    [InlineData(1025)]
    public void FileSize_SmallLimit_JustUnderLoadsJustOverIsRejected(int size)
    {
        var path = WritePadded("file.json", size);

        var errors = LoadFile(path, Small).Errors;

        Assert.Equal(size > Small.MaxFileBytes ? ["Limit"] : [], errors.Select(static e => e.Rule));
    }

    [Fact]
    public void NumberLength_DefaultLimit_128DigitsLoad129AreRejectedWithPosition()
    {
        var under = _temp.Write("under.json", $$"""{"a": {{new string('7', 128)}}}""");
        var over = _temp.Write("over.json", $$"""{"a": -{{new string('7', 128)}}}""");

        Assert.Empty(LoadFile(under, ConfigLimits.Default).Errors);
        var error = Assert.Single(LoadFile(over, ConfigLimits.Default).Errors);
        Assert.Equal(("Limit", "a", new ConfigOrigin(over, 1, 7)), (error.Rule, error.KeyPath, error.Origin));
        Assert.Contains("ConfigLimits.MaxNumberLength", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("7777", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Limits_NonPositiveNumberLength_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new ConfigDataBuilder(new ConfigLimits { MaxNumberLength = 0 }));

    [Fact]
    public void HostileFiles_FarOverALimit_RejectedBeforeAllocatingTwiceTheFileSize()
    {
        const int Huge = 3 * 1024 * 1024;
        var cases = new (string Name, string Limit, byte[] Content)[]
        {
            ("file one byte over 4 MiB", "MaxFileBytes", Padded(ConfigLimits.Default.MaxFileBytes + 1)),
            ("3 MiB string value", "MaxValueLength", Utf8($"{{\"a\":\"{new string('x', Huge)}\"}}")),
            ("3 MiB escaped string value", "MaxValueLength", Utf8($"{{\"a\":\"{Repeat("\\n", Huge / 2)}\"}}")),
            ("3 MiB property name", "MaxKeyLength", Utf8($"{{\"{new string('k', Huge)}\":1}}")),
            ("3 MiB number literal", "MaxNumberLength", Utf8($"{{\"a\":{new string('9', Huge)}}}")),
            ("3 MiB of '[' and ']'", "MaxDepth", Utf8("{\"a\":" + new string('[', Huge / 2) + new string(']', Huge / 2) + "}")),
        };

        var figures = new List<string>();
        foreach (var (name, limit, content) in cases)
        {
            var path = _temp.Write("hostile.json", string.Empty);
            File.WriteAllBytes(path, content);
            var source = new JsonFileSource(path);

            // The first load JITs the path and fills the buffer pool; the second is what a reload costs.
            LoadMeasured(source);
            var (errors, allocated) = LoadMeasured(source);

            var error = Assert.Single(errors);
            Assert.True(error.Rule == "Limit" && error.Message.Contains("ConfigLimits." + limit, StringComparison.Ordinal), $"{name}: {error}");
            var ratio = (double)allocated / content.Length;
            figures.Add(string.Create(CultureInfo.InvariantCulture, $"{name}: {allocated:N0} B allocated for {content.Length:N0} B ({ratio:0.000}x)"));
            Assert.True(ratio < 2, $"{name}: allocated {allocated:N0} bytes for a {content.Length:N0}-byte file");
        }

        ReliabilityFigures.Report(output, "R21", "rejected before allocating 2x the file: " + string.Join("; ", figures));
    }

    [Fact]
    public void KeyCount_OneOverTheDefault_RejectedAndAllocationReported()
    {
        // Keys are counted as they are stored, so a file over the key limit has built its first 100,000 keys by then:
        // the cost is linear in the file, not bounded by twice its size. The figure says how much.
        var content = FlatKeys(ConfigLimits.Default.MaxKeys + 1);
        var path = _temp.Write("keys.json", string.Empty);
        File.WriteAllBytes(path, content);
        var source = new JsonFileSource(path);
        LoadMeasured(source);

        var (errors, allocated) = LoadMeasured(source);

        var error = Assert.Single(errors);
        Assert.Contains("ConfigLimits.MaxKeys", error.Message, StringComparison.Ordinal);
        ReliabilityFigures.Report(output, "R21", string.Create(CultureInfo.InvariantCulture, $"100,001 keys rejected by MaxKeys after allocating {allocated:N0} B for a {content.Length:N0}-byte file ({(double)allocated / content.Length:0.0}x; keys are counted as stored)"));
    }

    /// <summary>A JSON object of <paramref name="count"/> flat keys under Hostile:Weights, which binds to a dictionary.</summary>
    internal static byte[] FlatKeys(int count)
    {
        var text = new StringBuilder(count * 20).Append("{\"Hostile\":{\"Weights\":{");
        for (var i = 0; i < count; i++)
        {
            text.Append(i == 0 ? "" : ",").Append("\"k").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\":").Append(i % 1000);
        }

        return Utf8(text.Append("}}}").ToString());
    }

    private static (IReadOnlyList<ConfigError> Errors, long Allocated) LoadMeasured(JsonFileSource source)
    {
        var builder = new ConfigDataBuilder();
        builder.BeginSource(source.Name);
        var before = GC.GetAllocatedBytesForCurrentThread();
        source.Load(builder);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        return (builder.Errors, allocated);
    }

    private static Dictionary<string, string> Pairs(string key, string value) => new() { [key] = value };

    private static Dictionary<string, string> Keys(int count)
        => Enumerable.Range(0, count).ToDictionary(static i => "k" + i.ToString("D3", CultureInfo.InvariantCulture), static i => "v");

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    // {"a":"x"} padded with trailing whitespace to exactly `size` bytes.
    private static byte[] Padded(long size)
    {
        var content = new byte[size];
        content.AsSpan().Fill((byte)' ');
        "{\"a\":\"x\"}"u8.CopyTo(content);
        return content;
    }

    private string WritePadded(string name, long size)
    {
        var path = _temp.Write(name, string.Empty);
        File.WriteAllBytes(path, Padded(size));
        return path;
    }

    private static ConfigDataBuilder LoadFile(string path, ConfigLimits limits)
    {
        var builder = new ConfigDataBuilder(limits);
        builder.BeginSource(path);
        new JsonFileSource(path).Load(builder);
        return builder;
    }

    private ConfigDataBuilder Load(SourceKind kind, Dictionary<string, string> values, ConfigLimits limits)
    {
        IConfigSource source = kind switch
        {
            SourceKind.Json => new JsonFileSource(_temp.Write("limits.json", TestSources.ToJson(values))),
            SourceKind.EnvironmentVariables => TestSources.Environment(values),
            SourceKind.CommandLine => new CommandLineSource(TestSources.ToArguments(values)),
            _ => new MemoryConfigSource(TestSources.ToPairs(values)),
        };
        var builder = new ConfigDataBuilder(limits);
        builder.BeginSource(source.Name);
        source.Load(builder);
        return builder;
    }
}
