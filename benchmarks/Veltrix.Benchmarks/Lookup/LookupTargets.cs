namespace Veltrix.Benchmarks.Lookup;

/// <summary>
/// Every value key of one benchmark schema, half of them in upper case, with a Veltrix configuration and a
/// <c>FrozenDictionary&lt;string, object&gt;</c> (OrdinalIgnoreCase) holding the same values.
/// </summary>
internal abstract class LookupTargets : IDisposable
{
    /// <summary>Creates the targets for the schema with <paramref name="keys"/> value keys.</summary>
    /// <param name="keys">40, 1,000 or 10,000.</param>
    public static LookupTargets Create(int keys) => keys switch
    {
        40 => new LookupTargets<Bench40Config>(),
        1_000 => new LookupTargets<Bench1000Config>(),
        10_000 => new LookupTargets<Bench10000Config>(),
        _ => throw new ArgumentOutOfRangeException(nameof(keys), keys, "There are schemas of 40, 1,000 and 10,000 keys."),
    };

    /// <summary>Looks every key up once in the frozen dictionary and sums the unboxed values.</summary>
    public abstract int FrozenDictionary();

    /// <summary>Looks every key up once with <c>LiveConfig&lt;T&gt;.TryGetValue</c> and sums the values.</summary>
    public abstract int Veltrix();

    /// <inheritdoc/>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the configuration.</summary>
    /// <param name="disposing">Whether called from <see cref="Dispose()"/>.</param>
    protected abstract void Dispose(bool disposing);
}
