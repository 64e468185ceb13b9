using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace Veltrix.Analyzers.Json;

/// <summary>
/// A strict JSON reader over the text of an additional file, accepting exactly what the runtime's
/// <c>JsonConfigParser</c> accepts (<c>Utf8JsonReader</c> with comments skipped and trailing commas allowed) and
/// keeping the span of every token.
/// </summary>
/// <remarks>
/// Why not System.Text.Json: an analyzer runs in csc, the compiler server and the IDE's analyzer host. The
/// netstandard2.0 System.Text.Json (11.0.0 on the feed) must ship beside the analyzer with eight more dlls
/// (Microsoft.Bcl.AsyncInterfaces, System.Buffers, System.IO.Pipelines, System.Memory, System.Numerics.Vectors,
/// System.Runtime.CompilerServices.Unsafe, System.Text.Encodings.Web, System.Threading.Tasks.Extensions), and the
/// hosts already carry their own copies of several of them, at other versions, so which copy runs depends on the
/// host. <c>Utf8JsonReader</c> also reports byte offsets, while Roslyn locations want
/// character offsets in the <see cref="SourceText"/> we already have. Configuration files are small, so a
/// recursive-descent reader over the decoded text is fast enough and has no dependencies. It never throws: a
/// malformed file gives a <see cref="JsonParseResult"/> with the error and its position. The error never quotes the
/// file's text, as the runtime's parser does not: the text around a syntax error may be a secret's value, and which
/// member a malformed value belongs to cannot be told.
/// </remarks>
internal sealed class JsonReader
{
    /// <summary>Deeper nesting is reported as an error instead of risking the compiler's stack.</summary>
    public const int MaxDepth = 256;

    private readonly string _text;
    private int _position;
    private string? _error;
    private int _errorPosition;

    private JsonReader(string text) => _text = text;

    /// <summary>Parses one JSON document whose root is an object.</summary>
    /// <param name="text">The file's text.</param>
    /// <returns>The root value, or the first error.</returns>
    public static JsonParseResult Parse(string text)
    {
        var reader = new JsonReader(text);
        var root = reader.ParseDocument();
        return root is null
            ? new JsonParseResult(null, reader._error ?? "The file is not valid JSON.", reader._errorPosition)
            : new JsonParseResult(root, null, 0);
    }

    private JsonNode? ParseDocument()
    {
        // A byte order mark that survived decoding is skipped, as the runtime skips it.
        if (_text.Length > 0 && _text[0] == '\uFEFF')
        {
            _position = 1;
        }

        if (!SkipTrivia())
        {
            return null;
        }

        if (_position >= _text.Length)
        {
            return Fail("The file is empty; a configuration file holds one JSON object.", _position);
        }

        var rootStart = _position;
        if (_text[_position] != '{')
        {
            // The runtime reads a configuration file as one object of keys.
            return Fail("A configuration file holds one JSON object; the root here is " + KindAt(rootStart) + ".", rootStart);
        }

        var root = ParseValue(0);
        if (root is null || !SkipTrivia())
        {
            return null;
        }

        return _position < _text.Length ? Fail("Unexpected text after the end of the JSON document.", _position) : root;
    }

    private JsonNode? ParseValue(int depth)
    {
        if (depth > MaxDepth)
        {
            return Fail("Objects and arrays are nested more than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels deep.", _position);
        }

        if (_position >= _text.Length)
        {
            return Fail("Unexpected end of file; a value was expected.", _position);
        }

        var c = _text[_position];
        switch (c)
        {
            case '{':
                return ParseObject(depth);
            case '[':
                return ParseArray(depth);
            case '"':
                var start = _position;
                var value = ParseString();
                return value is null ? null : JsonNode.Scalar(JsonNodeKind.String, TextSpan.FromBounds(start, _position), value);
            case 't':
                return ParseLiteral("true", JsonNodeKind.Boolean, "True");
            case 'f':
                return ParseLiteral("false", JsonNodeKind.Boolean, "False");
            case 'n':
                return ParseLiteral("null", JsonNodeKind.Null, null);
            default:
                return c == '-' || (c >= '0' && c <= '9')
                    ? ParseNumber()
                    : Fail("A value was expected here: a string in double quotes, a number, true, false, null, an object or an array.", _position);
        }
    }

