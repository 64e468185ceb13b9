using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Veltrix.Analyzers.ConfigSchema;

/// <summary>
/// The members whose values no message may show: <c>[Secret]</c> members, and every member of a section type reached
/// through one at any depth. Decided per type, as the generated code decides it (its bind and validate methods of a
/// type are shared, so a type reached through a secret member is secret wherever else it is used too).
/// </summary>
internal sealed class SchemaSecrets
{
    private readonly HashSet<SchemaMember> _members = [];
    private readonly HashSet<INamedTypeSymbol> _sections = new(SymbolEqualityComparer.Default);

    /// <summary>Finds the secrets of <paramref name="roots"/>.</summary>
    /// <param name="roots">The schemas.</param>
    public SchemaSecrets(ImmutableArray<SchemaRoot> roots)
    {
        var secretSections = new HashSet<SchemaSection>();
        var visited = new HashSet<SchemaSection>();
        foreach (var root in roots)
        {
            FindSecrets(root.Section, visited, secretSections);
        }

        foreach (var section in secretSections)
        {
            _sections.Add(section.Type.OriginalDefinition);
            foreach (var member in section.Members)
            {
                _members.Add(member);
            }
        }
    }

    /// <summary>Whether messages must not show <paramref name="member"/>'s value.</summary>
    /// <param name="member">A member of one of the schemas.</param>
    /// <returns>True for a secret.</returns>
    public bool IsSecret(SchemaMember member) => _members.Contains(member);

    /// <summary>Whether <paramref name="type"/> is a section reached through a <c>[Secret]</c> member, so that all its values are secret.</summary>
    /// <param name="type">A type.</param>
    /// <returns>True for a secret section.</returns>
    public bool IsSecretSection(INamedTypeSymbol type) => _sections.Contains(type.OriginalDefinition);

    private void FindSecrets(SchemaSection section, HashSet<SchemaSection> visited, HashSet<SchemaSection> secretSections)
    {
        if (!visited.Add(section))
        {
            return;
        }

        foreach (var member in section.Members)
        {
            if (member.IsSecret)
            {
                _members.Add(member);
                MarkSecret(member.Type, secretSections);
            }

            if (SectionBelow(member.Type) is { } inner)
            {
                FindSecrets(inner, visited, secretSections);
            }
        }
    }

    private static void MarkSecret(SchemaType type, HashSet<SchemaSection> secretSections)
    {
        if (SectionBelow(type) is { } section && secretSections.Add(section))
        {
            foreach (var member in section.Members)
            {
                MarkSecret(member.Type, secretSections);
            }
        }
    }

    // The section a member's type is, or holds as (nested) elements.
    private static SchemaSection? SectionBelow(SchemaType type)
    {
        while (type.Element is { } element)
        {
            type = element;
        }

        return type.Section;
    }
}
