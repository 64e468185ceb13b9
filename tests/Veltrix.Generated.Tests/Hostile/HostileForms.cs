using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Veltrix.Tests.Hostile;

/// <summary>Writes a <see cref="HostileConfig"/> as each source reads it: JSON, environment variables, arguments.</summary>
public static class HostileForms
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The configuration's keys and values as flat pairs; null values only where the member is nullable.</summary>
    public static List<(string Key, JsonNode? Value)> Pairs(HostileConfig c)
    {
        var pairs = new List<(string, JsonNode?)>
        {
            ("Name", c.Name),
            ("Port", c.Port),
            ("Ratio", double.IsFinite(c.Ratio) ? JsonValue.Create(c.Ratio) : JsonValue.Create(c.Ratio.ToString("R", CultureInfo.InvariantCulture))),
            ("Enabled", c.Enabled),
            ("Timeout", c.Timeout.ToString("c", CultureInfo.InvariantCulture)),
            ("Pin", c.Pin),
            ("Password", c.Password),
            ("Inner:Host", c.Inner.Host),
            ("Inner:Limit", c.Inner.Limit),
            ("Inner:ApiKey", c.Inner.ApiKey),
        };
        foreach (var (key, value) in c.Weights)
        {
            pairs.Add(("Weights:" + key, value));
        }

        return pairs;
    }

    /// <summary>
    /// The configuration as a JSON document under "Hostile", properties in the order of <paramref name="order"/> (a
    /// permutation of the pair indices; null keeps the natural order). The list is written whole, or omitted when empty
    /// and <paramref name="omitEmptyList"/> says so.
    /// </summary>
    public static JsonObject ToJson(HostileConfig c, IReadOnlyList<int>? order = null, bool omitEmptyList = false, Func<string, bool>? include = null, bool includeList = true)
    {
        var section = new JsonObject();
        var pairs = Pairs(c);
        for (var i = 0; i < pairs.Count; i++)
        {
            var (key, value) = pairs[order is null ? i : order[i]];
            if (include is null || include(key))
            {
                Put(section, key, value?.DeepClone());
            }
        }

        if (includeList && !(omitEmptyList && c.Hosts.Count == 0))
        {
            section["Hosts"] = new JsonArray([.. c.Hosts.Select(static h => (JsonNode?)JsonValue.Create(h))]);
        }

        return new JsonObject { ["Hostile"] = section };
    }

    public static string Indent(JsonObject json) => json.ToJsonString(Indented);

    public static string Minify(JsonObject json) => json.ToJsonString();

    /// <summary>The same document with a comment on every line and a trailing comma before every closing bracket.</summary>
    public static string WithCommentsAndTrailingCommas(JsonObject json)
    {
        var lines = Indent(json).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var next = i + 1 < lines.Length ? lines[i + 1].TrimStart() : string.Empty;
            var line = lines[i];
            var closesNext = next.StartsWith('}') || next.StartsWith(']');
            var endsValue = !line.EndsWith('{') && !line.EndsWith('[') && !line.EndsWith(',');
            lines[i] = (closesNext && endsValue ? line + "," : line) + " // note " + i.ToString(CultureInfo.InvariantCulture);
        }

        return "/* leading comment */\r\n" + string.Join("\r\n", lines);
    }

    /// <summary>The pairs as environment variables with <paramref name="prefix"/>; null values left out.</summary>
    public static Dictionary<string, string> ToEnvironment(HostileConfig c, string prefix)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in Flat(c))
        {
            variables[prefix + "Hostile__" + key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return variables;
    }

    /// <summary>The pairs as <c>--Hostile:Key=value</c> arguments; null values left out.</summary>
    public static string[] ToArguments(HostileConfig c) => [.. Flat(c).Select(static p => "--Hostile:" + p.Key + "=" + p.Value)];

    private static IEnumerable<(string Key, string Value)> Flat(HostileConfig c)
    {
        foreach (var (key, value) in Pairs(c))
        {
            if (value is not null)
            {
                yield return (key, value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString());
            }
        }

        for (var i = 0; i < c.Hosts.Count; i++)
        {
            yield return ("Hosts:" + i.ToString(CultureInfo.InvariantCulture), c.Hosts[i]);
        }
    }

    private static void Put(JsonObject section, string key, JsonNode? value)
    {
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            section[key] = value;
            return;
        }

        var name = key[..colon];
        if (section[name] is not JsonObject child)
        {
            child = new JsonObject();
            section[name] = child;
        }

        Put(child, key[(colon + 1)..], value);
    }
}
