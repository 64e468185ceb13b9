namespace Veltrix.Benchmarks.Loading;

/// <summary>
/// One JSON file of a benchmark schema and the ways to turn it into a bound object: Veltrix, System.Text.Json
/// source generation, Microsoft.Extensions.Configuration with the reflection binder, and <c>IOptionsSnapshot&lt;T&gt;</c>.
/// </summary>
internal abstract class LoadTargets : IDisposable
{
    /// <summary>Writes the file of the schema with <paramref name="keys"/> value keys and checks every path binds it.</summary>
    /// <param name="keys">40, 1,000 or 10,000.</param>
    public static LoadTargets Create(int keys) => keys switch
    {
        40 => new LoadTargets<Bench40Config>(BenchJsonContext.Default.BenchFileBench40Config),
        1_000 => new LoadTargets<Bench1000Config>(BenchJsonContext.Default.BenchFileBench1000Config),
        10_000 => new LoadTargets<Bench10000Config>(BenchJsonContext.Default.BenchFileBench10000Config),
        _ => throw new ArgumentOutOfRangeException(nameof(keys), keys, "There are schemas of 40, 1,000 and 10,000 keys."),
    };

    /// <summary>Veltrix: <c>CreateBuilder&lt;T&gt;().AddJsonFile(path).Build().Current</c> (read, parse, merge, bind, validate).</summary>
    public abstract object Veltrix();

    /// <summary>Veltrix with an environment variable and a command-line argument layered over the file.</summary>
    public abstract object VeltrixLayered();

    /// <summary><c>File.ReadAllBytes</c> and System.Text.Json source-generated <c>Deserialize</c>.</summary>
    public abstract object SystemTextJson();

    /// <summary><c>new ConfigurationBuilder().AddJsonFile(path).Build().GetSection("Bench").Get&lt;T&gt;()</c> with the reflection binder.</summary>
    public abstract object ConfigurationBinder();

    /// <summary><c>IOptionsSnapshot&lt;T&gt;.Value</c> in a new scope: a bind from the built configuration per request.</summary>
    public abstract object OptionsSnapshot();

    /// <inheritdoc/>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Deletes the file and releases the service provider.</summary>
    /// <param name="disposing">Whether called from <see cref="Dispose()"/>.</param>
    protected abstract void Dispose(bool disposing);
}
