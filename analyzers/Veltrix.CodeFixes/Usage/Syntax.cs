using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Veltrix.CodeFixes.Usage;

/// <summary>Small syntax helpers shared by the usage fixes.</summary>
internal static class Syntax
{
    /// <summary>The document's own line ending (the first one it uses), so that inserted lines match it.</summary>
    /// <param name="root">The document's root.</param>
    /// <returns>An end-of-line trivia.</returns>
    public static SyntaxTrivia EndOfLine(SyntaxNode root)
    {
        foreach (var trivia in root.DescendantTrivia())
        {
            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return trivia;
            }
        }

        return SyntaxFactory.EndOfLine("\n");
    }
}
