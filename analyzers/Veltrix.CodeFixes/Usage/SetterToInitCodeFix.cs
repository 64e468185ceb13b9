using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Veltrix.Analyzers.Diagnostics;

namespace Veltrix.CodeFixes.Usage;

/// <summary>VLX3003: turns the <c>set</c> accessor of a schema member into <c>init</c>, keeping its accessibility.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SetterToInitCodeFix)), Shared]
public sealed class SetterToInitCodeFix : CodeFixProvider
{
    private const string Title = "Use init instead of set";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [DiagnosticIds.SchemaMemberHasSetter];

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindToken(diagnostic.Location.SourceSpan.Start).Parent is AccessorDeclarationSyntax accessor
                && accessor.IsKind(SyntaxKind.SetAccessorDeclaration))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(Title, ct => UseInitAsync(context.Document, accessor, ct), equivalenceKey: Title),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> UseInitAsync(Document document, AccessorDeclarationSyntax accessor, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var init = SyntaxFactory.AccessorDeclaration(SyntaxKind.InitAccessorDeclaration)
            .WithAttributeLists(accessor.AttributeLists)
            .WithModifiers(accessor.Modifiers)
            .WithKeyword(SyntaxFactory.Token(SyntaxKind.InitKeyword).WithTriviaFrom(accessor.Keyword))
            .WithBody(accessor.Body)
            .WithExpressionBody(accessor.ExpressionBody)
            .WithSemicolonToken(accessor.SemicolonToken)
            .WithTriviaFrom(accessor);
        return document.WithSyntaxRoot(root!.ReplaceNode(accessor, init));
    }
}
