using System.Collections.Frozen;

namespace Veltrix.Benchmarks.Lookup;

/// <summary><see cref="LookupTargets"/> for schema <typeparamref name="T"/>.</summary>
/// <typeparam name="T">A schema written by <c>benchmarks/BenchmarkSchemas.targets</c>.</typeparam>
internal sealed class LookupTargets<T> : LookupTargets
    where T : class, IVeltrixConfig<T>
{
    private readonly LiveConfig<T> _live;
    private readonly string[] _keys;
    private readonly FrozenDictionary<string, object> _frozen;

    /// <summary>Builds both and checks that they agree.</summary>
    public LookupTargets()
    {
        _live = VeltrixConfiguration.CreateBuilder<T>().Build();
        var keys = new List<string>();
        var values = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in T.Schema.Keys)
        {
            if (key.Kind == ConfigKeyKind.Value && _live.TryGetValue(key.Path, out var value))
            {
                // Half the lookups in another case, as keys typed by people arrive.
                keys.Add(keys.Count % 2 == 0 ? key.Path : key.Path.ToUpperInvariant());
                values[key.Path] = value.AsInt32();
            }
        }

        _keys = [.. keys];
        _frozen = values.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        if (FrozenDictionary() != Veltrix())
        {
            throw new InvalidOperationException($"The lookups of {typeof(T).Name} disagree.");
        }
    }

    /// <inheritdoc/>
    public override int FrozenDictionary()
    {
        var sum = 0;
        foreach (var key in _keys)
        {
            sum += (int)_frozen[key];
        }

        return sum;
    }

    /// <inheritdoc/>
    public override int Veltrix()
    {
        var sum = 0;
        foreach (var key in _keys)
        {
            _live.TryGetValue(key, out var value);
            sum += value.AsInt32();
        }

        return sum;
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _live.Dispose();
        }
    }
}
