using System;
using System.Text;

namespace Veltrix.Generators.Emitting;

/// <summary>
/// Writes C# source line by line with four-space indentation and <c>\n</c> line ends, so that output is the
/// same on every machine. Multi-line text (raw string literals) is split and each line indented.
/// </summary>
/// <remarks>The idea follows dotnet/runtime's <c>SourceGenerators/SourceWriter.cs</c>; this is our own.</remarks>
internal sealed class SourceWriter
{
    private const int CharsPerIndentation = 4;

    private readonly StringBuilder _builder = new();
    private int _indentation;

    /// <summary>The current indentation level.</summary>
    public int Indentation
    {
        get => _indentation;
        set
        {
            if (value < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(value), "Indentation cannot be negative.");
            }

            _indentation = value;
        }
    }

    /// <summary>Writes one line, or each line of a multi-line text, at the current indentation.</summary>
    public void WriteLine(string text)
    {
        var start = 0;
        while (true)
        {
            var end = text.IndexOf('\n', start);
            var length = (end < 0 ? text.Length : end) - start;

            // Raw string literals written on Windows may carry \r\n: normalise to \n.
            if (length > 0 && text[start + length - 1] == '\r')
            {
                length--;
            }

            WriteIndentedLine(text, start, length);
            if (end < 0)
            {
                return;
            }

            start = end + 1;
        }
    }

    /// <summary>Writes an empty line.</summary>
    public void WriteLine() => _builder.Append('\n');

    /// <summary>Writes <c>{</c> and indents.</summary>
    public void OpenBlock()
    {
        WriteLine("{");
        _indentation++;
    }

    /// <summary>Unindents and writes <c>}</c> followed by <paramref name="suffix"/> (such as <c>;</c>).</summary>
    public void CloseBlock(string suffix = "")
    {
        Indentation--;
        WriteLine("}" + suffix);
    }

    /// <summary>Returns the text written so far.</summary>
    public override string ToString() => _builder.ToString();

    private void WriteIndentedLine(string text, int start, int length)
    {
        // Blank lines carry no trailing whitespace.
        if (length > 0)
        {
            _builder.Append(' ', _indentation * CharsPerIndentation);
            _builder.Append(text, start, length);
        }

        _builder.Append('\n');
    }
}
