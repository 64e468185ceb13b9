using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Veltrix.Generators.Emitting.Documents;

/// <summary>
/// Writes a small JSON document built from <see cref="JsonObject"/> (ordered members), lists, strings, booleans and
/// <see cref="JsonNumber"/>s, indented with two spaces and with <c>\n</c> line ends, so that the JSON Schema the
/// generator embeds is deterministic.
/// </summary>
internal static class JsonText
{
    /// <summary>Serializes <paramref name="value"/>.</summary>
    /// <param name="value">A <see cref="JsonObject"/>, a list of values, a string, a bool, a <see cref="JsonNumber"/> or null.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(object? value)
    {
        var builder = new StringBuilder();
        Write(builder, value, 0);
        return builder.Append('\n').ToString();
    }

    /// <summary>Quotes and escapes a string as JSON.</summary>
    /// <param name="value">The string.</param>
    /// <returns>The JSON string literal.</returns>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < ' ')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static void Write(StringBuilder builder, object? value, int depth)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string text:
                builder.Append(Quote(text));
                break;
            case bool flag:
                builder.Append(flag ? "true" : "false");
                break;
            case JsonNumber number:
                builder.Append(number.Text);
                break;
            case JsonObject obj:
                if (obj.Members.Count == 0)
                {
                    builder.Append("{}");
                    break;
                }

                builder.Append('{');
                for (var i = 0; i < obj.Members.Count; i++)
                {
                    builder.Append(i == 0 ? "\n" : ",\n").Append(' ', (depth + 1) * 2).Append(Quote(obj.Members[i].Key)).Append(": ");
                    Write(builder, obj.Members[i].Value, depth + 1);
                }

                builder.Append('\n').Append(' ', depth * 2).Append('}');
                break;
            case IReadOnlyList<object?> list:
                builder.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    builder.Append(i == 0 ? string.Empty : ", ");
                    Write(builder, list[i], depth + 1);
                }

                builder.Append(']');
                break;
        }
    }
}
