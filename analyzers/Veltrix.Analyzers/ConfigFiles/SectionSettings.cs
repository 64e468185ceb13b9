using System.Collections.Generic;
using Veltrix.Analyzers.ConfigSchema;
using Veltrix.Analyzers.Rules;
using Veltrix.Analyzers.Settings;

namespace Veltrix.Analyzers.ConfigFiles;

/// <summary>The members of a section that the setting rules judge, their declarations and their defaults in code.</summary>
internal sealed class SectionSettings
{
    /// <summary>Creates the description.</summary>
    /// <param name="section">The section.</param>
    /// <param name="members">The members with a role or relation attribute.</param>
    /// <param name="declarations">Their declarations, index for index.</param>
    /// <param name="defaults">Their defaults in code, index for index.</param>
    /// <param name="thresholds">The thresholds that apply to the section's source.</param>
    public SectionSettings(
        SchemaSection section,
        IReadOnlyList<SchemaMember> members,
        IReadOnlyList<SettingDeclaration> declarations,
        IReadOnlyList<SettingValue> defaults,
        RuleThresholds thresholds)
    {
        Section = section;
        Members = members;
        Declarations = declarations;
        Defaults = defaults;
        Thresholds = thresholds;
    }

    /// <summary>The section.</summary>
    public SchemaSection Section { get; }

    /// <summary>The judged members.</summary>
    public IReadOnlyList<SchemaMember> Members { get; }

    /// <summary>Their declarations.</summary>
    public IReadOnlyList<SettingDeclaration> Declarations { get; }

    /// <summary>Their defaults in code.</summary>
    public IReadOnlyList<SettingValue> Defaults { get; }

    /// <summary>The rule thresholds.</summary>
    public RuleThresholds Thresholds { get; }

    /// <summary>The index of <paramref name="member"/>, or -1 when no rule judges it.</summary>
    /// <param name="member">A member of the section.</param>
    /// <returns>The index.</returns>
    public int IndexOf(SchemaMember member)
    {
        for (var i = 0; i < Members.Count; i++)
        {
            if (ReferenceEquals(Members[i], member))
            {
                return i;
            }
        }

        return -1;
    }
}
