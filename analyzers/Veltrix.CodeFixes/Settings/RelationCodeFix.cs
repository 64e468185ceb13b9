using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
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
/// The fixes of VLX2003, a minimum above its maximum. For a minimum and its maximum paired by name only
/// (<c>MinThreads</c>/<c>MaxThreads</c>), declares the relation they leave implicit: adds
/// <c>[AtMost(nameof(MaxThreads))]</c> to the minimum (the member named in <see cref="SettingValuesAnalyzer.AtMostProperty"/>),
/// inside its first attribute list or in a new one, and leaves the values as written — which of them is wrong is the
/// author's call — so that the generated validation rejects the pair from then on. For a declared relation, sets the
/// value that declares it to the other member's (<see cref="SettingValuesAnalyzer.SuggestedValueProperty"/>, in its
/// unit): a minimum lowered to its maximum, a maximum raised to its minimum.
/// </summary>
/// <remarks>
/// One provider for the ID: <c>dotnet format analyzers</c> picks a single provider per diagnostic ID, so a second one
/// for the value fix would never run there. The value edit is <see cref="ClampSettingCodeFix.TryCreateEdit"/>'s.
/// </remarks>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RelationCodeFix))]
[Shared]
public sealed class RelationCodeFix : CodeFixProvider
{
    /// <summary>The equivalence key of the action that adds <c>[AtMost]</c>.</summary>
    internal const string DeclareKey = nameof(RelationCodeFix) + ".Declare";

    /// <summary>The equivalence key of the action that sets the value.</summary>
    internal const string ValueKey = nameof(RelationCodeFix) + ".Value";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [DiagnosticIds.RelationViolated];

    /// <inheritdoc/>
    /// <remarks>
    /// Fixes every diagnostic in scope whatever the equivalence key, which <c>dotnet format</c> does not pass. A value
    /// and an attribute may change inside the same member (a declared <c>[AtLeast]</c> broken beside a pair by name):
    /// each replacement is applied to the node as the other left it.
    /// </remarks>
    public override FixAllProvider GetFixAllProvider()
        => FixAllProvider.Create(static async (context, document, diagnostics) =>
        {
            var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return document;
            }

            var targets = new Dictionary<SyntaxNode, string>();
            var edits = new Dictionary<SyntaxNode, ValueEdit>();
            foreach (var diagnostic in diagnostics)
            {
                if (TryFind(root, diagnostic, out var member, out var target))
                {
                    targets[member] = target;
                }
                else if (ClampSettingCodeFix.TryCreateEdit(root, diagnostic, out var edit))
                {
                    edits[edit.Target] = edit;
                }
            }

            if (targets.Count == 0 && edits.Count == 0)
            {
                return document;
            }

            var nodes = new List<SyntaxNode>(targets.Keys);
            nodes.AddRange(edits.Keys);
            return document.WithSyntaxRoot(root.ReplaceNodes(nodes, (original, current) =>
            {
                var updated = edits.TryGetValue(original, out var edit) ? edit.ApplyTo(current) : current;
                return targets.TryGetValue(original, out var target) ? AddAtMost(updated, target) : updated;
            }));
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
                        _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(member, AddAtMost(member, target)))),
                        equivalenceKey: DeclareKey),
                    diagnostic);
            }
            else if (ClampSettingCodeFix.TryCreateEdit(root, diagnostic, out var edit))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        edit.Title,
                        _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(edit.Target, edit.ApplyTo(edit.Target)))),
                        equivalenceKey: ValueKey),
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
