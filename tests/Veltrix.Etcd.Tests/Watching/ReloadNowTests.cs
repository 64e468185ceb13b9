namespace Veltrix.Etcd.Tests.Watching;

/// <summary>
/// <see cref="ConfigWatchContext.ReloadNow"/>, the runtime hook the etcd source publishes one generation per revision
/// with: it reloads on the calling thread, returns what the reload did, and does nothing once disposed.
/// </summary>
public sealed class ReloadNowTests
{
    [Fact]
    public void ReloadNow_EachBatch_OneGenerationEach_HandlersRunBeforeItReturns()
    {
        var source = new PushSource();
        using var config = VeltrixConfiguration.CreateBuilder<Infrastructure.FleetConfig>().AddSource(source).Build();
        var seen = new List<long>();
        config.Changed += (_, e) => seen.Add(e.Generation);

        var results = new List<ReloadResult>();
        for (var port = 9001; port <= 9003; port++)
        {
            source.Port = port;
            results.Add(source.Context!.ReloadNow());
            Assert.Equal(port, config.Current.Port);
        }

        source.Port = 9003;
        results.Add(source.Context!.ReloadNow());
        source.Port = 0;
        results.Add(source.Context!.ReloadNow());

        Assert.Equal([ReloadResult.Changed, ReloadResult.Changed, ReloadResult.Changed, ReloadResult.Unchanged, ReloadResult.Failed], results);
        Assert.Equal([2L, 3L, 4L], seen);
        Assert.Equal(9003, config.Current.Port);

        config.Dispose();
        source.Port = 9004;
        Assert.Equal(ReloadResult.Unchanged, source.Context!.ReloadNow());
        Assert.Equal(9003, config.Current.Port);
    }

    private sealed class PushSource : IWatchableConfigSource
    {
        public int Port { get; set; } = 9000;

        public ConfigWatchContext? Context { get; private set; }

        public string Name => "push";

        public void Load(ConfigDataBuilder builder)
            => builder.Set("Port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), new ConfigOrigin(Name));

        public IDisposable? Watch(ConfigWatchContext context)
        {
            Context = context;
            return null;
        }
    }
}
