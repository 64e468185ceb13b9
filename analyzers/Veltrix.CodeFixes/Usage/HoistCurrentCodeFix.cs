using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Text;
using Veltrix.Analyzers.Diagnostics;

namespace Veltrix.CodeFixes.Usage;

/// <summary>
/// VLX3001: reads <c>Current</c> once into a local, declared before the statement of the first read in the innermost
/// block holding every read, and uses the local everywhere. When the first read already initializes a local, that
/// local is reused. Not offered when the reads share no block inside their reader (an expression-bodied member or
/// lambda), or when it would move a read out of a loop (the loop would stop seeing reloads).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HoistCurrentCodeFix)), Shared]
public sealed class HoistCurrentCodeFix : CodeFixProvider
{
    private const string Title = "Read Current once into a local";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [DiagnosticIds.CurrentReadMoreThanOnce];

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider()
        => FixAllProvider.Create(static async (context, document, diagnostics) =>
        {
            var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                return document;
            }

            var editor = new SyntaxEditor(root, document.Project.Solution.Services);
            var taken = new List<(TextSpan Block, string Name)>();
            foreach (var diagnostic in diagnostics.OrderBy(static d => d.Location.SourceSpan.Start))
            {
                if (Plan(root, model, diagnostic, taken, context.CancellationToken) is { } plan)
                {
                    plan.Apply(editor);
                }
            }

            return document.WithSyntaxRoot(editor.GetChangedRoot());
        });

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
            if (Plan(root, model, diagnostic, [], context.CancellationToken) is { } plan)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        Title,
                        _ =>
                        {
                            var editor = new SyntaxEditor(root, context.Document.Project.Solution.Services);
                            plan.Apply(editor);
                            return Task.FromResult(context.Document.WithSyntaxRoot(editor.GetChangedRoot()));
                        },
                        Title),
                    diagnostic);
            }
        }
    }

    private static HoistPlan? Plan(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, List<(TextSpan Block, string Name)> taken, CancellationToken cancellationToken)
    {
        var reads = new List<MemberAccessExpressionSyntax>();
        foreach (var location in diagnostic.AdditionalLocations.Prepend(diagnostic.Location))
        {
            if (root.FindNode(location.SourceSpan, getInnermostNodeForTie: true) is not MemberAccessExpressionSyntax read)
            {
                return null;
            }

            reads.Add(read);
        }

        var first = reads[0];
        var block = CommonBlock(first, reads);
        if (block is null)
        {
            return null;
        }

        var anchor = block.Statements.First(s => s.Span.Contains(first.Span));
        foreach (var read in reads)
        {
            if (MovesOutOfLoop(read, block))
            {
                return null;
            }
        }

        // `var config = live.Current;` as the first read: keep that local and point the other reads at it.
        if (anchor is LocalDeclarationStatementSyntax { Declaration.Variables: { Count: 1 } variables }
            && variables[0] is { Initializer.Value: var value } variable
            && value == first)
        {
            return new HoistPlan(null, anchor, variable.Identifier.ValueText, reads.Skip(1).ToList());
        }

        var name = UniqueName(model, block, taken, cancellationToken);
        var declaration = SyntaxFactory.LocalDeclarationStatement(
                SyntaxFactory.VariableDeclaration(
                    SyntaxFactory.IdentifierName("var"),
                    SyntaxFactory.SingletonSeparatedList(
                        SyntaxFactory.VariableDeclarator(SyntaxFactory.Identifier(name))
                            .WithInitializer(SyntaxFactory.EqualsValueClause(first.WithoutTrivia())))))
            .NormalizeWhitespace()
            .WithLeadingTrivia(Indentation(anchor))
            .WithTrailingTrivia(Syntax.EndOfLine(root));
        return new HoistPlan(declaration, anchor, name, reads);
    }

    /// <summary>The innermost block holding every read, within the reader (never across a lambda or local function).</summary>
    private static BlockSyntax? CommonBlock(SyntaxNode first, List<MemberAccessExpressionSyntax> reads)
    {
        for (var node = first.Parent; node is not null; node = node.Parent)
        {
            if (node is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or MemberDeclarationSyntax)
            {
                return null;
            }

            if (node is BlockSyntax block && reads.TrueForAll(r => block.Span.Contains(r.Span)))
            {
                return node.Parent is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or BaseMethodDeclarationSyntax
                    or AccessorDeclarationSyntax or StatementSyntax or SwitchSectionSyntax or ElseClauseSyntax or CatchClauseSyntax or FinallyClauseSyntax
                    ? block
                    : null;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="read"/> runs in a loop that lies inside <paramref name="block"/> (hoisting would take it out).</summary>
    private static bool MovesOutOfLoop(SyntaxNode read, BlockSyntax block)
    {
        for (var node = read.Parent; node is not null && node != block; node = node.Parent)
        {
            var repeated = node switch
            {
                ForEachStatementSyntax forEach => !forEach.Expression.Span.Contains(read.Span),
                ForStatementSyntax forStatement => forStatement.Declaration?.Span.Contains(read.Span) != true
                    && !forStatement.Initializers.Any(i => i.Span.Contains(read.Span)),
                WhileStatementSyntax or DoStatementSyntax => true,
                _ => false,
            };
            if (repeated)
            {
                return true;
            }
        }

        return false;
    }

    private static SyntaxTriviaList Indentation(StatementSyntax anchor)
    {
        var leading = anchor.GetLeadingTrivia();
        return leading.Count > 0 && leading[leading.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia)
            ? SyntaxFactory.TriviaList(leading[leading.Count - 1])
            : SyntaxFactory.TriviaList();
    }

    /// <summary><c>current</c>, or <c>current2</c>, … when a symbol in scope or a local declared in the block already has the name.</summary>
    private static string UniqueName(SemanticModel model, BlockSyntax block, List<(TextSpan Block, string Name)> taken, CancellationToken cancellationToken)
    {
        // Names chosen earlier in the same Fix All pass, in this block or one nested with it, are taken too.
        var names = new HashSet<string>();
        foreach (var (span, chosen) in taken)
        {
            if (span.OverlapsWith(block.Span))
            {
                names.Add(chosen);
            }
        }

        foreach (var symbol in model.LookupSymbols(block.SpanStart))
        {
            names.Add(symbol.Name);
        }

        foreach (var node in block.DescendantNodes())
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (node)
            {
                case VariableDeclaratorSyntax variable:
                    names.Add(variable.Identifier.ValueText);
                    break;
                case SingleVariableDesignationSyntax designation:
                    names.Add(designation.Identifier.ValueText);
                    break;
                case ParameterSyntax parameter:
                    names.Add(parameter.Identifier.ValueText);
                    break;
            }
        }

        var name = "current";
        for (var i = 2; names.Contains(name); i++)
        {
            name = "current" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        taken.Add((block.Span, name));
        return name;
    }

    /// <summary>The edits of one diagnostic: an optional declaration before the anchor, and the reads to replace.</summary>
    private sealed class HoistPlan(LocalDeclarationStatementSyntax? declaration, StatementSyntax anchor, string name, List<MemberAccessExpressionSyntax> reads)
    {
        public void Apply(SyntaxEditor editor)
        {
            foreach (var read in reads)
            {
                editor.ReplaceNode(read, (node, _) => SyntaxFactory.IdentifierName(name).WithTriviaFrom(node));
            }

            if (declaration is not null)
            {
                editor.InsertBefore(anchor, declaration);
            }
        }
    }
}
