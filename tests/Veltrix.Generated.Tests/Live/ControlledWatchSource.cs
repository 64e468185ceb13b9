namespace Veltrix.Tests.Live;

/// <summary>
/// A watching source the test drives by hand: it hands out the <see cref="ConfigWatchContext"/> it was given, counts
/// its loads, can block a load until released, and can throw from a load.
/// </summary>
public sealed class ControlledWatchSource(string name) : IWatchableConfigSource
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, string?> _values = new(StringComparer.OrdinalIgnoreCase);
    private int _loads;
    private ConfigWatchContext? _context;

    public string Name { get; } = name;

    /// <summary>What <see cref="Watch"/> was given; null before.</summary>
    public ConfigWatchContext Context => Volatile.Read(ref _context) ?? throw new InvalidOperationException("Watch was not called.");

    public int Loads => Volatile.Read(ref _loads);

    public bool WatchDisposed { get; private set; }

    /// <summary>When set, a load waits for it to complete before reading the values, after completing <see cref="LoadEntered"/>.</summary>
    public TaskCompletionSource? BlockLoads { get; set; }

    public TaskCompletionSource LoadEntered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>When set, each load calls it first with its number (1 for the load of <c>Build</c>), to script what it reads.</summary>
    public Action<int, ControlledWatchSource>? BeforeLoad { get; set; }

    /// <summary>When set, loads throw it.</summary>
    public Exception? ThrowOnLoad { get; set; }

    public ControlledWatchSource Set(string key, string? value)
    {
        lock (_gate)
        {
            _values[key] = value;
        }

        return this;
    }

    public IDisposable? Watch(ConfigWatchContext context)
    {
        Volatile.Write(ref _context, context);
        return new Stop(this);
    }

    public void Load(ConfigDataBuilder builder)
    {
        var number = Interlocked.Increment(ref _loads);
        BeforeLoad?.Invoke(number, this);
        if (BlockLoads is { } block)
        {
            LoadEntered.TrySetResult();
            block.Task.Wait(TimeSpan.FromSeconds(30));
        }

        if (ThrowOnLoad is { } exception)
        {
            throw exception;
        }

        lock (_gate)
        {
            foreach (var (key, value) in _values)
            {
                builder.Set(key, value, new ConfigOrigin(Name, 1, 1));
            }
        }
    }

    private sealed class Stop(ControlledWatchSource owner) : IDisposable
    {
        public void Dispose() => owner.WatchDisposed = true;
    }
}
