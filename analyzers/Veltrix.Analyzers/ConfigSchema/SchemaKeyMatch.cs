using Microsoft.CodeAnalysis;

namespace Veltrix.Analyzers.ConfigSchema;

/// <summary>The schema member a key path binds.</summary>
internal readonly struct SchemaKeyMatch
{
    /// <summary>Creates a match.</summary>
    /// <param name="schema">The root schema type.</param>
    /// <param name="access">The C# member access from a snapshot of <paramref name="schema"/>.</param>
    /// <param name="type">The type of the bound member or element.</param>
    public SchemaKeyMatch(INamedTypeSymbol schema, string access, ITypeSymbol type)
    {
        Schema = schema;
        Access = access;
        Type = type;
    }

    /// <summary>The root schema type.</summary>
    public INamedTypeSymbol Schema { get; }

    /// <summary>The C# member access from a snapshot of <see cref="Schema"/>: <c>.Cache.MaxEntries</c>, <c>.Hosts[0]</c>.</summary>
    public string Access { get; }

    /// <summary>The type of the bound member or element.</summary>
    public ITypeSymbol Type { get; }
}
