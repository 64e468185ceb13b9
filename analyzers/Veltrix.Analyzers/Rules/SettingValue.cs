using System;
using System.Globalization;

namespace Veltrix.Analyzers.Rules;

/// <summary>
/// One setting as the rules see it: the member it belongs to, its role, and its effective value. Independent of
/// where the value was written, so the C# analyzer (initializers, constructor defaults, attribute arguments) and the
/// configuration-file analyzer (JSON tokens) build the same model and get the same verdicts.
/// </summary>
internal readonly struct SettingValue
{
    /// <summary>Creates a setting.</summary>
    /// <param name="memberName">The C# member name (the name <c>nameof</c> gives; relation targets refer to it).</param>
    /// <param name="role">What the setting controls.</param>
    /// <param name="kind">What is known about the value and its unit.</param>
    /// <param name="value">The number, ticks or milliseconds (see <paramref name="kind"/>); ignored for <see cref="SettingKind.Unknown"/> and <see cref="SettingKind.Null"/>.</param>
    /// <param name="expiration">For <see cref="SettingRole.CacheTtl"/>: absolute or sliding.</param>
    /// <param name="timeoutScope">For <see cref="SettingRole.Timeout"/>: what the timeout bounds.</param>
    /// <param name="atMost">The member this value must not exceed (<c>[AtMost]</c>), or null.</param>
    /// <param name="atLeast">The member this value must not fall below (<c>[AtLeast]</c>), or null.</param>
    /// <param name="unit">
    /// The unit the member's values are read in when <paramref name="kind"/> does not say (a <c>null</c> or unknown
    /// value), so that a value suggested for it is still in its unit; otherwise <paramref name="kind"/>.
    /// </param>
    /// <param name="isSecret">Whether the value is secret: messages then show <see cref="Redacted"/> in its place.</param>
    public SettingValue(
        string memberName,
        SettingRole role,
        SettingKind kind,
        long value,
        CacheExpirationKind expiration = CacheExpirationKind.Absolute,
        TimeoutScopeKind timeoutScope = TimeoutScopeKind.Unspecified,
        string? atMost = null,
        string? atLeast = null,
        SettingKind unit = SettingKind.Unknown,
        bool isSecret = false)
    {
        MemberName = memberName;
        Role = role;
        Kind = kind;
        Value = kind is SettingKind.Unknown or SettingKind.Null ? 0 : value;
        Expiration = expiration;
        TimeoutScope = timeoutScope;
        AtMost = atMost;
        AtLeast = atLeast;
        Unit = kind is SettingKind.Unknown or SettingKind.Null ? unit : kind;
        IsSecret = isSecret;
    }

    /// <summary>What a message shows in place of a secret value, and of any figure computed from one.</summary>
    public const string Redacted = "***";

    /// <summary>The C# member name.</summary>
    public string MemberName { get; }

    /// <summary>What the setting controls.</summary>
    public SettingRole Role { get; }

    /// <summary>What is known about the value, and its unit.</summary>
    public SettingKind Kind { get; }

    /// <summary>
    /// The unit of the member's values (<see cref="SettingKind.Integer"/>, <see cref="SettingKind.TimeSpan"/>,
    /// <see cref="SettingKind.Milliseconds"/>) even when this value is <c>null</c>; <see cref="SettingKind.Unknown"/>
    /// when not measured. Equal to <see cref="Kind"/> for a known value.
    /// </summary>
    public SettingKind Unit { get; }

    /// <summary>The number (<see cref="SettingKind.Integer"/>), ticks (<see cref="SettingKind.TimeSpan"/>) or milliseconds (<see cref="SettingKind.Milliseconds"/>).</summary>
    public long Value { get; }

    /// <summary>For a cache TTL: absolute or sliding.</summary>
    public CacheExpirationKind Expiration { get; }

    /// <summary>For a timeout: per attempt, overall, or unspecified.</summary>
    public TimeoutScopeKind TimeoutScope { get; }

    /// <summary>The member whose value this one must not exceed, or null.</summary>
    public string? AtMost { get; }

    /// <summary>The member whose value this one must not fall below, or null.</summary>
    public string? AtLeast { get; }

    /// <summary>Whether the value is secret (<c>[Secret]</c>, or in a section reached through a secret member).</summary>
    public bool IsSecret { get; }

    /// <summary>Whether the value is a number or a duration the rules can compare.</summary>
    public bool IsKnown => Kind is SettingKind.Integer or SettingKind.TimeSpan or SettingKind.Milliseconds;

    /// <summary>Whether the value is a duration (<see cref="SettingKind.TimeSpan"/> or <see cref="SettingKind.Milliseconds"/>).</summary>
    public bool IsDuration => Kind is SettingKind.TimeSpan or SettingKind.Milliseconds;

    /// <summary>The value as ticks for durations (saturating at <see cref="long.MaxValue"/>), the number otherwise.</summary>
    public long Comparable => Kind == SettingKind.Milliseconds ? ToTicks(Value) : Value;

    /// <summary>Converts ticks to this setting's <see cref="Unit"/>: milliseconds for <see cref="SettingKind.Milliseconds"/>, otherwise unchanged.</summary>
    /// <param name="ticks">A duration in ticks, or a number.</param>
    /// <param name="roundUp">For milliseconds: round up (a floor stays a floor) rather than down (a ceiling stays a ceiling).</param>
    /// <returns>The value in this setting's unit.</returns>
    public long FromComparable(long ticks, bool roundUp)
        => Unit != SettingKind.Milliseconds ? ticks
            : (ticks / TimeSpan.TicksPerMillisecond) + (roundUp && ticks % TimeSpan.TicksPerMillisecond > 0 ? 1 : 0);

    /// <summary>
    /// Whether this duration means "never": <c>Timeout.InfiniteTimeSpan</c> (-1 ms) or <c>TimeSpan.MaxValue</c>; for a
    /// whole number of milliseconds, -1 (<c>Timeout.Infinite</c>) or <c>int.MaxValue</c> and more. A long finite
    /// TimeSpan (30 days, as a bare <c>30</c> in a file reads) is not infinite: the timeout ceiling judges it.
    /// </summary>
    public bool IsInfiniteDuration => Kind switch
    {
        SettingKind.TimeSpan => Value == -TimeSpan.TicksPerMillisecond || Value == TimeSpan.MaxValue.Ticks,
        SettingKind.Milliseconds => Value == -1 || Value >= int.MaxValue,
        _ => false,
    };

    /// <summary>Whether this count means "no bound": <c>int.MaxValue</c> or more (<c>long.MaxValue</c> included).</summary>
    public bool IsUnboundedCount => Kind == SettingKind.Integer && Value >= int.MaxValue;

    /// <summary>
    /// Formats <paramref name="value"/> (in this setting's <see cref="Unit"/>) as a configuration file writes it: <c>00:00:30</c>,
    /// <c>500</c>; the "never" sentinels by name, since <c>-00:00:00.0010000</c> tells a reader nothing.
    /// </summary>
    /// <param name="value">A value in this setting's unit.</param>
    /// <returns>The text, invariant culture.</returns>
    public string Format(long value) => Unit switch
    {
        SettingKind.TimeSpan when value == -TimeSpan.TicksPerMillisecond => "Timeout.InfiniteTimeSpan (-1 ms)",
        SettingKind.TimeSpan when value == TimeSpan.MaxValue.Ticks => "TimeSpan.MaxValue",
        SettingKind.TimeSpan => new TimeSpan(value).ToString("c", CultureInfo.InvariantCulture),
        SettingKind.Milliseconds when value == -1 => "Timeout.Infinite (-1 ms)",
        SettingKind.Milliseconds => value.ToString(CultureInfo.InvariantCulture) + " ms",
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Formats this setting's own value; <c>null</c> for <see cref="SettingKind.Null"/>, <see cref="Redacted"/> for a secret.</summary>
    /// <returns>The text.</returns>
    public string FormatValue() => IsSecret ? Redacted : Kind switch
    {
        SettingKind.Null => "null",
        SettingKind.Unknown => "?",
        _ => Format(Value),
    };

    /// <summary>Milliseconds to ticks, saturating instead of overflowing.</summary>
    /// <param name="milliseconds">Milliseconds.</param>
    /// <returns>Ticks.</returns>
    public static long ToTicks(long milliseconds)
        => milliseconds > long.MaxValue / TimeSpan.TicksPerMillisecond ? long.MaxValue
            : milliseconds < long.MinValue / TimeSpan.TicksPerMillisecond ? long.MinValue
            : milliseconds * TimeSpan.TicksPerMillisecond;
}
