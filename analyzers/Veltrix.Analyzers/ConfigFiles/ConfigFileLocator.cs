using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Veltrix.Analyzers.ConfigFiles;

/// <summary>
/// Locations in an additional file: a path, a span and its line span, which is what makes the build print
/// <c>appsettings.json(7,21)</c> and the IDE underline the token.
/// </summary>
internal sealed class ConfigFileLocator
{
    private readonly string _path;
    private readonly SourceText _text;

    /// <summary>Creates a locator.</summary>
    /// <param name="path">The file's path, as the compilation knows it.</param>
    /// <param name="text">The file's text.</param>
    public ConfigFileLocator(string path, SourceText text)
    {
        _path = path;
        _text = text;
    }

    /// <summary>The file's path.</summary>
    public string Path => _path;

    /// <summary>The location of <paramref name="span"/>, clamped to the text.</summary>
    /// <param name="span">A span in the file.</param>
    /// <returns>The location.</returns>
    public Location Locate(TextSpan span)
    {
        var start = span.Start > _text.Length ? _text.Length : span.Start;
        var end = span.End > _text.Length ? _text.Length : span.End;
        var clamped = TextSpan.FromBounds(start, end);
        return Location.Create(_path, clamped, _text.Lines.GetLinePositionSpan(clamped));
    }
}
