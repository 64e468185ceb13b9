using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Veltrix.Analyzers.ConfigSchema;

/// <summary>A section type and its keys, looked up case-insensitively as the runtime looks them up.</summary>
internal sealed class SchemaSection
{
    private readonly Dictionary<string, SchemaMember> _byKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<SchemaMember> _members = [];
    private Dictionary<string, SchemaUnboundMember>? _unbound;

    /// <summary>Creates an empty section; <see cref="Add"/> fills it (sections may be reached before they are complete).</summary>
    /// <param name="type">The section type.</param>
    public SchemaSection(INamedTypeSymbol type) => Type = type;

    /// <summary>The section type.</summary>
    public INamedTypeSymbol Type { get; }

    /// <summary>The keys in declaration order.</summary>
    public IReadOnlyList<SchemaMember> Members => _members;

    /// <summary>Adds a member unless its key is already bound (the generator reports that as VLX0003).</summary>
    /// <param name="member">The member.</param>
    public void Add(SchemaMember member)
    {
        if (!_byKey.ContainsKey(member.Key))
        {
            _byKey.Add(member.Key, member);
            _members.Add(member);
        }
    }

    /// <summary>Records a property the binder leaves out, unless a bound member already has its key.</summary>
    /// <param name="member">The property and why it is not bound.</param>
    public void AddUnbound(SchemaUnboundMember member)
    {
        _unbound ??= new Dictionary<string, SchemaUnboundMember>(StringComparer.OrdinalIgnoreCase);
        if (!_byKey.ContainsKey(member.Key) && !_unbound.ContainsKey(member.Key))
        {
            _unbound.Add(member.Key, member);
        }
    }

    /// <summary>Finds a property the binder leaves out by the key it would have, case-insensitively.</summary>
    /// <param name="key">The key segment.</param>
    /// <param name="member">The property and why it is not bound.</param>
    /// <returns>Whether the section has such a property.</returns>
    public bool TryGetUnbound(string key, out SchemaUnboundMember member)
    {
        member = null!;
        return _unbound is not null && !_byKey.ContainsKey(key) && _unbound.TryGetValue(key, out member!);
    }

    /// <summary>Finds a key, case-insensitively.</summary>
    /// <param name="key">The key segment.</param>
    /// <param name="member">The member.</param>
    /// <returns>Whether the section has the key.</returns>
    public bool TryGet(string key, out SchemaMember member) => _byKey.TryGetValue(key, out member!);
}