    private JsonNode? ParseObject(int depth)
    {
        var start = _position++;
        var properties = new List<JsonProperty>();
        while (true)
        {
            if (!SkipTrivia())
            {
                return null;
            }

            if (_position >= _text.Length)
            {
                return Fail("Unexpected end of file inside an object; '}' was expected.", _position);
            }

            if (_text[_position] == '}')
            {
                _position++;
                return JsonNode.Object(TextSpan.FromBounds(start, _position), properties);
            }

            if (_text[_position] != '"')
            {
                return Fail("A property name in double quotes was expected here.", _position);
            }

            var nameStart = _position;
            var name = ParseString();
            if (name is null)
            {
                return null;
            }

            var nameSpan = TextSpan.FromBounds(nameStart, _position);
            if (!SkipTrivia())
            {
                return null;
            }

            if (_position >= _text.Length || _text[_position] != ':')
            {
                return Fail("':' was expected after the property name \"" + name + "\".", _position);
            }

            _position++;
            if (!SkipTrivia())
            {
                return null;
            }

            var value = ParseValue(depth + 1);
            if (value is null)
            {
                return null;
            }

            properties.Add(new JsonProperty(name, nameSpan, value));
            if (!AfterElement('}', "object"))
            {
                return null;
            }
        }
    }

    private JsonNode? ParseArray(int depth)
    {
        var start = _position++;
        var items = new List<JsonNode>();
        while (true)
        {
            if (!SkipTrivia())
            {
                return null;
            }

            if (_position >= _text.Length)
            {
                return Fail("Unexpected end of file inside an array; ']' was expected.", _position);
            }

            if (_text[_position] == ']')
            {
                _position++;
                return JsonNode.Array(TextSpan.FromBounds(start, _position), items);
            }

            var item = ParseValue(depth + 1);
            if (item is null)
            {
                return null;
            }

            items.Add(item);
            if (!AfterElement(']', "array"))
            {
                return null;
            }
        }
    }

    // After an element: a comma (a trailing one is allowed, as the runtime allows it) or the closing bracket, which
    // is left for the caller's loop to consume.
    private bool AfterElement(char close, string container)
    {
        if (!SkipTrivia())
        {
            return false;
        }

        if (_position < _text.Length && _text[_position] == ',')
        {
            _position++;
            return true;
        }

        if (_position < _text.Length && _text[_position] == close)
        {
            return true;
        }

        Fail(
            _position >= _text.Length
                ? "Unexpected end of file inside an " + container + "; '" + close + "' was expected."
                : "',' or '" + close + "' was expected here; is a comma missing?",
            _position);
        return false;
    }

    private string? ParseString()
    {
        var start = _position++;
        StringBuilder? builder = null;
        var runStart = _position;
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == '"')
            {
                var value = builder is null
                    ? _text.Substring(runStart, _position - runStart)
                    : builder.Append(_text, runStart, _position - runStart).ToString();
                _position++;
                return value;
            }

            if (c < ' ')
            {
                Fail("A string contains a raw control character (such as a tab or a line break); escape it as \\t, \\n or \\u0000, or close the string.", _position);
                return null;
            }

            if (c != '\\')
            {
                _position++;
                continue;
            }

            builder ??= new StringBuilder();
            builder.Append(_text, runStart, _position - runStart);
            if (!ParseEscape(builder))
            {
                return null;
            }

