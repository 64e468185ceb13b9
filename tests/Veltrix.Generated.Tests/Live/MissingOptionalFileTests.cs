using Veltrix.Tests.Hostile;
using Veltrix.Tests.Infrastructure;

namespace Veltrix.Tests.Live;

/// <summary>
/// A missing optional JSON file is a normal outcome: neither the load nor a reload's question whether it changed throws
/// and catches an exception to find it missing. A missing required file is still an error naming its path.
/// </summary>
public sealed class MissingOptionalFileTests : IDisposable
{
    private const int Reloads = 20;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("optional.json")]
    [InlineData("no-such-dir/optional.json")]
    public void BuildAndReload_OptionalFileMissing_ThrowNothing(string name)
    {
        var path = _temp.Combine(name);
        using var thrown = new ThrownExceptions();

        using var config = VeltrixConfiguration.CreateBuilder<HostileConfig>().AddJsonFile(path, optional: true).Build();
        var results = ReloadMany(config);

        Assert.Empty(thrown.Thrown);
        Assert.Equal(Reloads, results[ReloadResult.Unchanged]);
        Assert.Equal(8080, config.Current.Port);
    }

    [Fact]
    public void Reload_OptionalFileBesideAChangingSource_LoadsItWithoutThrowing()
    {
        // The file comes first, so it is asked and then loaded on every reload: both find it missing.
        var path = _temp.Combine("optional.json");
        var changing = new VersionedSource().Set("Hostile:Name", "0");
        using var thrown = new ThrownExceptions();
        using var config = VeltrixConfiguration.CreateBuilder<HostileConfig>().AddJsonFile(path, optional: true).AddSource(changing).Build();

        for (var i = 1; i <= Reloads; i++)
        {
            changing.Set("Hostile:Name", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(ReloadResult.Changed, config.Reload());
        }

        Assert.Empty(thrown.Thrown);
        Assert.Equal(Reloads + 1, changing.Loads);
    }

    [Fact]
    public void Reload_OptionalFileCreatedThenDeleted_IsSeenEachTimeWithoutThrowing()
    {
        var path = _temp.Combine("optional.json");
        using var config = VeltrixConfiguration.CreateBuilder<HostileConfig>().AddJsonFile(path, optional: true).Build();
        using var thrown = new ThrownExceptions();

        File.WriteAllText(path, """{"Hostile": {"Port": 9090}}""");
        Assert.Equal(ReloadResult.Changed, config.Reload());
        Assert.Equal(9090, config.Current.Port);

        File.Delete(path);
        Assert.Equal(ReloadResult.Changed, config.Reload());
        Assert.Equal(ReloadResult.Unchanged, config.Reload());

        Assert.Equal(8080, config.Current.Port);
        Assert.Empty(thrown.Thrown);
    }

    [Fact]
    public void Build_OptionalPathBelowAFile_IsMissingWithoutThrowing()
    {
        // ENOTDIR: a directory on the path is a file. Missing, as for Microsoft.Extensions.Configuration.
        var file = _temp.Combine("not-a-directory");
        File.WriteAllText(file, "x");
        using var thrown = new ThrownExceptions();

        using var config = VeltrixConfiguration.CreateBuilder<HostileConfig>().AddJsonFile(Path.Combine(file, "optional.json"), optional: true).Build();

        Assert.Equal(ReloadResult.Unchanged, config.Reload());
        Assert.Empty(thrown.Thrown);
    }

    [Fact]
    public void Build_OptionalPathIsADirectory_IsStillAnErrorNamingIt()
    {
        // Not missing: something is there that is not a file, which the open names.
        var path = Directory.CreateDirectory(_temp.Combine("dir.json")).FullName;

        var ex = Assert.Throws<ConfigException>(() => VeltrixConfiguration.CreateBuilder<HostileConfig>().AddJsonFile(path, optional: true).Build());

        var error = Assert.Single(ex.Errors);
        Assert.Equal("Io", error.Rule);
        Assert.Contains("directory", error.Message, StringComparison.Ordinal);
        Assert.Equal(new ConfigOrigin(path), error.Origin);
    }

    [Fact]
    public void BuildAndReload_RequiredFileMissing_ErrorNamesThePathEachTime()
    {
        var path = _temp.Combine("appsettings.json");
        File.WriteAllText(path, """{"Hostile": {"Port": 9090}}""");
        using var config = VeltrixConfiguration.CreateBuilder<HostileConfig>().AddJsonFile(path).Build();
        File.Delete(path);

        Assert.Equal(ReloadResult.Failed, config.Reload());
        Assert.Equal(ReloadResult.Failed, config.Reload());

        var error = Assert.Single(config.LastError!.Errors);
        Assert.Equal("Missing", error.Rule);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Equal(new ConfigOrigin(path), error.Origin);
        var ex = Assert.Throws<ConfigException>(() => VeltrixConfiguration.CreateBuilder<HostileConfig>().AddJsonFile(path).Build());
        Assert.Equal(error.Message, Assert.Single(ex.Errors).Message);
    }

    private static Dictionary<ReloadResult, int> ReloadMany(LiveConfig<HostileConfig> config)
    {
        var results = new Dictionary<ReloadResult, int> { [ReloadResult.Unchanged] = 0, [ReloadResult.Changed] = 0, [ReloadResult.Failed] = 0 };
        for (var i = 0; i < Reloads; i++)
        {
            results[config.Reload()]++;
        }

        return results;
    }
}
