using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Veltrix.Analyzers.Usage;

/// <summary>
/// The syntactic pre-check of the usage rules that need operation trees: whether some code names an identifier
/// (<c>Current</c>, the snapshot of a <c>LiveConfig&lt;T&gt;</c>). Binding a member body and building its operation tree
/// costs far more than reading the tokens of a syntax tree the compiler has already parsed, so the rules ask for
/// operations only where the identifier occurs. The scan steps from token to token: it allocates nothing and binds
/// nothing.
/// </summary>
internal static class IdentifierScan
{
    /// <summary>
    /// Whether any declaration of <paramref name="type"/> (every part of a partial type; for the top-level statements'
    /// <c>Program</c>, its compilation units) holds <paramref name="identifier"/> outside the types and namespaces nested
    /// in it, which the analyzer driver gives symbol-start actions of their own: a superset of the member bodies of the
    /// type that can reach a member of that name.
    /// </summary>
    /// <param name="type">The type a symbol-start action runs for.</param>
    /// <param name="identifier">The identifier, as its value text (<c>@Current</c> counts as <c>Current</c>).</param>
    /// <param name="cancellationToken">Cancels the scan.</param>
    /// <returns>True when the identifier occurs in the type's own code.</returns>
    public static bool InType(INamedTypeSymbol type, string identifier, CancellationToken cancellationToken)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (InNode(reference.GetSyntax(cancellationToken), identifier, ownScopeOnly: true))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="node"/> holds <paramref name="identifier"/> anywhere (nested declarations included).</summary>
    /// <param name="node">The node to scan.</param>
    /// <param name="identifier">The identifier, as its value text.</param>
    /// <returns>True when the identifier occurs in the node.</returns>
    public static bool InNode(SyntaxNode node, string identifier) => InNode(node, identifier, ownScopeOnly: false);

    private static bool InNode(SyntaxNode node, string identifier, bool ownScopeOnly)
    {
        var last = node.GetLastToken();
        for (var token = node.GetFirstToken(); token.RawKind != 0; token = token.GetNextToken())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken)
                && string.Equals(token.ValueText, identifier, StringComparison.Ordinal)
                && (!ownScopeOnly || !IsInNestedScope(token, node)))
            {
                return true;
            }

            if (token == last)
            {
                break;
            }
        }

        return false;
    }

    // Asked only for a token that matched, so the walk up costs nothing on the tokens that do not.
    private static bool IsInNestedScope(SyntaxToken token, SyntaxNode declaration)
    {
        for (var node = token.Parent; node is not null && node != declaration; node = node.Parent)
        {
            if (node is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax or BaseNamespaceDeclarationSyntax)
            {
                return true;
            }
        }

        return false;
    }
}
