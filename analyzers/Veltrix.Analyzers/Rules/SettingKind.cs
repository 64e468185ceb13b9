namespace Veltrix.Analyzers.Rules;

/// <summary>What is known about a setting's value, and the unit of <see cref="SettingValue.Value"/>.</summary>
internal enum SettingKind
{
    /// <summary>
    /// The value cannot be determined (computed at run time, a required key, a type the rules do not measure).
    /// Value rules skip it; section rules count the member as present with an unknown value, so they stay silent.
    /// </summary>
    Unknown = 0,

    /// <summary>The value is explicitly absent: <c>null</c> (a nullable member without a default, or JSON <c>null</c>), meaning "no bound".</summary>
    Null,

    /// <summary>A whole number (<see cref="SettingValue.Value"/> is the number).</summary>
    Integer,

    /// <summary>A <c>TimeSpan</c> (<see cref="SettingValue.Value"/> is its ticks).</summary>
    TimeSpan,

    /// <summary>A duration held as a whole number of milliseconds (<see cref="SettingValue.Value"/> is the milliseconds).</summary>
    Milliseconds,
}
