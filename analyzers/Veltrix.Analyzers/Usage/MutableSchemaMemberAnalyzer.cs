using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Veltrix.Analyzers.ConfigSchema;
using Veltrix.Analyzers.Diagnostics;
using Veltrix.Analyzers.Symbols;

namespace Veltrix.Analyzers.Usage;

/// <summary>
/// VLX3003 and VLX3004: a member of a schema or section type that can change after the snapshot is published, through
/// a <c>set</c> accessor or a mutable collection type (<c>List&lt;T&gt;</c>, <c>IList&lt;T&gt;</c>, <c>ICollection&lt;T&gt;</c>,
/// an array, <c>Dictionary&lt;,&gt;</c>, <c>IDictionary&lt;,&gt;</c>, <c>HashSet&lt;T&gt;</c>, <c>ISet&lt;T&gt;</c>).
/// </summary>
/// <remarks>
/// The properties are reached from each declaration of a schema or section type (<see cref="SchemaDeclarations"/>):
/// the declarations of other types cost a lookup of their name.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MutableSchemaMemberAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The diagnostic property naming the read-only type a VLX3004 fix declares (<c>IReadOnlyList</c> or <c>IReadOnlyDictionary</c>).</summary>
    public const string ReplacementProperty = "Replacement";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        [DiagnosticDescriptors.SchemaMemberHasSetter, DiagnosticDescriptors.SchemaMemberHasMutableCollection];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            if (VeltrixSymbols.TryCreate(start.Compilation) is not { } symbols)
            {
                return;
            }

            var model = SchemaModel.For(start.Compilation, symbols);
            start.RegisterSyntaxNodeAction(c => AnalyzeDeclaration(c, model), SchemaDeclarations.Kinds);
        });
    }

    private static void AnalyzeDeclaration(SyntaxNodeAnalysisContext context, SchemaModel model)
    {
        if (SchemaDeclarations.SchemaTypeOf(context, model) is not { } type)
        {
            return;
        }

        foreach (var member in type.GetMembers())
        {
            if (member is IPropertySymbol property && SchemaDeclarations.IsDeclaredIn(property, context.Node))
            {
                AnalyzeProperty(context, property, model);
            }
        }
    }

    private static void AnalyzeProperty(SyntaxNodeAnalysisContext context, IPropertySymbol property, SchemaModel model)
    {
        if (!model.IsSchemaMember(property))
        {
            return;
        }

        if (property.SetMethod is { IsInitOnly: false } setter
            && FindSyntax(setter, context.CancellationToken) is AccessorDeclarationSyntax accessor)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.SchemaMemberHasSetter,
                accessor.Keyword.GetLocation(),
                property.Name));
        }

        if (MutableCollection(property.Type) is { } replacement && TypeSyntaxOf(property, context.CancellationToken) is { } typeSyntax)
        {
            // A set has no read-only replacement the generator binds; the fix declines it.
            var fixable = replacement != "IReadOnlySet";
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.SchemaMemberHasMutableCollection,
                typeSyntax.GetLocation(),
                fixable ? ImmutableDictionary<string, string?>.Empty.Add(ReplacementProperty, replacement) : ImmutableDictionary<string, string?>.Empty,
                property.Name,
                property.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
                ReplacementDisplay(property.Type, replacement)));
        }
    }

    /// <summary>The read-only interface that replaces a mutable collection type, or null when the type is not one.</summary>
    private static string? MutableCollection(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol { Rank: 1 })
        {
            return "IReadOnlyList";
        }

        if (type is not INamedTypeSymbol { IsGenericType: true } named)
        {
            return null;
        }

        return MetadataName(named.OriginalDefinition) switch
        {
            "System.Collections.Generic.List`1" or "System.Collections.Generic.IList`1" or "System.Collections.Generic.ICollection`1" => "IReadOnlyList",
            "System.Collections.Generic.Dictionary`2" or "System.Collections.Generic.IDictionary`2" => "IReadOnlyDictionary",
            "System.Collections.Generic.HashSet`1" or "System.Collections.Generic.ISet`1" => "IReadOnlySet",
            _ => null,
        };
    }

    private static string MetadataName(INamedTypeSymbol type)
        => type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + type.MetadataName : type.MetadataName;

    private static string ReplacementDisplay(ITypeSymbol type, string replacement)
    {
        var arguments = type is IArrayTypeSymbol array
            ? array.ElementType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)
            : string.Join(", ", System.Linq.Enumerable.Select(((INamedTypeSymbol)type).TypeArguments, static t => t.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)));
        var nullable = type.NullableAnnotation == NullableAnnotation.Annotated ? "?" : string.Empty;
        return replacement + "<" + arguments + ">" + nullable;
    }

    private static SyntaxNode? FindSyntax(ISymbol symbol, CancellationToken cancellationToken)
        => symbol.DeclaringSyntaxReferences.Length > 0 ? symbol.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) : null;

    private static TypeSyntax? TypeSyntaxOf(IPropertySymbol property, CancellationToken cancellationToken)
        => FindSyntax(property, cancellationToken) switch
        {
            PropertyDeclarationSyntax declaration => declaration.Type,
            ParameterSyntax parameter => parameter.Type,
            _ => null,
        };
}
