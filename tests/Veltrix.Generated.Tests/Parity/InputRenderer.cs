using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Veltrix.Tests.Parity;

/// <summary>Writes a generated input as a JSON document or as environment variables.</summary>
internal static class InputRenderer
{
    private static readonly JsonWriterOptions Escaped = new() { Indented = true };
    private static readonly JsonWriterOptions Relaxed = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Writes <paramref name="root"/> as a JSON document. Some nested objects are written with a colon-joined
    /// property name (<c>"Http:Cache": { … }</c>), as users do; the document starts with a comment.
    /// </summary>
    public static string ToJson(InputObject root, Random random, string caption)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, random.Next(2) == 0 ? Escaped : Relaxed))
        {
            writer.WriteStartObject();
            WriteMembers(writer, root, prefix: null, random);
            writer.WriteEndObject();
        }

        return "// " + caption + "\n" + Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>
    /// Flattens <paramref name="root"/> into environment variables: <paramref name="prefix"/>, then the key path
    /// with <c>__</c> for <c>:</c>. Some variables spell the segments they share with others in another case.
    /// </summary>
    public static List<KeyValuePair<string, string>> ToEnvironment(InputObject root, string prefix, Random random)
    {
        var variables = new List<KeyValuePair<string, string>>();
        Flatten(root, [], prefix, variables, random);
        return variables;
    }

    private static void WriteMembers(Utf8JsonWriter writer, InputObject node, string? prefix, Random random)
    {
        foreach (var (key, value) in node.Members)
        {
            var name = prefix is null ? key : prefix + ":" + key;
            if (value is InputObject { Members.Count: > 0 } child && random.Next(8) == 0)
            {
                // "A:B": value is the same key as "A": { "B": value }.
                WriteMembers(writer, child, name, random);
                continue;
            }

            writer.WritePropertyName(name);
            WriteValue(writer, value, random);
        }
    }

    private static void WriteValue(Utf8JsonWriter writer, InputNode node, Random random)
    {
        switch (node)
        {
            case InputValue { Form: JsonForm.Number } number:
                writer.WriteRawValue(number.Text, skipInputValidation: false);
                break;
            case InputValue { Form: JsonForm.Null }:
                writer.WriteNullValue();
                break;
            case InputValue { Form: JsonForm.Boolean } boolean:
                writer.WriteBooleanValue(bool.Parse(boolean.Text));
                break;
            case InputValue value:
                writer.WriteStringValue(value.Text);
                break;
            case InputObject obj:
                writer.WriteStartObject();
                WriteMembers(writer, obj, prefix: null, random);
                writer.WriteEndObject();
                break;
            case InputArray array:
                writer.WriteStartArray();
                foreach (var element in array.Elements)
                {
                    WriteValue(writer, element.Value, random);
                }

                writer.WriteEndArray();
                break;
        }
    }

    private static void Flatten(InputNode node, List<string> segments, string prefix, List<KeyValuePair<string, string>> variables, Random random)
    {
        switch (node)
        {
            case InputValue value:
                var name = new StringBuilder(prefix);
                for (var i = 0; i < segments.Count; i++)
                {
                    // Each variable spells the segments it shares with others independently: Http__Port, HTTP__Timeout.
                    name.Append(i == 0 ? string.Empty : "__").Append(random.Next(6) == 0 ? Recase(segments[i], random) : segments[i]);
                }

                variables.Add(new(name.ToString(), value.Text));
                break;
            case InputObject obj:
                foreach (var (key, child) in obj.Members)
                {
                    segments.Add(key);
                    Flatten(child, segments, prefix, variables, random);
                    segments.RemoveAt(segments.Count - 1);
                }

                break;
            case InputArray array:
                foreach (var (index, child) in array.Elements)
                {
                    segments.Add(index.ToString(CultureInfo.InvariantCulture));
                    Flatten(child, segments, prefix, variables, random);
                    segments.RemoveAt(segments.Count - 1);
                }

                break;
        }
    }

    /// <summary>The key in a random case: as written, lower, upper, or mixed.</summary>
    public static string Recase(string key, Random random)
    {
        switch (random.Next(4))
        {
            case 0:
                return key;
            case 1:
                return key.ToLowerInvariant();
            case 2:
                return key.ToUpperInvariant();
            default:
                var chars = key.ToCharArray();
                for (var i = 0; i < chars.Length; i++)
                {
                    chars[i] = random.Next(2) == 0 ? char.ToUpperInvariant(chars[i]) : char.ToLowerInvariant(chars[i]);
                }

                return new string(chars);
        }
    }
}
