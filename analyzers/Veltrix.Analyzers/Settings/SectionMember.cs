using Microsoft.CodeAnalysis;
using Veltrix.Analyzers.Rules;

namespace Veltrix.Analyzers.Settings;

/// <summary>One checked member of a section being analyzed: what it is, what value it has, and where each was written.</summary>
internal sealed class SectionMember
{
    /// <summary>Creates a member.</summary>
    /// <param name="symbol">The property (or constructor parameter) symbol.</param>
    /// <param name="declaration">Role, unit and relations.</param>
    /// <param name="memberLocation">Where the member is declared (its identifier).</param>
    public SectionMember(ISymbol symbol, SettingDeclaration declaration, Location memberLocation)
    {
        Symbol = symbol;
        Declaration = declaration;
        MemberLocation = memberLocation;
    }

    /// <summary>The property or parameter.</summary>
    public ISymbol Symbol { get; }

    /// <summary>Role, unit and relations.</summary>
    public SettingDeclaration Declaration { get; }

    /// <summary>Where the member is declared.</summary>
    public Location MemberLocation { get; }

    /// <summary>What is known about the value.</summary>
    public SettingKind Kind { get; set; }

    /// <summary>The value in <see cref="SettingDeclaration.Unit"/>.</summary>
    public long Value { get; set; }

    /// <summary>The expression the value was written as (initializer, default, attribute argument), or null when implicit.</summary>
    public Location? ValueLocation { get; set; }
}
