using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Veltrix;

/// <summary>
/// Flattens a JSON configuration document into <see cref="ConfigDataBuilder"/> keys the way
/// Microsoft.Extensions.Configuration.Json does (<c>A:B:C</c> for nested objects, <c>A:0</c> for array
/// elements), in one pass of <see cref="Utf8JsonReader"/>, and reports every problem with a 1-based line and
/// column instead of throwing.
/// </summary>
/// <remarks>
/// Differences from Microsoft.Extensions.Configuration.Json, all deliberate: a property name given twice in one
/// object is an error (MEC merges duplicate objects silently), an empty object or array is declared with
/// <see cref="ConfigDataBuilder.SetEmptyContainer"/> (MEC stores <c>null</c> or <c>""</c>), and messages never
/// quote the text of a value, which may be a secret.
/// </remarks>
internal static class JsonConfigParser
{
    /// <summary>Parses <paramref name="utf8"/> and writes its keys and values, or its problems, into <paramref name="builder"/>.</summary>
    /// <param name="utf8">The document, UTF-8 encoded; a leading byte order mark is skipped.</param>
    /// <param name="sourceName">The source named in every origin, normally the file's full path.</param>
    /// <param name="builder">The builder that receives keys, values and errors.</param>
    /// <param name="strictSyntax">
    /// Whether to read RFC 8259 JSON only; by default comments and trailing commas are allowed, as in appsettings.json.
    /// </param>
    public static void Parse(ReadOnlySpan<byte> utf8, string sourceName, ConfigDataBuilder builder, bool strictSyntax = false)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(builder);

        // Utf8JsonReader rejects a byte order mark; dropping it before reading keeps columns on line 1 right.
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        var maxDepth = builder.Limits.MaxDepth;
        var options = new JsonReaderOptions
        {
            CommentHandling = strictSyntax ? JsonCommentHandling.Disallow : JsonCommentHandling.Skip,
            AllowTrailingCommas = !strictSyntax,

            // One level of headroom: the walker stops at MaxDepth itself, with an error that names the limit,
            // before the reader would throw its own, less helpful one.
            MaxDepth = maxDepth < int.MaxValue ? maxDepth + 1 : maxDepth,
        };

