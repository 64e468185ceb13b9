using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Veltrix.Analyzers.Usage;

/// <summary>
/// A syntactic pre-check for the usage rules that need operation trees: whether some code names an identifier
/// (<c>Current</c>, the snapshot of a <c>LiveConfig&lt;T&gt;</c>). Binding a member body and building its operation tree
/// costs far more than reading the tokens of a syntax tree the compiler has already parsed, so a rule asks for
/// operations only where the identifier occurs. The scan steps from token to token: it allocates nothing and binds
/// nothing.
/// </summary>
internal static class IdentifierScan
{
    /// <summary>Whether <paramref name="node"/> holds the identifier <paramref name="identifier"/> anywhere.</summary>
    /// <param name="node">The node to scan.</param>
    /// <param name="identifier">The identifier, as its value text (<c>@Current</c> counts as <c>Current</c>).</param>
    /// <returns>True when the identifier occurs in the node.</returns>
    public static bool InNode(SyntaxNode node, string identifier)
    {
        var last = node.GetLastToken();
        for (var token = node.GetFirstToken(); token.RawKind != 0; token = token.GetNextToken())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken) && string.Equals(token.ValueText, identifier, StringComparison.Ordinal))
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
}