            runStart = _position;
        }

        Fail("A string is not closed; '\"' was expected before the end of the file.", start);
        return null;
    }

    private bool ParseEscape(StringBuilder builder)
    {
        var escape = _position++;
        if (_position >= _text.Length)
        {
            Fail("A string is not closed; '\"' was expected before the end of the file.", escape);
            return false;
        }

        var c = _text[_position++];
        switch (c)
        {
            case '"': builder.Append('"'); return true;
            case '\\': builder.Append('\\'); return true;
            case '/': builder.Append('/'); return true;
            case 'b': builder.Append('\b'); return true;
            case 'f': builder.Append('\f'); return true;
            case 'n': builder.Append('\n'); return true;
            case 'r': builder.Append('\r'); return true;
            case 't': builder.Append('\t'); return true;
            case 'u':
                if (_position + 4 <= _text.Length
                    && int.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                {
                    builder.Append((char)code);
                    _position += 4;
                    return true;
                }

                Fail("'\\u' must be followed by four hexadecimal digits.", escape);
                return false;
            default:
                Fail("A string has an escape sequence JSON does not know; the escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX.", escape);
                return false;
        }
    }

    private JsonNode? ParseNumber()
    {
        var start = _position;
        if (_text[_position] == '-')
        {
            _position++;
        }

        if (Peek() == '0')
        {
            _position++;
        }
        else if (!SkipDigits())
        {
            return Fail("A number must have digits after '-'.", start);
        }

        if (Peek() == '.')
        {
            _position++;
            if (!SkipDigits())
            {
                return Fail("A number must have digits after the decimal point.", start);
            }
        }

        if (Peek() is 'e' or 'E')
        {
            _position++;
            if (Peek() is '+' or '-')
            {
                _position++;
            }

            if (!SkipDigits())
            {
                return Fail("A number's exponent must have digits.", start);
            }
        }

        // "012" or "1x": the runtime's reader rejects a number that runs into other characters.
        if (Peek() is var next && ((next >= '0' && next <= '9') || char.IsLetter(next)))
        {
            return Fail("This is not a valid JSON number (a leading zero, or digits that run into letters); quote it if it is text.", start);
        }

        return JsonNode.Scalar(JsonNodeKind.Number, TextSpan.FromBounds(start, _position), _text.Substring(start, _position - start));
    }

    private JsonNode? ParseLiteral(string literal, JsonNodeKind kind, string? text)
    {
        var start = _position;
        if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) == 0
            && !(start + literal.Length < _text.Length && char.IsLetterOrDigit(_text[start + literal.Length])))
        {
            _position += literal.Length;
            return JsonNode.Scalar(kind, new TextSpan(start, literal.Length), text);
        }

        return Fail("An unquoted word is not a JSON value (only true, false and null are); strings need double quotes.", start);
    }

    private bool SkipDigits()
    {
        var start = _position;
        while (_position < _text.Length && _text[_position] >= '0' && _text[_position] <= '9')
        {
            _position++;
        }

        return _position > start;
    }

    // Whitespace and comments, both of which the runtime skips. False (with the error set) for an unclosed comment.
    private bool SkipTrivia()
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c is ' ' or '\t' or '\n' or '\r')
            {
                _position++;
            }
            else if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '/')
            {
                while (_position < _text.Length && _text[_position] != '\n')
                {
                    _position++;
                }
            }
            else if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '*')
            {
                var end = _text.IndexOf("*/", _position + 2, System.StringComparison.Ordinal);
                if (end < 0)
                {
                    Fail("A '/*' comment is not closed.", _position);
                    return false;
                }

                _position = end + 2;
            }
            else
            {
                return true;
            }
        }

        return true;
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    // What the root is, by its first character: messages never quote the file's text, which may hold a secret.
    private string KindAt(int position) => _text[position] switch
    {
        '[' => "an array",
        '"' => "a string",
        't' or 'f' => "a boolean",
        'n' => "null",
        '-' or (>= '0' and <= '9') => "a number",
        _ => "not a JSON value",
    };

    private JsonNode? Fail(string message, int position)
    {
        // Keep the first error: later ones are consequences of it.
        if (_error is null)
        {
            _error = message;
            _errorPosition = position > _text.Length ? _text.Length : position;
        }

        return null;
    }
}
