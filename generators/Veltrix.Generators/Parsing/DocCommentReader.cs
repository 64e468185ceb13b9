using System;
using System.Text;
using System.Threading;
using System.Xml;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Veltrix.Generators.Parsing;

/// <summary>Reads XML doc comments as plain, whitespace-normalised text for the schema's descriptions.</summary>
internal static class DocCommentReader
{
    /// <summary>The <c>&lt;summary&gt;</c> of <paramref name="symbol"/>, or null.</summary>
    public static string? ReadSummary(ISymbol symbol, CancellationToken cancellationToken)
    {
        var root = Load(symbol, cancellationToken);
        var summary = root?.Element("summary");
        return summary is null ? null : Normalise(summary);
    }

    /// <summary>The <c>&lt;param name="…"&gt;</c> text of <paramref name="symbol"/> (a constructor or a type with a primary constructor), or null.</summary>
    public static string? ReadParameter(ISymbol symbol, string parameterName, CancellationToken cancellationToken)
    {
        var root = Load(symbol, cancellationToken);
        if (root is null)
        {
            return null;
        }

        foreach (var element in root.Elements("param"))
        {
            if (string.Equals((string?)element.Attribute("name"), parameterName, StringComparison.Ordinal))
            {
                return Normalise(element);
            }
        }

        return null;
    }

    private static XElement? Load(ISymbol symbol, CancellationToken cancellationToken)
    {
        var xml = symbol.GetDocumentationCommentXml(null, false, cancellationToken);
        if (string.IsNullOrWhiteSpace(xml))
        {
            // Without <GenerateDocumentationFile> the compiler runs with DocumentationMode.None and keeps doc comments
            // as plain comments, so the symbol has no XML: read the /// lines of the declaration instead.
            xml = FromSyntax(symbol, cancellationToken);
        }

        if (string.IsNullOrWhiteSpace(xml))
        {
            return null;
        }

        try
        {
            return XElement.Parse(xml, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static string? FromSyntax(ISymbol symbol, CancellationToken cancellationToken)
    {
        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            var node = reference.GetSyntax(cancellationToken);
            // Most members have no comment: the builder is made only for one, as this runs for every schema on every edit.
            StringBuilder? text = null;
            foreach (var trivia in node.GetLeadingTrivia())
            {
                switch ((SyntaxKind)trivia.RawKind)
                {
                    case SyntaxKind.SingleLineDocumentationCommentTrivia:
                    case SyntaxKind.SingleLineCommentTrivia:
                        AppendDocLines(text ??= new StringBuilder(), trivia.ToFullString());
                        break;
                }
            }

            if (text is { Length: > 0 })
            {
                return "<doc>" + text + "</doc>";
            }
        }

        return null;
    }

    private static void AppendDocLines(StringBuilder text, string comment)
    {
        foreach (var rawLine in comment.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.StartsWith("///", StringComparison.Ordinal))
            {
                text.Append(line, 3, line.Length - 3).Append('\n');
            }
        }
    }

    private static string? Normalise(XElement element)
    {
        var text = new StringBuilder();
        Render(element, text);

        // Collapse every run of whitespace (line breaks and indentation of the comment included) into one space.
        var result = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.ToString())
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = result.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                result.Append(' ');
                pendingSpace = false;
            }

            result.Append(c);
        }

        return result.Length == 0 ? null : result.ToString();
    }

    private static void Render(XElement element, StringBuilder text)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText textNode:
                    text.Append(textNode.Value);
                    break;
                case XElement child:
                    RenderElement(child, text);
                    break;
            }
        }
    }

    private static void RenderElement(XElement element, StringBuilder text)
    {
        switch (element.Name.LocalName)
        {
            case "see" or "seealso":
                if (element.HasElements || element.Value.Length > 0)
                {
                    Render(element, text);
                }
                else if ((string?)element.Attribute("cref") is { } cref)
                {
                    text.Append(SimpleName(cref));
                }
                else if ((string?)element.Attribute("langword") is { } langword)
                {
                    text.Append(langword);
                }
                else if ((string?)element.Attribute("href") is { } href)
                {
                    text.Append(href);
                }

                break;
            case "paramref" or "typeparamref":
                text.Append((string?)element.Attribute("name"));
                break;
            case "para" or "br":
                text.Append(' ');
                Render(element, text);
                text.Append(' ');
                break;
            default:
                Render(element, text);
                break;
        }
    }

    /// <summary><c>T:N.Outer.Inner</c> → <c>Inner</c>; <c>M:N.C.Run(System.Int32)</c> → <c>Run</c>; <c>List{T}</c> → <c>List</c>.</summary>
    private static string SimpleName(string cref)
    {
        var name = cref.Length > 2 && cref[1] == ':' ? cref.Substring(2) : cref;
        var cut = name.IndexOfAny(['(', '{', '<', '`']);
        if (cut >= 0)
        {
            name = name.Substring(0, cut);
        }

        var dot = name.LastIndexOf('.');
        return dot >= 0 ? name.Substring(dot + 1) : name;
    }
}
