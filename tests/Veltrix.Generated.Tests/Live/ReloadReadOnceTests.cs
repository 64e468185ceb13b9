using Veltrix.Tests.Hostile;
using Veltrix.Tests.Infrastructure;

namespace Veltrix.Tests.Live;

/// <summary>
/// A JSON file that a reload found unchanged, before a source that changed, is loaded from the bytes that answer read:
/// the file is read once per reload. The bytes never outlive that reload, so no later load takes them for current.
/// </summary>
/// <remarks>
/// The observable: the file is rewritten after its answer and before its load (while the source after it answers).
/// A load that read the file again would apply the rewrite in that same reload; the load of the answered bytes applies
/// it in the next one.
/// </remarks>
public sealed class ReloadReadOnceTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Reload_UnchangedFileBeforeAChangedSource_LoadsTheBytesItsAnswerRead()
    {
        var path = Write("appsettings.json", 9090);
        var after = new VersionedSource().Set("Hostile:Name", "a");
        using var config = VeltrixConfiguration.CreateBuilder<HostileConfig>().AddJsonFile(path).AddSource(after).Build();
        var file = Assert.IsType<JsonFileSource>(config.Sources[0]);
        after.OnQuestion = () => Write("appsettings.json", 9091);
        after.Set("Hostile:Name", "b");

        Assert.Equal(ReloadResult.Changed, config.Reload());

        // Loaded from the bytes the file's answer read, before the rewrite: not read a second time.
        Assert.Equal(("b", 9090), (config.Current.Name, config.Current.Port));
        Assert.Equal(new ConfigOrigin(path, 1, 22), config.GetOrigin("Hostile:Port"));
        Assert.False(file.HasAnsweredContent);

        // The version that load declared is the hash of those bytes, so the rewrite is the next reload's change.
        after.OnQuestion = null;
        Assert.Equal(ReloadResult.Changed, config.Reload());
        Assert.Equal(9091, config.Current.Port);
        Assert.Equal(ReloadResult.Unchanged, config.Reload());
    }

    [Fact]
    public void Reload_NothingChanged_KeepsNoBytesForALaterReload()
    {
        // The file comes second: a later reload in which the first source changed loads it without asking it.
        var before = new VersionedSource().Set("Hostile:Name", "a");
        var path = Write("appsettings.json", 9090);
        using var config = VeltrixConfiguration.CreateBuilder<HostileConfig>().AddSource(before).AddJsonFile(path).Build();
        var file = Assert.IsType<JsonFileSource>(config.Sources[1]);

        Assert.Equal(ReloadResult.Unchanged, config.Reload());
        Assert.False(file.HasAnsweredContent);

        Write("appsettings.json", 9091);
        before.Set("Hostile:Name", "b");
        Assert.Equal(ReloadResult.Changed, config.Reload());

        Assert.Equal(("b", 9091), (config.Current.Name, config.Current.Port));
        Assert.Equal(2, before.Questions);
    }

    [Fact]
    public void Reload_SourceAfterTheFileThrowsWhenAsked_LoadsTheAnsweredBytes()
    {
        // A source that cannot tell makes the reload load everything, like a change.
        var path = Write("appsettings.json", 9090);
        var after = new VersionedSource().Set("Hostile:Name", "a");
        using var config = VeltrixConfiguration.CreateBuilder<HostileConfig>().AddJsonFile(path).AddSource(after).Build();
        var file = Assert.IsType<JsonFileSource>(config.Sources[0]);
        after.OnQuestion = () => Write("appsettings.json", 9091);
        after.ThrowOnQuestion = new InvalidOperationException("cannot tell");

        Assert.Equal(ReloadResult.Unchanged, config.Reload());

        Assert.Equal(9090, config.Current.Port);
        Assert.False(file.HasAnsweredContent);
        after.ThrowOnQuestion = null;
        after.OnQuestion = null;
        Assert.Equal(ReloadResult.Changed, config.Reload());
        Assert.Equal(9091, config.Current.Port);
    }

    [Fact]
    public void Reload_WatcherHandOverAfterTheAnswer_IsLoadedInsteadOfTheAnsweredBytes()
    {
        // A watcher check that finds a save after the file answered hands newer bytes over; the load takes those.
        var path = Write("appsettings.json", 9090);
        var after = new VersionedSource().Set("Hostile:Name", "a");
        using var config = VeltrixConfiguration.CreateBuilder<HostileConfig>().AddJsonFile(path).AddSource(after).Build();
        var file = Assert.IsType<JsonFileSource>(config.Sources[0]);
        after.OnQuestion = () =>
        {
            var bytes = File.ReadAllBytes(Write("appsettings.json", 9092));
            var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(bytes.Length);
            bytes.CopyTo(buffer, 0);
            file.OfferCheckedContent(new CheckedContent(buffer, bytes.Length, System.IO.Hashing.XxHash128.HashToUInt128(bytes)));
        };
        after.Set("Hostile:Name", "b");

        Assert.Equal(ReloadResult.Changed, config.Reload());

        Assert.Equal(9092, config.Current.Port);
        Assert.False(file.HasAnsweredContent);
        Assert.False(file.HasCheckedContent);
        after.OnQuestion = null;
        Assert.Equal(ReloadResult.Unchanged, config.Reload());
    }

    private string Write(string name, int port)
    {
        var path = _temp.Combine(name);
        File.WriteAllText(path, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{{\"Hostile\": {{\"Port\": {port}}}}}"));
        return path;
    }
}
