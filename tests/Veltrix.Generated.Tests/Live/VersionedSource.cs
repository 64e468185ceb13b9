namespace Veltrix.Tests.Live;

/// <summary>
/// A source whose values a test changes between reloads, which tells whether they changed by a counter and counts
/// how often it was asked and loaded.
/// </summary>
public sealed class VersionedSource(string name = "versioned") : IVersionedConfigSource
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.OrdinalIgnoreCase);
    private ulong _version;

    public string Name => name;

    /// <summary>Whether a load declares its version; a source that does not is loaded on every reload.</summary>
    public bool DeclaresVersion { get; set; } = true;

    /// <summary>Run by <see cref="HasChangedSince"/> before it answers, when set: what happens between two sources' answers.</summary>
    public Action? OnQuestion { get; set; }

    /// <summary>Thrown by <see cref="HasChangedSince"/> when set.</summary>
    public Exception? ThrowOnQuestion { get; set; }

    public int Loads { get; private set; }

    public int Questions { get; private set; }

    public VersionedSource Set(string key, string? value)
    {
        _values[key] = value;
        _version++;
        return this;
    }

    public void Load(ConfigDataBuilder builder)
    {
        Loads++;
        if (DeclaresVersion)
        {
            builder.DeclareVersion(_version);
        }

        foreach (var (key, value) in _values)
        {
            builder.Set(key, value, new ConfigOrigin(name, 1, 1));
        }
    }

    public bool HasChangedSince(UInt128 version)
    {
        Questions++;
        OnQuestion?.Invoke();
        return ThrowOnQuestion is { } exception ? throw exception : version != _version;
    }
}
