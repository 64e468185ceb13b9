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
using Veltrix.Analyzers.Diagnostics;
using Veltrix.Analyzers.Usage;

namespace Veltrix.CodeFixes.Usage;

/// <summary>
/// VLX3005: replaces <c>configuration["Server:Cache:MaxEntries"]</c> with <c>live.Current.Cache.MaxEntries</c>, where
/// <c>live</c> is a <c>LiveConfig&lt;T&gt;</c> of the schema that binds the key and is in scope at the read: a local
/// declared before it, a parameter, or a field or property (an instance one only outside static code); locals win
/// over parameters, parameters over members. Offered only when the result keeps the expression's type: for a
/// <c>string</c> member the indexer is replaced, and for any other member a parse of the read whose result is the
/// member's type (<c>int.Parse(configuration["…"])</c>, <c>Convert.ToInt32(…)</c>) is replaced whole. Otherwise, or
/// with no live configuration in scope, there is no fix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TypedMemberCodeFix)), Shared]
public sealed class TypedMemberCodeFix : CodeFixProvider
{
    private const string EquivalenceKey = "UseTypedSchemaMember";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [DiagnosticIds.ConfigurationKeyCoveredBySchema];

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
            if (!diagnostic.Properties.TryGetValue(ConfigurationKeyAnalyzer.SchemaProperty, out var schemaId)
                || !diagnostic.Properties.TryGetValue(ConfigurationKeyAnalyzer.AccessProperty, out var access)
                || !diagnostic.Properties.TryGetValue(ConfigurationKeyAnalyzer.TypeProperty, out var typeId)
                || schemaId is null || access is null || typeId is null
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ElementAccessExpressionSyntax read
                || DocumentationCommentId.GetFirstSymbolForDeclarationId(schemaId, model.Compilation) is not INamedTypeSymbol schema
                || DocumentationCommentId.GetFirstSymbolForReferenceId(typeId, model.Compilation) is not ITypeSymbol memberType
                || LiveConfigInScope(model, read, schema, context.CancellationToken) is not { } live
                || Replaced(model, read, memberType, context.CancellationToken) is not { } replaced)
            {
                continue;
            }

            var typed = SyntaxFactory.ParseExpression(live + ".Current" + access).WithTriviaFrom(replaced);
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Use {live}.Current{access}",
                    ct => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(replaced, typed))),
                    EquivalenceKey),
                diagnostic);
        }
    }

    /// <summary>The node the typed member replaces so that the expression keeps its type, or null.</summary>
    private static ExpressionSyntax? Replaced(SemanticModel model, ElementAccessExpressionSyntax read, ITypeSymbol memberType, CancellationToken cancellationToken)
    {
        if (memberType.SpecialType == SpecialType.System_String)
        {
            return read;
        }

        // Step out of `!` and parentheses to the argument of a parse.
        SyntaxNode node = read;
        while (node.Parent is PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } or ParenthesizedExpressionSyntax)
        {
            node = node.Parent;
        }

        if (node.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } list }
            && list.Arguments[0] == node.Parent
            && model.GetTypeInfo(invocation, cancellationToken).Type is { } parsed
            && SymbolEqualityComparer.Default.Equals(parsed, memberType)
            && model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol { IsStatic: true } method
            && (method.Name.StartsWith("Parse", System.StringComparison.Ordinal) || method.ContainingType.Name == "Convert"))
        {
            return invocation;
        }

        return null;
    }

    /// <summary>The name of a <c>LiveConfig&lt;schema&gt;</c> visible at <paramref name="read"/>, or null.</summary>
    private static string? LiveConfigInScope(SemanticModel model, SyntaxNode read, INamedTypeSymbol schema, CancellationToken cancellationToken)
    {
        var liveConfig = model.Compilation.GetTypeByMetadataName("Veltrix.LiveConfig`1");
        if (liveConfig is null)
        {
            return null;
        }

        var wanted = liveConfig.Construct(schema);
        var position = read.SpanStart;
        var inStaticCode = model.GetEnclosingSymbol(position, cancellationToken) is { IsStatic: true }
            || model.GetEnclosingSymbol(position, cancellationToken) is IMethodSymbol { AssociatedSymbol.IsStatic: true };
        var candidates = new List<(int Rank, string Name)>();
        foreach (var symbol in model.LookupSymbols(position))
        {
            var (type, rank) = symbol switch
            {
                ILocalSymbol local when DeclaredBefore(local, position) => (local.Type, 0),
                IParameterSymbol parameter => (parameter.Type, 1),
                IFieldSymbol field when field.IsStatic || !inStaticCode => (field.Type, 2),
                IPropertySymbol property when !property.IsIndexer && (property.IsStatic || !inStaticCode) => (property.Type, 2),
                _ => (null, 0),
            };
            if (type is not null && SymbolEqualityComparer.Default.Equals(type, wanted))
            {
                candidates.Add((rank, symbol.Name));
            }
        }

        candidates.Sort(static (a, b) => a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank) : string.CompareOrdinal(a.Name, b.Name));
        return candidates.Count > 0 ? candidates[0].Name : null;
    }

    private static bool DeclaredBefore(ILocalSymbol local, int position)
    {
        foreach (var reference in local.DeclaringSyntaxReferences)
        {
            if (reference.Span.End <= position)
            {
                return true;
            }
        }

        return false;
    }
}
