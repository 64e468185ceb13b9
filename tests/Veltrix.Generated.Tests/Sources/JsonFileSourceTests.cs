using System.Text;
using Xunit;
using static Veltrix.Tests.Sources.ConfigData;

namespace Veltrix.Tests.Sources;

public sealed class JsonFileSourceTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("veltrix-json-").FullName;

    public void Dispose()
    {
        // A test may have made a file unreadable; give permissions back so that the directory can go.
        if (!OperatingSystem.IsWindows())
        {
            foreach (var file in Directory.EnumerateFiles(_directory, "*", SearchOption.AllDirectories))
            {
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public void Constructor_RelativePath_IsMadeFullAndNamesTheSource()
    {
        var source = new JsonFileSource("config/appsettings.json", optional: true, reloadOnChange: true);

        Assert.Equal(Path.GetFullPath("config/appsettings.json"), source.Path);
        Assert.Equal(source.Path, source.Name);
        Assert.True(source.Optional);
        Assert.True(source.ReloadOnChange);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void Constructor_NoPath_Throws(string? path)
    {
        Assert.ThrowsAny<ArgumentException>(() => new JsonFileSource(path!));
    }

    [Fact]
    public void Limits_NonPositive_RejectedBeforeAnyLoad()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConfigDataBuilder(new ConfigLimits { MaxDepth = 0 }));
    }

    [Fact]
    public void Load_ExistingFile_LoadsKeysWithFileOrigins()
    {
        var path = Write("appsettings.json", "{\n  \"Server\": { \"Port\": 8080 }\n}");

        var builder = Load(new JsonFileSource(path));

        AssertNoErrors(builder);
        Assert.Equal("8080", Values(builder)["Server:Port"]);
        Assert.Equal(new ConfigOrigin(path, 2, 23), Node(builder, "Server:Port").Origin);
    }

    [Fact]
    public void Load_FileWithByteOrderMark_Loads()
    {
        var path = Path.Combine(_directory, "bom.json");
        File.WriteAllText(path, "{\"a\":1}", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var builder = Load(new JsonFileSource(path));

        AssertNoErrors(builder);
        Assert.Equal(new ConfigOrigin(path, 1, 6), Node(builder, "a").Origin);
    }

    [Fact]
    public void Load_AgainAfterTheFileChanged_ReadsTheNewContent()
    {
        var path = Write("a.json", """{"a":1}""");
        var source = new JsonFileSource(path);
        Assert.Equal("1", Values(Load(source))["a"]);

        File.WriteAllText(path, """{"a":2}""");

        Assert.Equal("2", Values(Load(source))["a"]);
    }

    [Fact]
    public void Load_MissingOptionalFile_ContributesNothing()
    {
        var builder = Load(new JsonFileSource(Path.Combine(_directory, "absent.json"), optional: true));

        AssertNoErrors(builder);
        Assert.False(builder.Root.HasChildren);
    }

    [Theory]
    [InlineData("absent.json")]
    [InlineData("no-such-dir/absent.json")]
    public void Load_MissingRequiredFile_ReportsMissingWithFullPath(string name)
    {
        var path = Path.Combine(_directory, name);

        var error = SingleError(Load(new JsonFileSource(path)));

        Assert.Equal("Missing", error.Rule);
        Assert.Contains("The configuration file was not found", error.Message, StringComparison.Ordinal);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Equal(new ConfigOrigin(path), error.Origin);
    }

    [Fact]
    public void Load_DirectoryAtPath_ReportsIo()
    {
        var path = Directory.CreateDirectory(Path.Combine(_directory, "dir.json")).FullName;

        var error = SingleError(Load(new JsonFileSource(path, optional: true)));

        Assert.Equal("Io", error.Rule);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("directory", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NameTooLongForTheFileSystem_ReportsIoWithTheOsError()
    {
        var path = Path.Combine(_directory, new string('x', 300) + ".json");

        var error = SingleError(Load(new JsonFileSource(path)));

        Assert.Equal("Io", error.Rule);
        Assert.StartsWith("The configuration file '" + path + "' could not be read: ", error.Message, StringComparison.Ordinal);
        Assert.Equal(new ConfigOrigin(path), error.Origin);
    }

    [Fact]
    public void Load_UnreadableFile_ReportsIo()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var path = Write("secret.json", """{"a":1}""");
        File.SetUnixFileMode(path, UnixFileMode.None);
        if (CanOpen(path))
        {
            // Running as root: permissions do not apply, so there is no failure to observe.
            return;
        }

        var error = SingleError(Load(new JsonFileSource(path)));

        Assert.Equal("Io", error.Rule);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FileOverMaxFileBytes_ReportsLimitWithoutLoading()
    {
        var path = Write("big.json", """{"a":"12345"}""");

        var builder = Load(new JsonFileSource(path), new ConfigLimits { MaxFileBytes = 12 });

        var error = SingleError(builder);
        Assert.Equal("Limit", error.Rule);
        Assert.Contains("ConfigLimits.MaxFileBytes", error.Message, StringComparison.Ordinal);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("13 bytes", error.Message, StringComparison.Ordinal);
        Assert.Equal(new ConfigOrigin(path), error.Origin);
        Assert.False(builder.Root.HasChildren);
    }

    [Fact]
    public void Load_FileOfExactlyMaxFileBytes_Loads()
    {
        var path = Write("exact.json", """{"a":"12345"}""");

        var builder = Load(new JsonFileSource(path), new ConfigLimits { MaxFileBytes = 13 });

        AssertNoErrors(builder);
        Assert.Equal("12345", Values(builder)["a"]);
    }

    [Fact]
    public void Load_EndlessStream_ReadsNoMoreThanTheLimit()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // /dev/zero has no length and never ends: only the bounded read makes this finish.
        var error = SingleError(Load(new JsonFileSource("/dev/zero"), new ConfigLimits { MaxFileBytes = 4096 }));

        Assert.Equal("Limit", error.Rule);
        Assert.Contains("larger than the limit of 4,096 bytes (ConfigLimits.MaxFileBytes)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_LargeFileWithinTheLimit_Loads()
    {
        var json = "{" + string.Join(",", Enumerable.Range(0, 20_000).Select(i => $"\"k{i}\":\"{new string('v', 20)}\"")) + "}";
        var path = Write("large.json", json);

        var builder = Load(new JsonFileSource(path));

        AssertNoErrors(builder);
        Assert.Equal(20_000, Values(builder).Count);
    }

    [Fact]
    public void Load_EmptyFile_ReportsSyntax()
    {
        var path = Write("empty.json", "");

        var error = SingleError(Load(new JsonFileSource(path)));

        Assert.Equal("Syntax", error.Rule);
        Assert.Equal(new ConfigOrigin(path, 1, 1), error.Origin);
    }

    [Fact]
    public void Load_MalformedFile_ReportsSyntaxAtFilePosition()
    {
        var path = Write("bad.json", "{\n  \"Password\": \"hunter2\",\n  \"Port\": 80 80\n}");

        var error = SingleError(Load(new JsonFileSource(path)));

        Assert.Equal("Syntax", error.Rule);
        Assert.Equal(new ConfigOrigin(path, 3, 14), error.Origin);
        Assert.DoesNotContain("hunter2", error.ToString(), StringComparison.Ordinal);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static bool CanOpen(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
