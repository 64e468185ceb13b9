using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Veltrix.CodeFixes.Settings;

/// <summary>
/// One value a code fix writes: the node it changes — the value written, or a property with none, which gets an
/// initializer — and the expression it writes there. Decided against the document's tree, where the node's context
/// (an attribute argument, a parameter default) is known; applied by <see cref="ApplyTo"/> to that node or to its copy
/// after Fix All has rewritten other nodes inside it.
/// </summary>
internal readonly struct ValueEdit
{
    /// <summary>Creates an edit.</summary>
    /// <param name="target">The written value to replace, or the property to give an initializer.</param>
    /// <param name="value">The value to write.</param>
    /// <param name="title">The code action's title.</param>
    public ValueEdit(SyntaxNode target, ExpressionSyntax value, string title)
    {
        Target = target;
        Value = value;
        Title = title;
    }

    /// <summary>The written value to replace, or the property to give an initializer.</summary>
    public SyntaxNode Target { get; }

    /// <summary>The value to write.</summary>
    public ExpressionSyntax Value { get; }

    /// <summary>The code action's title.</summary>
    public string Title { get; }

    /// <summary>Applies the edit to <see cref="Target"/> or to a rewritten copy of it.</summary>
    /// <param name="current">The target as it is now.</param>
    /// <returns>The node to put in its place.</returns>
    public SyntaxNode ApplyTo(SyntaxNode current)
    {
        if (current is not PropertyDeclarationSyntax { AccessorList: { } accessors } property)
        {
            return Value.WithTriviaFrom(current);
        }

        // { get; init; } becomes { get; init; } = value; with the line's trailing trivia (a comment, the newline) after the semicolon.
        return property
            .WithAccessorList(accessors.WithTrailingTrivia(SyntaxFactory.Space))
            .WithInitializer(SyntaxFactory.EqualsValueClause(SyntaxFactory.Token(SyntaxKind.EqualsToken).WithTrailingTrivia(SyntaxFactory.Space), Value))
            .WithSemicolonToken(SyntaxFactory.Token(SyntaxKind.SemicolonToken).WithTrailingTrivia(accessors.GetTrailingTrivia()));
    }
}
