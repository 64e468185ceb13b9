using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Veltrix.Analyzers.Symbols;

namespace Veltrix.Analyzers.Usage;

/// <summary>
/// The schemas declared in one compilation: every root <c>[VeltrixConfig]</c> type and every section type reachable
/// from one, and the key paths they bind. Built at most once per compilation, on first use, and shared by the
/// usage analyzers (a compilation that never asks pays nothing).
/// </summary>
internal sealed class SchemaModel
{
    private static readonly ConditionalWeakTable<Compilation, SchemaModel> Cache = new();

    private readonly Compilation _compilation;
    private readonly VeltrixSymbols _symbols;
    private readonly object _gate = new();
    private HashSet<INamedTypeSymbol>? _types;
    private SchemaKeyNode? _keys;

    private SchemaModel(Compilation compilation, VeltrixSymbols symbols)
    {
        _compilation = compilation;
        _symbols = symbols;
    }

    /// <summary>The model of <paramref name="compilation"/>, shared by every analyzer that asks.</summary>
    /// <param name="compilation">The compilation.</param>
    /// <param name="symbols">Its resolved Veltrix symbols.</param>
    /// <returns>The model.</returns>
    public static SchemaModel For(Compilation compilation, VeltrixSymbols symbols)
        => Cache.GetValue(compilation, c => new SchemaModel(c, symbols));

    /// <summary>
    /// Whether <paramref name="type"/> is a root schema or a section reachable from one in this compilation, or a base
    /// class one of them inherits bound members from.
    /// </summary>
    /// <param name="type">A type.</param>
    /// <returns>True for a schema or section type.</returns>
    public bool IsSchemaType(INamedTypeSymbol type)
    {
        EnsureBuilt();
        return _types!.Contains(type.OriginalDefinition);
    }

    /// <summary>Finds the member a key path binds, matching segments case-insensitively.</summary>
    /// <param name="keyPath">A key path such as <c>Server:Cache:MaxEntries</c> or <c>Server:Hosts:0</c>.</param>
    /// <param name="match">The schema member the key binds.</param>
    /// <returns>Whether a schema binds the key.</returns>
    public bool TryMatchKey(string keyPath, out SchemaKeyMatch match)
    {
        EnsureBuilt();
        return _keys!.TryMatch(keyPath, out match);
    }

    private void EnsureBuilt()
    {
        if (Volatile.Read(ref _keys) is not null)
        {
            return;
        }

        lock (_gate)
        {
            if (_keys is not null)
            {
                return;
            }

            var types = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            var root = new SchemaKeyNode();
            var builder = new SchemaKeyIndexBuilder(_symbols, types);
            foreach (var schema in RootSchemas(_compilation.Assembly.GlobalNamespace))
            {
                builder.AddRoot(root, schema);
            }

            _types = types;
            Volatile.Write(ref _keys, root);
        }
    }

    private IEnumerable<INamedTypeSymbol> RootSchemas(INamespaceSymbol ns)
    {
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(ns);
        while (pending.Count > 0)
        {
            foreach (var member in pending.Pop().GetMembers())
            {
                if (member is INamespaceSymbol child)
                {
                    pending.Push(child);
                }
                else if (member is INamedTypeSymbol type)
                {
                    pending.Push(type);
                    if (_symbols.IsRootSchema(type))
                    {
                        yield return type;
                    }
                }
            }
        }
    }
}
