using System;
using System.Collections.Generic;
using System.IO.Hashing;
using System.Text;
using Veltrix.Generators.Models;

namespace Veltrix.Generators.Parsing;

/// <summary>
/// Computes the schema hash: XxHash3 (64-bit, seed 0) of the UTF-8 canonical text of the keys' shape. Defaults and
/// descriptions are left out, so only a change of paths, kinds, types, roles, secrecy or requiredness changes it.
/// </summary>
/// <remarks>
/// The canonical text has one line per key: <c>lowercase path|kind|type|role|secret|required\n</c>, e.g.
/// <c>server:cache:maxentries|0|int|1|0|0</c>. It is encoded line by line into buffers kept per thread, never built as
/// a string: every schema is parsed again on every edit in the IDE, so the text would be garbage once per schema per
/// keystroke. The buffers hold no result from one call to the next, only capacity.
/// </remarks>
internal static class SchemaHasher
{
    [ThreadStatic]
    private static Line? t_line;

    /// <summary>Hashes keys already sorted as <see cref="ConfigSpec.Keys"/> are.</summary>
    public static ulong Compute(IReadOnlyList<KeySpec> keys)
    {
        var line = t_line ??= new Line();
        line.Clear();
        foreach (var key in keys)
        {
            line.Length = 0;
            line.AppendLowerInvariant(key.Path);
            line.Append('|');
            line.Append((int)key.Kind);
            line.Append('|');
            line.Append(key.TypeDisplayName);
            line.Append('|');
            line.Append((int)key.Role);
            line.Append('|');
            line.Append(key.IsSecret ? '1' : '0');
            line.Append('|');
            line.Append(key.IsRequired ? '1' : '0');
            line.Append('\n');

            // A whole line at a time, so that no surrogate pair is split between two encodings.
            line.Encode();
        }

        return XxHash3.HashToUInt64(line.Encoded);
    }

    /// <summary>The canonical text's current line as characters, and every line so far as UTF-8.</summary>
    private sealed class Line
    {
        private char[] _chars = new char[128];
        private byte[] _bytes = new byte[1024];
        private int _byteCount;

        public int Length { get; set; }

        public ReadOnlySpan<byte> Encoded => new(_bytes, 0, _byteCount);

        public void Clear()
        {
            Length = 0;
            _byteCount = 0;
        }

        public void Append(char c)
        {
            Reserve(1);
            _chars[Length++] = c;
        }

        public void Append(string text)
        {
            Reserve(text.Length);
            text.CopyTo(0, _chars, Length, text.Length);
            Length += text.Length;
        }

        public void Append(int value)
        {
            // Invariant digits, as int.ToString(CultureInfo.InvariantCulture) writes them.
            if (value < 0)
            {
                Append(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                return;
            }

            var start = Length;
            do
            {
                Append((char)('0' + (value % 10)));
                value /= 10;
            }
            while (value > 0);

            Array.Reverse(_chars, start, Length - start);
        }

        public void AppendLowerInvariant(string text)
        {
            foreach (var c in text)
            {
                if (char.IsSurrogate(c))
                {
                    // Outside the BMP case mapping works on code points: leave it to the string's own lowering.
                    Append(text.ToLowerInvariant());
                    return;
                }
            }

            Reserve(text.Length);
            foreach (var c in text)
            {
                _chars[Length++] = char.ToLowerInvariant(c);
            }
        }

        public void Encode()
        {
            var count = Encoding.UTF8.GetByteCount(_chars, 0, Length);
            if (_byteCount + count > _bytes.Length)
            {
                Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _byteCount + count));
            }

            _byteCount += Encoding.UTF8.GetBytes(_chars, 0, Length, _bytes, _byteCount);
        }

        private void Reserve(int count)
        {
            if (Length + count > _chars.Length)
            {
                Array.Resize(ref _chars, Math.Max(_chars.Length * 2, Length + count));
            }
        }
    }
}
