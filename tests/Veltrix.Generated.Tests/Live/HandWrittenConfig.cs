using System.Globalization;

namespace Veltrix.Tests.Live;

/// <summary>
/// A schema implemented by hand, so that LiveConfig's pipeline is tested independently of the generator.
/// Keys: Test:Port (int, Range 1..65535), Test:Name (string).
/// </summary>
public sealed class HandWrittenConfig : IVeltrixConfig<HandWrittenConfig>
{
    public int Port { get; init; } = 80;

    public string Name { get; init; } = "default";

    public static ConfigSchema Schema { get; } = new("Test", 0x1234UL,
    [
        new ConfigKeyInfo("Test:Name", ConfigKeyKind.Value, "string", "default", ConfigRole.None, false, false, null),
        new ConfigKeyInfo("Test:Port", ConfigKeyKind.Value, "int", "80", ConfigRole.None, false, false, null),
    ]);

    public static HandWrittenConfig Bind(BindContext context)
    {
        var node = context.Find("Test");
        var defaults = new HandWrittenConfig();
        return new HandWrittenConfig
        {
            Port = node?.GetChild("Port") is { } p ? context.ParseInteger(p, false, defaults.Port) : defaults.Port,
            Name = node?.GetChild("Name") is { } n ? context.ParseString(n, false, defaults.Name)! : defaults.Name,
        };
    }

    public static void Validate(HandWrittenConfig config, BindContext context)
    {
        if (config.Port is < 1 or > 65535)
        {
            context.AddError("Test:Port", string.Create(CultureInfo.InvariantCulture, $"The value {config.Port} must be between 1 and 65535."), "Range");
        }
    }

    public static void Diff(HandWrittenConfig before, HandWrittenConfig after, ChangeSetBuilder changes)
    {
        if (before.Name != after.Name)
        {
            changes.Add("Test:Name");
        }

        if (before.Port != after.Port)
        {
            changes.Add("Test:Port");
        }
    }

    public static bool TryGetValue(HandWrittenConfig config, ReadOnlySpan<char> keyPath, out ConfigValue value)
    {
        if (keyPath.Equals("Test:Port", StringComparison.OrdinalIgnoreCase))
        {
            value = ConfigValue.From(config.Port);
            return true;
        }

        if (keyPath.Equals("Test:Name", StringComparison.OrdinalIgnoreCase))
        {
            value = ConfigValue.From(config.Name);
            return true;
        }

        value = default;
        return false;
    }
}

/// <summary>A source whose values a test changes between reloads.</summary>
public sealed class MutableSource : IConfigSource, IDisposable
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.OrdinalIgnoreCase);

    public string Name => "mutable";

    public bool Disposed { get; private set; }

    public Exception? ThrowOnLoad { get; set; }

    public MutableSource Set(string key, string? value)
    {
        _values[key] = value;
        return this;
    }

    public void Load(ConfigDataBuilder builder)
    {
        if (ThrowOnLoad is not null)
        {
            throw ThrowOnLoad;
        }

        foreach (var (key, value) in _values)
        {
            builder.Set(key, value, new ConfigOrigin("mutable", 1, 1));
        }
    }

    public void Dispose() => Disposed = true;
}
