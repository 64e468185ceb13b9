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
using Veltrix.Analyzers.Usage;

namespace Veltrix.CodeFixes.Usage;

/// <summary>VLX3006: adds the suggested role attribute (<c>[Timeout]</c>, <c>[CacheSize]</c>, …) to the member.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddRoleAttributeCodeFix)), Shared]
public sealed class AddRoleAttributeCodeFix : CodeFixProvider
{
    private const string EquivalenceKey = "AddVeltrixRoleAttribute";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [DiagnosticIds.RoleAttributeSuggested];

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(RoleSuggestionAnalyzer.AttributeProperty, out var attribute) || attribute is null)
            {
                continue;
            }

            var member = root?.FindToken(diagnostic.Location.SourceSpan.Start).Parent;
            if (member is PropertyDeclarationSyntax or ParameterSyntax)
            {
                var shortName = attribute.Substring("Veltrix.".Length, attribute.Length - "Veltrix.".Length - "Attribute".Length);
                // One equivalence key for every role, so that Fix All adds each member's own suggestion in one pass.
                context.RegisterCodeFix(
                    CodeAction.Create($"Add [{shortName}]", ct => AddAttributeAsync(context.Document, member, shortName, ct), EquivalenceKey),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> AddAttributeAsync(Document document, SyntaxNode member, string shortName, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var name = SyntaxFactory.ParseName("global::Veltrix." + shortName).WithAdditionalAnnotations(Simplifier.Annotation);
        var list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Attribute(name)));
        SyntaxNode updated = member switch
        {
            PropertyDeclarationSyntax property => AddTo(property, list, Syntax.EndOfLine(root!)),
            ParameterSyntax parameter => parameter.AddAttributeLists(list.WithTrailingTrivia(SyntaxFactory.Space)),
            _ => member,
        };
        return document.WithSyntaxRoot(root!.ReplaceNode(member, updated));
    }

    /// <summary>Puts the attribute on its own line above the property, indented as the property is.</summary>
    private static PropertyDeclarationSyntax AddTo(PropertyDeclarationSyntax property, AttributeListSyntax list, SyntaxTrivia endOfLine)
    {
        var leading = property.GetLeadingTrivia();
        var indentation = leading.Count > 0 && leading[leading.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia)
            ? leading[leading.Count - 1]
            : SyntaxFactory.Whitespace(string.Empty);
        var withoutLeading = property.WithoutLeadingTrivia();
        var lists = withoutLeading.AttributeLists.Insert(
            0,
            list.WithLeadingTrivia(leading).WithTrailingTrivia(endOfLine));
        if (lists.Count > 1)
        {
            lists = lists.Replace(lists[1], lists[1].WithLeadingTrivia(indentation));
            return withoutLeading.WithAttributeLists(lists);
        }

        var updated = withoutLeading.WithAttributeLists(lists);
        var first = updated.Modifiers.Count > 0 ? updated.Modifiers[0] : updated.Type.GetFirstToken();
        return updated.ReplaceToken(first, first.WithLeadingTrivia(indentation));
    }
}
