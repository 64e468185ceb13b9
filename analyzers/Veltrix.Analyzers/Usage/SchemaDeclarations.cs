using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Veltrix.Analyzers.ConfigSchema;

namespace Veltrix.Analyzers.Usage;

/// <summary>
/// How the member rules (VLX3003, VLX3004, VLX3006) reach the properties of schema and section types: from a syntax
/// action on each type declaration, which the analyzer driver runs on the walk it makes for every syntax analyzer
/// anyway, rather than from a symbol action per property, which costs the driver bookkeeping for every property of
/// the project. A declaration whose name no schema type has is passed over before any symbol is looked up.
/// </summary>
internal static class SchemaDeclarations
{
    /// <summary>The declarations that can declare a schema or section type, or a base class of one.</summary>
    public static readonly ImmutableArray<SyntaxKind> Kinds =
    [
        SyntaxKind.ClassDeclaration,
        SyntaxKind.StructDeclaration,
        SyntaxKind.RecordDeclaration,
        SyntaxKind.RecordStructDeclaration,
        SyntaxKind.InterfaceDeclaration,
    ];

    /// <summary>The schema or section type the declaration of <paramref name="context"/> declares (one part of it, if partial).</summary>
    /// <param name="context">The syntax context of a declaration of one of <see cref="Kinds"/>.</param>
    /// <param name="model">The compilation's schemas.</param>
    /// <returns>The type, or null when it is not a schema or section type.</returns>
    public static INamedTypeSymbol? SchemaTypeOf(SyntaxNodeAnalysisContext context, SchemaModel model)
    {
        var declaration = (TypeDeclarationSyntax)context.Node;
        return model.MayBeSchemaType(declaration.Identifier.ValueText)
            && context.SemanticModel.GetDeclaredSymbol(declaration, context.CancellationToken) is { } type
            && model.IsSchemaType(type)
                ? type
                : null;
    }

    /// <summary>
    /// Whether <paramref name="member"/> is declared in <paramref name="declaration"/> (a positional record property in
    /// its parameter list): each member of a partial type is analyzed once, with the part that declares it, and not at
    /// all when that part is generated code, as a symbol action would.
    /// </summary>
    /// <param name="member">A member of the declared type.</param>
    /// <param name="declaration">One declaration of the type.</param>
    /// <returns>True when the member's (first) declaration lies in <paramref name="declaration"/>.</returns>
    public static bool IsDeclaredIn(ISymbol member, SyntaxNode declaration)
    {
        var references = member.DeclaringSyntaxReferences;
        return references.Length > 0
            && references[0].SyntaxTree == declaration.SyntaxTree
            && declaration.Span.Contains(references[0].Span);
    }
}
