using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Veltrix.Benchmarks.Generators;

/// <summary>
/// Finds the <c>[VeltrixConfig]</c> classes exactly as the Veltrix generator does and generates nothing: the part of an
/// edit's cost that is Roslyn's (a new compilation, the attribute search, a semantic model of the edited file).
/// </summary>
/// <remarks>
/// Driven directly by the benchmark, never loaded by a compiler, so it carries no <c>[Generator]</c> attribute (which
/// would ask for a netstandard2.0 analyzer assembly).
/// </remarks>
public sealed class AttributeOnlyGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // The same search as ConfigGenerator, reduced to a value that compares by content.
        var names = context.SyntaxProvider.ForAttributeWithMetadataName(
            "Veltrix.VeltrixConfigAttribute",
            static (node, _) => node is ClassDeclarationSyntax or RecordDeclarationSyntax,
            static (attributed, _) => attributed.TargetSymbol.Name);

        // An output that does nothing, so that the pipeline runs.
        context.RegisterSourceOutput(names, static (_, _) => { });
    }
}
