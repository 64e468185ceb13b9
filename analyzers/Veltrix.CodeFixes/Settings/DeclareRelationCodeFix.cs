using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using Veltrix.Analyzers.Diagnostics;
using Veltrix.Analyzers.Settings;

namespace Veltrix.CodeFixes.Settings;

/// <summary>
/// Declares the relation a minimum and its maximum paired by name only (<c>MinThreads</c>/<c>MaxThreads</c>) leave
/// implicit: adds <c>[AtMost(nameof(MaxThreads))]</c> to the minimum (the member named in
/// <see cref="SettingValuesAnalyzer.AtMostProperty"/>), inside its first attribute list or in a new one. The values stay as written:
/// which of them is wrong is the author's call, and from then on VLX2003 reports them as a declared relation and the
/// generated validation rejects the pair at startup and on reload.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DeclareRelationCodeFix))]
[Shared]
public sealed class DeclareRelationCodeFix : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [DiagnosticIds.RelationViolated];

    /// <inheritdoc/>
    /// <remarks>Fixes every diagnostic in scope whatever the equivalence key, which <c>dotnet format</c> does not pass.</remarks>
    public override FixAllProvider GetFixAllProvider()
        => FixAllProvider.Create(static async (context, document, diagnostics) =>
        {
            var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return document;
            }

            var targets = new Dictionary<SyntaxNode, string>();
            foreach (var diagnostic in diagnostics)
            {
                if (TryFind(root, diagnostic, out var member, out var target))
                {
                    targets[member] = target;
                }
            }

            return targets.Count == 0 ? document : document.WithSyntaxRoot(root.ReplaceNodes(targets.Keys, (original, _) => AddAtMost(original, targets[original])));
        });

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (TryFind(root, diagnostic, out var member, out var target))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Add [AtMost(nameof(" + target + "))]",
                        cancellationToken => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(member, AddAtMost(member, target)))),
                        equivalenceKey: nameof(DeclareRelationCodeFix)),
                    diagnostic);
            }
        }
    }

    /// <summary>The property or parameter the diagnostic's value belongs to and the member its <c>[AtMost]</c> names.</summary>
    private static bool TryFind(SyntaxNode root, Diagnostic diagnostic, out SyntaxNode member, out string target)
    {
        member = null!;
        target = string.Empty;
        if (!diagnostic.Properties.TryGetValue(SettingValuesAnalyzer.AtMostProperty, out var name) || name is null)
        {
            return false;
        }

        foreach (var node in root.FindToken(diagnostic.Location.SourceSpan.Start).Parent!.AncestorsAndSelf())
        {
            if (node is PropertyDeclarationSyntax or ParameterSyntax)
            {
                member = node;
                target = name;
                return true;
            }
        }

        return false;
    }

    private static SyntaxNode AddAtMost(SyntaxNode member, string target)
    {
        var attribute = SyntaxFactory.Attribute(
            SyntaxFactory.ParseName("global::Veltrix.AtMost").WithAdditionalAnnotations(Simplifier.Annotation),
            SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(
                SyntaxFactory.AttributeArgument(SyntaxFactory.ParseExpression("nameof(" + target + ")")))));
        var lists = member switch
        {
            PropertyDeclarationSyntax property => property.AttributeLists,
            ParameterSyntax parameter => parameter.AttributeLists,
            _ => default,
        };

        // Join the member's first list ([ThreadCount, AtMost(…)]); a member paired by name alone gets its own list,
        // taking over the member's leading trivia so that comments stay in front (the formatter puts it on its own line).
        if (lists.Count == 0)
        {
            var list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute))
                .WithLeadingTrivia(member.GetLeadingTrivia())
                .WithTrailingTrivia(SyntaxFactory.Space);
            return member.WithoutLeadingTrivia() switch
            {
                PropertyDeclarationSyntax property => property.WithAttributeLists(SyntaxFactory.SingletonList(list)),
                ParameterSyntax parameter => parameter.WithAttributeLists(SyntaxFactory.SingletonList(list)),
                var other => other,
            };
        }

        var updated = lists.Replace(lists[0], lists[0].AddAttributes(attribute));
        return member switch
        {
            PropertyDeclarationSyntax property => property.WithAttributeLists(updated),
            ParameterSyntax parameter => parameter.WithAttributeLists(updated),
            _ => member,
        };
    }
}
