using System;
using System.Collections.Generic;

namespace Veltrix;

/// <summary>A key that the <see cref="VeltrixMetrics.Setting"/> gauge observes, with the tags of its measurements.</summary>
internal sealed class ObservedSetting
{
    private const double TicksPerSecond = TimeSpan.TicksPerSecond;

    private readonly bool _isDuration;

    private ObservedSetting(string path, bool isDuration, KeyValuePair<string, object?>[] tags)
    {
        Path = path;
        _isDuration = isDuration;
        Tags = tags;
    }

    /// <summary>The key path, as the schema spells it.</summary>
    public string Path { get; }

    /// <summary>The schema type, the key path and the role.</summary>
    public KeyValuePair<string, object?>[] Tags { get; }

    /// <summary>
    /// The keys worth a gauge: scalars with a role, outside collections (an element has no fixed key to chart), and
    /// never a secret, whatever its type.
    /// </summary>
    public static ObservedSetting[] Select(ConfigSchema schema, KeyValuePair<string, object?> type)
    {
        var selected = new List<ObservedSetting>();
        foreach (var key in schema.Keys)
        {
            if (key.Role == ConfigRole.None || key.IsSecret || key.Kind != ConfigKeyKind.Value || key.Path.Contains('*', StringComparison.Ordinal))
            {
                continue;
            }

            selected.Add(new ObservedSetting(
                key.Path,
                key.Role is ConfigRole.Timeout or ConfigRole.CacheTtl,
                [type, new(VeltrixMetrics.KeyTag, key.Path), new(VeltrixMetrics.RoleTag, RoleName(key.Role))]));
        }

        return selected.ToArray();
    }

    /// <summary>The role as a tag value: snake case, as Prometheus labels and OpenTelemetry attribute values are written.</summary>
    public static string RoleName(ConfigRole role) => role switch
    {
        ConfigRole.CacheSize => "cache_size",
        ConfigRole.CacheTtl => "cache_ttl",
        ConfigRole.Timeout => "timeout",
        ConfigRole.ConcurrencyLimit => "concurrency_limit",
        ConfigRole.ThreadCount => "thread_count",
        ConfigRole.QueueCapacity => "queue_capacity",
        ConfigRole.PoolSize => "pool_size",
        ConfigRole.RetryCount => "retry_count",
        _ => "none",
    };

    /// <summary>
    /// The value as a number: durations in seconds (a whole-number timeout or TTL counts milliseconds, as the role
    /// attributes define it) with the platform's infinite timeout (-1 ms) as +Inf; other numbers as they are.
    /// Nulls, secrets and values that are not numbers have none.
    /// </summary>
    public bool TryMeasure(ConfigValue value, out double number)
    {
        number = 0;
        if (value.IsSecret)
        {
            return false;
        }

        switch (value.Kind)
        {
            case ConfigValueKind.TimeSpan:
                var span = value.AsTimeSpan();
                number = span == System.Threading.Timeout.InfiniteTimeSpan ? double.PositiveInfinity : span.Ticks / TicksPerSecond;
                return true;
            case ConfigValueKind.Single:
                number = value.AsSingle();
                return true;
            case ConfigValueKind.Double:
                number = value.AsDouble();
                return true;
            case ConfigValueKind.Decimal:
                number = (double)value.AsDecimal();
                return true;
        }

        if (!TryWholeNumber(value, out number))
        {
            return false;
        }

        if (_isDuration)
        {
            number = number == System.Threading.Timeout.Infinite ? double.PositiveInfinity : number / 1000;
        }

        return true;
    }

    private static bool TryWholeNumber(ConfigValue value, out double number)
    {
        switch (value.Kind)
        {
            case ConfigValueKind.Byte: number = value.AsByte(); return true;
            case ConfigValueKind.SByte: number = value.AsSByte(); return true;
            case ConfigValueKind.Int16: number = value.AsInt16(); return true;
            case ConfigValueKind.UInt16: number = value.AsUInt16(); return true;
            case ConfigValueKind.Int32: number = value.AsInt32(); return true;
            case ConfigValueKind.UInt32: number = value.AsUInt32(); return true;
            case ConfigValueKind.Int64: number = value.AsInt64(); return true;
            case ConfigValueKind.UInt64: number = value.AsUInt64(); return true;
            case ConfigValueKind.Int128: number = (double)value.AsInt128(); return true;
            case ConfigValueKind.UInt128: number = (double)value.AsUInt128(); return true;
            default: number = 0; return false;
        }
    }
}
