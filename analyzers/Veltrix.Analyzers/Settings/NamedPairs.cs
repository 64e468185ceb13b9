using System;
using Microsoft.CodeAnalysis;
using Veltrix.Analyzers.Rules;

namespace Veltrix.Analyzers.Settings;

/// <summary>
/// Which members of a section without a role or relation attribute still take part in the rules: one half of a
/// minimum/maximum pair named <c>MinX</c>/<c>MaxX</c> or <c>XMin</c>/<c>XMax</c> (<see cref="SettingRules.MaximumNameOf"/>),
/// so that VLX2003 checks the pair as if related.
/// </summary>
internal static class NamedPairs
{
    /// <summary>Whether <paramref name="name"/> names a minimum or a maximum whose other half is a property of <paramref name="type"/>.</summary>
    /// <param name="name">The member's C# name.</param>
    /// <param name="type">The section's type.</param>
    /// <returns>True for one half of a pair.</returns>
    public static bool IsPairMember(string name, INamedTypeSymbol type)
    {
        if (SettingRules.MaximumNameOf(name) is { } maximum && HasProperty(type, maximum))
        {
            return true;
        }

        foreach (var member in type.GetMembers())
        {
            if (member is IPropertySymbol { IsStatic: false } property
                && string.Equals(SettingRules.MaximumNameOf(property.Name), name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasProperty(INamedTypeSymbol type, string name)
    {
        foreach (var member in type.GetMembers(name))
        {
            if (member is IPropertySymbol { IsStatic: false })
            {
                return true;
            }
        }

        return false;
    }
}
