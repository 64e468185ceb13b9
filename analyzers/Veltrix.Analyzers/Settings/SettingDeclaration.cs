using Veltrix.Analyzers.Rules;

namespace Veltrix.Analyzers.Settings;

/// <summary>
/// What a member's attributes and type say about it, before any value is read: its role, the unit of its values,
/// and its relations. <see cref="ToValue"/> pairs it with a value from C# (an initializer, a default) or from a
/// configuration file.
/// </summary>
internal readonly struct SettingDeclaration
{
    /// <summary>Creates a declaration.</summary>
    /// <param name="memberName">The C# member name.</param>
    /// <param name="role">The role attribute's role, or <see cref="SettingRole.None"/>.</param>
    /// <param name="unit">
    /// The unit values are read in: <see cref="SettingKind.Integer"/>, <see cref="SettingKind.TimeSpan"/>,
    /// <see cref="SettingKind.Milliseconds"/> (a whole-number <c>[Timeout]</c> or <c>[CacheTtl]</c>), or
    /// <see cref="SettingKind.Unknown"/> for types the rules do not measure.
    /// </param>
    /// <param name="isNullable">Whether the member admits null (<c>int?</c>, <c>TimeSpan?</c>).</param>
    /// <param name="expiration">For <c>[CacheTtl]</c>: absolute or sliding.</param>
    /// <param name="timeoutScope">For <c>[Timeout]</c>: the declared scope.</param>
    /// <param name="atMost">The <c>[AtMost]</c> target, or null.</param>
    /// <param name="atLeast">The <c>[AtLeast]</c> target, or null.</param>
    /// <param name="isSecret">Whether the member's value is secret, so that no message shows it.</param>
    public SettingDeclaration(
        string memberName,
        SettingRole role,
        SettingKind unit,
        bool isNullable,
        CacheExpirationKind expiration,
        TimeoutScopeKind timeoutScope,
        string? atMost,
        string? atLeast,
        bool isSecret = false)
    {
        MemberName = memberName;
        Role = role;
        Unit = unit;
        IsNullable = isNullable;
        Expiration = expiration;
        TimeoutScope = timeoutScope;
        AtMost = atMost;
        AtLeast = atLeast;
        IsSecret = isSecret;
    }

    /// <summary>The C# member name.</summary>
    public string MemberName { get; }

    /// <summary>The role, or <see cref="SettingRole.None"/>.</summary>
    public SettingRole Role { get; }

    /// <summary>The unit values are read in, or <see cref="SettingKind.Unknown"/>.</summary>
    public SettingKind Unit { get; }

    /// <summary>Whether the member admits null.</summary>
    public bool IsNullable { get; }

    /// <summary>For <c>[CacheTtl]</c>: absolute or sliding.</summary>
    public CacheExpirationKind Expiration { get; }

    /// <summary>For <c>[Timeout]</c>: the declared scope.</summary>
    public TimeoutScopeKind TimeoutScope { get; }

    /// <summary>The <c>[AtMost]</c> target, or null.</summary>
    public string? AtMost { get; }

    /// <summary>The <c>[AtLeast]</c> target, or null.</summary>
    public string? AtLeast { get; }

    /// <summary>
    /// Whether the value is secret: the member is <c>[Secret]</c>, or (as the configuration-file rules know it) belongs to
    /// a section reached through a <c>[Secret]</c> member.
    /// </summary>
    public bool IsSecret { get; }

    /// <summary>This declaration, with a secret value.</summary>
    /// <returns>The secret declaration.</returns>
    public SettingDeclaration AsSecret()
        => new(MemberName, Role, Unit, IsNullable, Expiration, TimeoutScope, AtMost, AtLeast, isSecret: true);

    /// <summary>Whether any rule looks at this member (it has a role or a relation).</summary>
    public bool IsChecked => Role != SettingRole.None || AtMost is not null || AtLeast is not null;

    /// <summary>The setting with <paramref name="kind"/> and <paramref name="value"/>.</summary>
    /// <param name="kind">What is known about the value (<see cref="Unit"/>, <see cref="SettingKind.Null"/> or <see cref="SettingKind.Unknown"/>).</param>
    /// <param name="value">The value in <see cref="Unit"/>.</param>
    /// <returns>The setting.</returns>
    public SettingValue ToValue(SettingKind kind, long value)
        => new(MemberName, Role, kind, value, Expiration, TimeoutScope, AtMost, AtLeast, Unit, IsSecret);
}
