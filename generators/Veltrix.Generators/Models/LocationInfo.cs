using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Veltrix.Generators.Models;

/// <summary>A <see cref="Location"/> as an equatable value, so that models can carry where to report.</summary>
internal sealed record LocationInfo(string FilePath, TextSpan TextSpan, LinePositionSpan LineSpan)
{
    /// <summary>
    /// The location in the compilation's syntax tree of <see cref="FilePath"/>, so that <c>#pragma warning disable</c>
    /// and per-file severities apply; a file-only location when the tree is gone.
    /// </summary>
    public Location ToLocation(Compilation compilation)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.FilePath == FilePath && TextSpan.End <= tree.Length)
            {
                return Location.Create(tree, TextSpan);
            }
        }

        return Location.Create(FilePath, TextSpan, LineSpan);
    }

    public static LocationInfo? From(Location? location)
    {
        if (location is null || location.SourceTree is null)
        {
            return null;
        }

        return new LocationInfo(location.SourceTree.FilePath, location.SourceSpan, location.GetLineSpan().Span);
    }

    public static LocationInfo? From(SyntaxNode? node) => From(node?.GetLocation());
}
