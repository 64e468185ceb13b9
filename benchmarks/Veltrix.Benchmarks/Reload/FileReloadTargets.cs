namespace Veltrix.Benchmarks.Reload;

/// <summary>One JSON file of a benchmark schema, a <see cref="LiveConfig{T}"/> over it, and a way to change one value.</summary>
internal abstract class FileReloadTargets : IDisposable
{
    /// <summary>Writes the file of the schema with <paramref name="keys"/> value keys and checks every case.</summary>
    /// <param name="keys">40, 1,000 or 10,000.</param>
    public static FileReloadTargets Create(int keys) => keys switch
    {
        40 => new FileReloadTargets<Bench40Config>(),
        1_000 => new FileReloadTargets<Bench1000Config>(),
        10_000 => new FileReloadTargets<Bench10000Config>(),
        _ => throw new ArgumentOutOfRangeException(nameof(keys), keys, "There are schemas of 40, 1,000 and 10,000 keys."),
    };

    /// <summary><c>CreateBuilder&lt;T&gt;().AddJsonFile(path).Build().Current</c>, then dispose.</summary>
    public abstract object FullLoad();

    /// <summary>Optionally changes one value in the file, then <c>LiveConfig.Reload()</c>.</summary>
    /// <param name="change">Whether to change a value first.</param>
    public abstract ReloadResult Reload(bool change);

    /// <inheritdoc/>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Disposes the configuration and deletes the file.</summary>
    /// <param name="disposing">Whether called from <see cref="Dispose()"/>.</param>
    protected abstract void Dispose(bool disposing);
}
