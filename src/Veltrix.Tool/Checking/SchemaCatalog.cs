using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Veltrix.Tool.Checking;

/// <summary>
/// The <c>[VeltrixConfig]</c> roots a compilation sees in its references, for the report's header and the "no schema"
/// error; which keys a schema has is the analyzer's business (<c>SchemaParser</c>), never decided here.
/// </summary>
internal static class SchemaCatalog
{
    private const string AttributeName = "Veltrix.VeltrixConfigAttribute";

    /// <summary>Finds the roots.</summary>
    /// <param name="compilation">A compilation that references the app.</param>
    /// <returns>Each root's full type name and section, sorted by type name.</returns>
    public static List<(string Type, string Section)> Find(Compilation compilation)
    {
        var roots = new List<(string, string)>();
        var attribute = compilation.GetTypeByMetadataName(AttributeName);
        if (attribute is null)
        {
            return roots;
        }

        // Only an assembly that references the runtime can declare a root: the framework is never walked.
        var runtime = attribute.ContainingAssembly.Identity.Name;
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            foreach (var module in assembly.Modules)
            {
                if (module.ReferencedAssemblies.Any(r => string.Equals(r.Name, runtime, StringComparison.Ordinal)))
                {
                    Collect(assembly.GlobalNamespace, attribute, roots);
                    break;
                }
            }
        }

        roots.Sort(static (a, b) => string.CompareOrdinal(a.Item1, b.Item1));
        return roots;
    }

    private static void Collect(INamespaceOrTypeSymbol container, INamedTypeSymbol attribute, List<(string, string)> roots)
    {
        foreach (var member in container.GetMembers())
        {
            if (member is INamespaceSymbol ns)
            {
                Collect(ns, attribute, roots);
            }
            else if (member is INamedTypeSymbol type)
            {
                foreach (var data in type.GetAttributes())
                {
                    if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute))
                    {
                        var section = data.ConstructorArguments.Length > 0 && data.ConstructorArguments[0].Value is string s ? s : string.Empty;
                        roots.Add((type.ToDisplayString(), section));
                    }
                }

                Collect(type, attribute, roots);
            }
        }
    }
}
