using System.Globalization;
using System.Text.Json;

namespace Veltrix.Etcd;

/// <summary>Reads one etcd value as a JSON document merged at the key's path (<see cref="EtcdValueFormat.Json"/>).</summary>
internal static class EtcdJsonValue
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static void Load(string configKey, string json, ConfigOrigin origin, ConfigDataBuilder builder)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException ex)
        {
            // The reader's message can quote the text near the error, which may be a secret: give the position only.
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var column = (int)(ex.BytePositionInLine ?? 0) + 1;
            builder.AddError(new ConfigError(configKey, "The value is not valid JSON.", origin with { Line = line, Column = column }, "Syntax"));
            return;
        }

        using (document)
        {
            Write(configKey, document.RootElement, origin, builder);
        }
    }

    private static void Write(string path, JsonElement element, ConfigOrigin origin, ConfigDataBuilder builder)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var any = false;
                foreach (var property in element.EnumerateObject())
                {
                    any = true;
                    Write(path + ":" + property.Name, property.Value, origin, builder);
                }

                if (!any)
                {
                    builder.SetEmptyContainer(path, origin);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Write(path + ":" + index.ToString(CultureInfo.InvariantCulture), item, origin, builder);
                    index++;
                }

                if (index == 0)
                {
                    builder.SetEmptyContainer(path, origin);
                }
                else
                {
                    // A JSON value that holds an array states the whole list, as a JSON file does.
                    builder.DeclareList(path);
                }

                break;
            case JsonValueKind.Null:
                builder.Set(path, null, origin);
                break;
            case JsonValueKind.String:
                builder.Set(path, element.GetString(), origin);
                break;
            default:
                builder.Set(path, element.GetRawText(), origin);
                break;
        }
    }
}