        var reader = new Utf8JsonReader(utf8, options);
        var walker = new Walker(sourceName, builder);
        try
        {
            walker.Walk(ref reader, utf8);
        }
        catch (JsonException ex)
        {
            walker.ReportSyntaxError(ex, utf8, strictSyntax);
        }
        finally
        {
            walker.Release();
        }
    }

    /// <summary>
    /// Whether <paramref name="utf8"/> is one complete JSON value, read with the same options as <see cref="Parse"/>.
    /// A watcher asks this before reloading, to tell a file caught half-written from a finished one.
    /// </summary>
    public static bool IsWellFormed(ReadOnlySpan<byte> utf8)
    {
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = int.MaxValue,
        });
        try
        {
            while (reader.Read())
            {
            }

            return reader.BytesConsumed > 0 && reader.CurrentDepth == 0;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Rewrites a <see cref="JsonException"/> message without the input text it may quote.</summary>
    private static string DescribeSyntaxError(string message, int offendingByte, JsonTokenType lastToken)
    {
        // "… LineNumber: 0 | BytePositionInLine: 5." is 0-based and would match the fragments below.
        var position = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (position >= 0)
        {
            message = message[..position];
        }

        if (Has(message, "end of string"))
        {
            return "Unterminated string: the file ends before the closing '\"'.";
        }

        if (Has(message, "end of comment") || Has(message, "while reading a comment"))
        {
            return "Unterminated comment: the file ends before the closing '*/'.";
        }

        // The reader takes a '/' that starts no comment for the start of a value; the comment is what is wrong.
        if (Has(message, "at the beginning of the comment") || offendingByte == '/')
        {
            return "Invalid comment: '/' must be followed by '/' or '*'.";
        }

        if (Has(message, "separator character while reading a comment"))
        {
            return "A comment contains a line or paragraph separator (U+2028 or U+2029).";
        }

        if (Has(message, "JSON tokens"))
        {
            return "The file contains no JSON; a configuration file must hold a JSON object, such as {}.";
        }

        if (offendingByte < 0 || Has(message, "reached end of data") || Has(message, "depth to be zero") || Has(message, "for the end of the JSON payload"))
        {
            return "Unexpected end of the file: an object or array is not closed.";
        }

        if (Has(message, "within a JSON string"))
        {
            return Has(message, "hex digit")
                ? "Invalid \\u escape in a string: '\\u' must be followed by four hex digits."
                : Has(message, "escapable character")
                    ? "Invalid escape sequence in a string; the valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX."
                    : "A string contains a control character (such as a tab, a line break or NUL); escape it as \\t, \\n or \\u0000.";
        }

        if (Has(message, "leading zero"))
        {
            return "Invalid number: a leading zero is not allowed (write 7, not 07); put the value in quotes if it is text.";
        }

        if (Has(message, "number") || Has(message, "digit"))
        {
            return "Invalid number: write numbers as 42, -1.5 or 1e3; put the value in quotes if it is text.";
        }

        if (Has(message, "JSON literal"))
        {
            return "Invalid literal: expected true, false or null; put the value in quotes if it is text.";
        }

        if (Has(message, "after a property name"))
        {
            return "Expected ':' after the property name.";
        }

        if (Has(message, "start of a property name"))
        {
            return "Expected a property name in double quotes, or '}'.";
        }

        if (Has(message, "start of a value"))
        {
            return lastToken == JsonTokenType.PropertyName
                ? "Expected a value after ':' (a string in double quotes, a number, true, false, null, an object or an array)."
                : "Expected a value (a string in double quotes, a number, true, false, null, an object or an array).";
        }

        if (Has(message, "after a value"))
        {
            return "Expected ',' or a closing '}' or ']' after the value.";
        }

        if (Has(message, "single JSON value"))
        {
            return "Unexpected content after the end of the root object.";
        }

        if (Has(message, "without a matching open"))
        {
            return "A closing bracket does not match the object or array it closes.";
        }

        return "The file is not valid JSON.";

        static bool Has(string text, string fragment) => text.Contains(fragment, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The state of one parse: the key path, the open objects and arrays, and the position cursor.</summary>
    private sealed class Walker
    {
        // Objects with more properties than this look duplicates up in a dictionary instead of scanning.
        private const int LinearScanLimit = 8;

        private readonly string _source;
        private readonly ConfigDataBuilder _builder;
        private readonly int _maxDepth;

        // The key path of the current token, segments joined by ':'.
        private char[] _path = ArrayPool<char>.Shared.Rent(256);
        private int _pathLength;

        // The objects and arrays open around the current token; index 0 is the root object.
        private Frame[] _frames = ArrayPool<Frame>.Shared.Rent(16);
        private int _frameCount;

        // The property names of every open object, innermost last, for duplicate detection.
        private NameEntry[] _names = ArrayPool<NameEntry>.Shared.Rent(32);
        private int _nameCount;
        private char[] _nameChars = ArrayPool<char>.Shared.Rent(256);
        private int _nameCharCount;
        // By frame, like _frames. Only this parser rents these arrays, and it returns them cleared, so each starts empty.
        private NameIndex[] _nameIndexes = ArrayPool<NameIndex>.Shared.Rent(16);

        // Line and column of byte _cursor, advanced token by token so that positions cost O(n) in all.
        private int _cursor;
        private int _line = 1;
        private int _column;

        private JsonTokenType _lastToken;

        public Walker(string source, ConfigDataBuilder builder)
        {
            _source = source;
            _builder = builder;
            _maxDepth = builder.Limits.MaxDepth;
        }

        public void Walk(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8)
        {
            if (!reader.Read())
            {
                return;
            }

            var (line, column) = PositionOf(utf8, reader.TokenStartIndex);
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                Report(
                    string.Empty,
                    string.Concat("The root of a configuration file must be a JSON object ({ … }); this file starts with ", Describe(reader.TokenType), "."),
                    line,
                    column,
                    "Syntax");
                return;
            }

            PushFrame(isArray: false, line, column);
            _lastToken = reader.TokenType;
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        OnPropertyName(ref reader, utf8);
                        break;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        if (!OnStartContainer(ref reader, utf8))
                        {
                            return;
                        }

                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        OnEndContainer();
                        break;
                    default:
                        OnScalar(ref reader, utf8);
                        break;
                }

                _lastToken = reader.TokenType;
            }
        }

        public void ReportSyntaxError(JsonException ex, ReadOnlySpan<byte> utf8, bool strictSyntax)
        {
            // The reader counts 0-based lines of '\n' and 0-based bytes within the line.
            var lineStart = 0;
            for (long i = 0; i < (ex.LineNumber ?? 0); i++)
            {
                var newLine = utf8[lineStart..].IndexOf((byte)'\n');
                if (newLine < 0)
                {
                    break;
                }

                lineStart += newLine + 1;
            }

            var offset = (int)Math.Min(utf8.Length, lineStart + (ex.BytePositionInLine ?? 0));
            var line = (int)Math.Min(int.MaxValue, (ex.LineNumber ?? 0) + 1);
            var column = Encoding.UTF8.GetCharCount(utf8[lineStart..offset]) + 1;
            var message = ex.Message;
            if (message.Contains("maximum configured depth", StringComparison.Ordinal))
            {
                ReportDepth(line, column);
                return;
            }

            // The key is known only when the error is in the value right after a property name.
            var key = _lastToken == JsonTokenType.PropertyName ? CurrentKey() : string.Empty;
            var offendingByte = offset < utf8.Length ? utf8[offset] : -1;

            // In strict reading a comment or trailing comma is not malformed, only not allowed: say so, and how to allow it.
            var description = strictSyntax && offendingByte == '/'
                ? "Comments are not allowed: the file is read as strict JSON (JsonFileOptions.AllowCommentsAndTrailingCommas is false)."
                : strictSyntax && message.Contains("trailing comma", StringComparison.OrdinalIgnoreCase)
                    ? "A trailing comma is not allowed: the file is read as strict JSON (JsonFileOptions.AllowCommentsAndTrailingCommas is false)."
                    : DescribeSyntaxError(message, offendingByte, _lastToken);
            Report(key, description, line, column, "Syntax");
        }

        public void Release()
        {
            ArrayPool<char>.Shared.Return(_path);
            ArrayPool<char>.Shared.Return(_nameChars);
            ArrayPool<Frame>.Shared.Return(_frames);
            ArrayPool<NameEntry>.Shared.Return(_names);

            // The indexes hold slot arrays sized for this file; the pool must not keep them alive.
            ArrayPool<NameIndex>.Shared.Return(_nameIndexes, clearArray: true);
            _path = [];
            _nameChars = [];
            _frames = [];
            _names = [];
            _nameIndexes = [];
        }

        private void OnPropertyName(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8)
        {
            var (line, column) = PositionOf(utf8, reader.TokenStartIndex);
            ref var frame = ref _frames[_frameCount - 1];
            frame.Count++;
            _pathLength = frame.PathLength;
            if (_frameCount > 1)
            {
                Append(':');
            }

            // An unescaped name never has more UTF-16 units than its UTF-8 bytes.
            var nameStart = _pathLength;

            // A name over the key limit is refused before it is copied: a hostile name as large as the file would
            // otherwise cost twice the file's size in characters. An escaped name is measured by the builder.
            if (!reader.ValueIsEscaped && nameStart + reader.ValueSpan.Length > _builder.Limits.MaxKeyLength
                && nameStart + Encoding.UTF8.GetCharCount(reader.ValueSpan) is var keyLength && keyLength > _builder.Limits.MaxKeyLength)
            {
                Report(
                    new string(_path, 0, frame.PathLength),
                    string.Create(CultureInfo.InvariantCulture, $"A property name makes the key {keyLength:N0} characters long; the limit is {_builder.Limits.MaxKeyLength:N0} (ConfigLimits.MaxKeyLength)."),
                    line,
                    column,
                    "Limit");
                reader.Skip();
                return;
            }

            EnsurePathCapacity(nameStart + reader.ValueSpan.Length);
            int written;
            try
            {
                written = reader.CopyString(_path.AsSpan(nameStart));
            }
            catch (InvalidOperationException)
            {
                Report(new string(_path, 0, frame.PathLength), DescribeInvalidText(reader.ValueSpan, "property name"), line, column, "Syntax");
                reader.Skip();
                return;
            }

            _pathLength = nameStart + written;
            var name = _path.AsSpan(nameStart, written);
            var duplicate = FindName(frame.NameStart, name);
            if (duplicate >= 0)
            {
                var first = new ConfigOrigin(_source, _names[duplicate].Line, _names[duplicate].Column);
                var second = new ConfigOrigin(_source, line, column);
                Report(
                    CurrentKey(),
                    string.Create(CultureInfo.InvariantCulture, $"The property '{name}' appears twice in the same object: first at {first}, again at {second}. Property names are case-insensitive; keep one."),
                    line,
                    column,
                    "DuplicateKey");

                // The second value is not loaded, so that it cannot cause follow-on errors.
                reader.Skip();
                return;
            }

            AddName(frame.NameStart, name, line, column);
        }

        private bool OnStartContainer(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8)
        {
            ref var parent = ref _frames[_frameCount - 1];
            if (parent.IsArray)
            {
                AppendIndex(ref parent);
            }

            var (line, column) = PositionOf(utf8, reader.TokenStartIndex);
            if (reader.CurrentDepth >= _maxDepth)
            {
                ReportDepth(line, column);
                return false;
            }

            PushFrame(reader.TokenType == JsonTokenType.StartArray, line, column);
            return true;
        }

        private void OnEndContainer()
        {
            var frame = _frames[--_frameCount];
            if (!frame.IsArray)
            {
                _nameCount = frame.NameStart;
                _nameCharCount = frame.NameCharStart;
                _nameIndexes[_frameCount].Clear();
            }

            // The root is never declared: an empty file-level object simply sets nothing, as in MEC.
            if (frame.Count == 0 && _frameCount > 0)
            {
                _builder.SetEmptyContainer(_path.AsSpan(0, frame.PathLength), new ConfigOrigin(_source, frame.Line, frame.Column));
            }
            else if (frame.IsArray && _frameCount > 0)
            {
                // A file that states an array states the whole list: it replaces what earlier sources listed.
                _builder.DeclareList(_path.AsSpan(0, frame.PathLength));
            }

            if (frame.Count > 0 && _frameCount > 0)
            {
                _builder.DeclareContainer(_path.AsSpan(0, frame.PathLength), new ConfigOrigin(_source, frame.Line, frame.Column));
            }
        }

        private void OnScalar(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8)
        {
            ref var frame = ref _frames[_frameCount - 1];
            if (frame.IsArray)
            {
                AppendIndex(ref frame);
            }

            var (line, column) = PositionOf(utf8, reader.TokenStartIndex);
            string? value;
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    // A value over the length limit is refused before it is decoded, for the reason names are.
                    if (!reader.ValueIsEscaped && reader.ValueSpan.Length > _builder.Limits.MaxValueLength
                        && Encoding.UTF8.GetCharCount(reader.ValueSpan) is var valueLength && valueLength > _builder.Limits.MaxValueLength)
                    {
                        Report(
                            CurrentKey(),
                            string.Create(CultureInfo.InvariantCulture, $"The value is {valueLength:N0} characters long; the limit is {_builder.Limits.MaxValueLength:N0} (ConfigLimits.MaxValueLength)."),
                            line,
                            column,
                            "Limit");
                        return;
                    }

                    try
                    {
                        value = reader.GetString();
                    }
                    catch (InvalidOperationException)
                    {
                        Report(CurrentKey(), DescribeInvalidText(reader.ValueSpan, "string"), line, column, "Syntax");
                        return;
                    }

                    break;
                case JsonTokenType.Number:
                    // No binder parses a number of hundreds of digits; a longer literal is an attack on the parser
                    // that reads it, so it is refused before the text is copied.
                    if (reader.ValueSpan.Length > _builder.Limits.MaxNumberLength)
                    {
                        Report(
                            CurrentKey(),
                            string.Create(CultureInfo.InvariantCulture, $"The number is {reader.ValueSpan.Length:N0} characters long; the limit is {_builder.Limits.MaxNumberLength:N0} (ConfigLimits.MaxNumberLength). Put the value in quotes if it is text."),
                            line,
                            column,
                            "Limit");
                        return;
                    }

                    // The raw text, as MEC keeps it: 1.50e+3 stays 1.50e+3.
                    value = Encoding.UTF8.GetString(reader.ValueSpan);
                    break;
                case JsonTokenType.True:
                    value = bool.TrueString;
                    break;
                case JsonTokenType.False:
                    value = bool.FalseString;
                    break;
                default:
                    value = null;
                    break;
            }

            _builder.Set(_path.AsSpan(0, _pathLength), value, new ConfigOrigin(_source, line, column));
        }

        private void PushFrame(bool isArray, int line, int column)
        {
            if (_frameCount == _frames.Length)
            {
                _frames = Grow(_frames, _frameCount, _frameCount * 2);
            }

            if (_frameCount == _nameIndexes.Length)
            {
                _nameIndexes = Grow(_nameIndexes, _frameCount, _frameCount * 2);
            }

            _frames[_frameCount++] = new Frame
            {
                IsArray = isArray,
                PathLength = _pathLength,
                NameStart = _nameCount,
                NameCharStart = _nameCharCount,
                Line = line,
                Column = column,
            };
        }

        private void AppendIndex(ref Frame array)
        {
            _pathLength = array.PathLength;
            Append(':');
            EnsurePathCapacity(_pathLength + 11);
            array.Count.TryFormat(_path.AsSpan(_pathLength), out var written, default, CultureInfo.InvariantCulture);
            _pathLength += written;
            array.Count++;
        }

        private void Append(char c)
        {
            EnsurePathCapacity(_pathLength + 1);
            _path[_pathLength++] = c;
        }

        private void EnsurePathCapacity(int capacity)
        {
            if (capacity > _path.Length)
            {
                _path = Grow(_path, _pathLength, capacity);
            }
        }

        private int FindName(int nameStart, ReadOnlySpan<char> name)
        {
            ref var index = ref _nameIndexes[_frameCount - 1];
            if (!index.IsEmpty)
            {
                var position = index.Find(name, new OpenNames(this, nameStart));
                return position < 0 ? -1 : nameStart + position;
            }

            for (var i = nameStart; i < _nameCount; i++)
            {
                if (name.Equals(NameAt(i), StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }

            return -1;
        }

        private void AddName(int nameStart, ReadOnlySpan<char> name, int line, int column)
        {
            if (_nameCharCount + name.Length > _nameChars.Length)
            {
                _nameChars = Grow(_nameChars, _nameCharCount, _nameCharCount + name.Length);
            }

            if (_nameCount == _names.Length)
            {
                _names = Grow(_names, _nameCount, _nameCount * 2);
            }

            name.CopyTo(_nameChars.AsSpan(_nameCharCount));
            _names[_nameCount++] = new NameEntry(_nameCharCount, name.Length, line, column);
            _nameCharCount += name.Length;

            // An object with more names than a scan should read indexes them, all of them from then on.
            ref var index = ref _nameIndexes[_frameCount - 1];
            var count = _nameCount - nameStart;
            if (!index.IsEmpty)
            {
                index.Add(count - 1, new OpenNames(this, nameStart));
            }
            else if (count > LinearScanLimit)
            {
                index.Rebuild(count, new OpenNames(this, nameStart));
            }
        }

        public ReadOnlySpan<char> NameAt(int i) => _nameChars.AsSpan(_names[i].Start, _names[i].Length);

        private (int Line, int Column) PositionOf(ReadOnlySpan<byte> utf8, long tokenStart)
        {
            // Tokens arrive in order, so only the bytes since the previous token need counting.
            var target = (int)tokenStart;
            var skipped = utf8[_cursor..target];
            var lastNewLine = skipped.LastIndexOf((byte)'\n');
            if (lastNewLine >= 0)
            {
                _line += skipped.Count((byte)'\n');
                _column = 0;
                skipped = skipped[(lastNewLine + 1)..];
            }

            _column += Encoding.UTF8.GetCharCount(skipped);
            _cursor = target;
            return (_line, _column + 1);
        }

        private void ReportDepth(int line, int column) => Report(
            CurrentKey(),
            string.Create(CultureInfo.InvariantCulture, $"Objects and arrays are nested too deeply; the limit is {_maxDepth:N0} levels (ConfigLimits.MaxDepth)."),
            line,
            column,
            "Limit");

        private void Report(string keyPath, string message, int line, int column, string rule)
            => _builder.AddError(new ConfigError(keyPath, message, new ConfigOrigin(_source, line, column), rule));

        private string CurrentKey() => new(_path, 0, _pathLength);

        private static string DescribeInvalidText(ReadOnlySpan<byte> raw, string what) => Utf8.IsValid(raw)
            ? string.Concat("A \\u escape in a ", what, " is an unpaired UTF-16 surrogate (\\uD800 to \\uDFFF without its pair).")
            : string.Concat("A ", what, " is not valid UTF-8; save the file as UTF-8.");

        private static string Describe(JsonTokenType token) => token switch
        {
            JsonTokenType.StartArray => "an array",
            JsonTokenType.String => "a string",
            JsonTokenType.Number => "a number",
            JsonTokenType.Null => "null",
            _ => "true or false",
        };

        private static T[] Grow<T>(T[] buffer, int used, int capacity)
        {
            var larger = ArrayPool<T>.Shared.Rent(Math.Max(capacity, buffer.Length * 2));
            buffer.AsSpan(0, used).CopyTo(larger);
            ArrayPool<T>.Shared.Return(buffer, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<T>());
            return larger;
        }
    }

    /// <summary>An open object or array.</summary>
    private struct Frame
    {
        public bool IsArray;

        /// <summary>The length of the container's own key path in the path buffer.</summary>
        public int PathLength;

        /// <summary>Properties or elements seen so far; an array's next index.</summary>
        public int Count;

        public int NameStart;
        public int NameCharStart;
        public int Line;
        public int Column;
    }

    /// <summary>The property names of one open object, by position within it, for its <see cref="NameIndex"/>.</summary>
    private readonly struct OpenNames(Walker walker, int nameStart) : INameList
    {
        public ReadOnlySpan<char> NameAt(int position) => walker.NameAt(nameStart + position);
    }

    /// <summary>A property name of an open object: where its characters are, and where it was written.</summary>
    private readonly record struct NameEntry(int Start, int Length, int Line, int Column);
}
