using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Text;

namespace Veltrix;

/// <summary>
/// Formatting that generated <c>ToString()</c> methods share: values as configuration files write them, in the
/// invariant culture (<c>true</c>, <c>1.5</c>, <c>00:00:30</c>, round-trip dates, a URI's original text), strings
/// unquoted, <c>null</c> for null, lists as <c>[a, b]</c> and dictionaries as <c>{ key = value }</c>.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class GeneratedFormat
{
    /// <summary>Appends a plain value or a section (through its own <c>ToString()</c>).</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="builder">The text so far.</param>
    /// <param name="value">The value.</param>
    public static void Append<T>(StringBuilder builder, T value)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string text:
                builder.Append(text);
                break;
            case bool flag:
                builder.Append(flag ? "true" : "false");
                break;
            case Uri uri:
                builder.Append(uri.OriginalString);
                break;
            case TimeSpan:
                builder.Append(CultureInfo.InvariantCulture, $"{value:c}");
                break;
            case DateTime or DateTimeOffset or DateOnly or TimeOnly:
                builder.Append(CultureInfo.InvariantCulture, $"{value:O}");
                break;
            case IFormattable:
                // Numbers, enums, Guid, char, Version: through the invariant-culture handler, without boxing.
                builder.Append(CultureInfo.InvariantCulture, $"{value}");
                break;
            default:
                builder.Append(value.ToString());
                break;
        }
    }

    /// <summary>Appends a nullable value type: its value, or <c>null</c>.</summary>
    /// <typeparam name="T">The underlying type.</typeparam>
    /// <param name="builder">The text so far.</param>
    /// <param name="value">The value.</param>
    public static void AppendNullable<T>(StringBuilder builder, T? value)
        where T : struct
    {
        if (value is { } present)
        {
            Append(builder, present);
        }
        else
        {
            builder.Append("null");
        }
    }

    /// <summary>Appends a list as <c>[a, b]</c>, or <c>null</c>.</summary>
    /// <typeparam name="T">The element type: a plain value or a section.</typeparam>
    /// <param name="builder">The text so far.</param>
    /// <param name="items">The list.</param>
    public static void AppendList<T>(StringBuilder builder, IReadOnlyList<T>? items)
    {
        if (items is null)
        {
            builder.Append("null");
            return;
        }

        builder.Append('[');
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            Append(builder, items[i]);
        }

        builder.Append(']');
    }

    /// <summary>Appends a dictionary as <c>{ key = value, … }</c> (<c>{}</c> when empty), or <c>null</c>.</summary>
    /// <typeparam name="T">The value type: a plain value or a section.</typeparam>
    /// <param name="builder">The text so far.</param>
    /// <param name="entries">The dictionary.</param>
    public static void AppendDictionary<T>(StringBuilder builder, IReadOnlyDictionary<string, T>? entries)
    {
        if (entries is null)
        {
            builder.Append("null");
            return;
        }

        builder.Append('{');
        var first = true;
        foreach (var entry in GeneratedEntries.Of(entries))
        {
            builder.Append(first ? " " : ", ").Append(entry.Key).Append(" = ");
            first = false;
            Append(builder, entry.Value);
        }

        builder.Append(first ? "}" : " }");
    }
}
