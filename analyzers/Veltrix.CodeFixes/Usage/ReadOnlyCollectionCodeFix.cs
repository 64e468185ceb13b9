using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Simplification;
using Veltrix.Analyzers.Diagnostics;
using Veltrix.Analyzers.Usage;

namespace Veltrix.CodeFixes.Usage;

/// <summary>
/// VLX3004: declares a mutable collection member as <c>IReadOnlyList&lt;T&gt;</c> or <c>IReadOnlyDictionary&lt;K, V&gt;</c>.
/// Offered only when the member's initializer still compiles with the new type: a target-typed <c>new()</c>, a bare
/// array initializer (<c>= { 1, 2 }</c>) or a collection expression for a dictionary would not, so those get no fix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReadOnlyCollectionCodeFix)), Shared]
public sealed class ReadOnlyCollectionCodeFix : CodeFixProvider
{
    private const string EquivalenceKey = "UseReadOnlyCollectionType";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [DiagnosticIds.SchemaMemberHasMutableCollection];

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(MutableSchemaMemberAnalyzer.ReplacementProperty, out var replacement)
                || replacement is null
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: false) is not TypeSyntax type)
            {
                continue;
            }

            // FindNode can return the inner name of `List<int>?`; the fix replaces the whole declared type.
            if (type.Parent is NullableTypeSyntax nullable)
            {
                type = nullable;
            }

            if (NewType(type, replacement) is not { } newType
                || !InitializerStillCompiles(type, replacement, model, context.CancellationToken))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Declare as {replacement}<…>",
                    async ct =>
                    {
                        var current = await context.Document.GetSyntaxRootAsync(ct).ConfigureAwait(false);
                        var changed = context.Document.WithSyntaxRoot(current!.ReplaceNode(type, newType.WithTriviaFrom(type)));
                        // Adds `using System.Collections.Generic;` when the file lacks it; the simplifier then shortens the name.
                        return await ImportAdder.AddImportsAsync(changed, Simplifier.AddImportsAnnotation, cancellationToken: ct).ConfigureAwait(false);
                    },
                    EquivalenceKey),
                diagnostic);
        }
    }

    private static TypeSyntax? NewType(TypeSyntax type, string replacement)
    {
        if (type is NullableTypeSyntax nullable)
        {
            return NewType(nullable.ElementType, replacement) is { } inner ? SyntaxFactory.NullableType(inner) : null;
        }

        var arguments = type switch
        {
            ArrayTypeSyntax array => SyntaxFactory.SingletonSeparatedList(array.ElementType),
            GenericNameSyntax generic => generic.TypeArgumentList.Arguments,
            QualifiedNameSyntax { Right: GenericNameSyntax generic } => generic.TypeArgumentList.Arguments,
            AliasQualifiedNameSyntax { Name: GenericNameSyntax generic } => generic.TypeArgumentList.Arguments,
            _ => default,
        };
        if (arguments.Count == 0)
        {
            return null;
        }

        return SyntaxFactory.QualifiedName(
                SyntaxFactory.ParseName("global::System.Collections.Generic"),
                SyntaxFactory.GenericName(SyntaxFactory.Identifier(replacement), SyntaxFactory.TypeArgumentList(arguments)))
            .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
    }

    private static bool InitializerStillCompiles(TypeSyntax type, string replacement, SemanticModel model, CancellationToken cancellationToken)
    {
        if (type.Parent is not PropertyDeclarationSyntax { Initializer.Value: var value } property)
        {
            // No initializer, or a positional record parameter, whose default can only be null.
            return true;
        }

        if (value is ImplicitObjectCreationExpressionSyntax or InitializerExpressionSyntax
            || (value is CollectionExpressionSyntax && replacement != "IReadOnlyList"))
        {
            return false;
        }

        if (value is CollectionExpressionSyntax || value.IsKind(SyntaxKind.NullLiteralExpression) || value.IsKind(SyntaxKind.DefaultLiteralExpression))
        {
            return true;
        }

        var operation = model.GetOperation(value, cancellationToken);
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        var declared = model.GetDeclaredSymbol(property, cancellationToken)?.Type;
        var target = declared is null ? null : ReadOnlyTarget(declared, replacement, model.Compilation);
        return operation?.Type is { } sourceType && target is not null
            && model.Compilation.ClassifyCommonConversion(sourceType, target).IsImplicit;
    }

    private static INamedTypeSymbol? ReadOnlyTarget(ITypeSymbol type, string replacement, Compilation compilation)
    {
        var open = compilation.GetTypeByMetadataName("System.Collections.Generic." + replacement + (replacement == "IReadOnlyList" ? "`1" : "`2"));
        return (open, type) switch
        {
            (null, _) => null,
            (_, IArrayTypeSymbol array) => open.Construct(array.ElementType),
            (_, INamedTypeSymbol named) when named.TypeArguments.Length == open.Arity => open.Construct([.. named.TypeArguments]),
            _ => null,
        };
    }
}
