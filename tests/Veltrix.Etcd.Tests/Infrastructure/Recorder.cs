using System.Collections.Concurrent;

namespace Veltrix.Etcd.Tests.Infrastructure;

/// <summary>Records a configuration's changes, rejections and health reports, and lets a test wait for them.</summary>
public sealed class Recorder
{
    private readonly Lock _gate = new();

    public Recorder(LiveConfig<FleetConfig> config, EtcdConfigSource? source = null)
    {
        config.Changed += (_, e) => Add(() => Changes.Add(e));
        config.ReloadFailed += (_, e) => Add(() => Failures.Add(e));
        config.SourceHealthChanged += (_, e) => Add(() => Health.Add(e.Current));
        if (source is not null)
        {
            source.RevisionApplied += (_, e) => Add(() => Applied.Add(e));
        }
    }

    public List<ConfigChangedEventArgs<FleetConfig>> Changes { get; } = [];

    public List<ConfigReloadFailedEventArgs> Failures { get; } = [];

    public List<ConfigSourceHealth> Health { get; } = [];

    public List<EtcdRevisionAppliedEventArgs> Applied { get; } = [];

    /// <summary>Waits until <paramref name="condition"/> holds (checked under the recorder's lock); fails after the timeout.</summary>
    public void WaitFor(Func<Recorder, bool> condition, string what, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            lock (_gate)
            {
                if (condition(this))
                {
                    return;
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out after {seconds} s waiting for {what}.");
            }

            Thread.Sleep(10);
        }
    }

    public T Read<T>(Func<Recorder, T> read)
    {
        lock (_gate)
        {
            return read(this);
        }
    }

    private void Add(Action add)
    {
        lock (_gate)
        {
            add();
        }
    }
}
