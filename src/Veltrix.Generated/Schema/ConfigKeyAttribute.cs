using System;

namespace Veltrix;

/// <summary>
/// Renames the key segment of a member. By default the segment is the member's name.
/// </summary>
/// <remarks>The name must be non-empty and must not contain <c>:</c>.</remarks>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class ConfigKeyAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="name">The key segment to bind this member from.</param>
    public ConfigKeyAttribute(string name) => Name = name;

    /// <summary>The key segment this member is bound from.</summary>
    public string Name { get; }
}
