using System.Globalization;
using System.Text;

namespace Veltrix.Benchmarks.Reload;

/// <summary>The watched file: all 40 keys of <see cref="Bench40Config"/>, of which each write changes one.</summary>
internal static class ReloadJson
{
    /// <summary>The value of <c>Bench:Cache:MaxEntries</c> in the file before the first write.</summary>
    public const int InitialValue = 1_000;

    private static readonly string[] Sections = ["Cache", "Http", "Db", "Workers", "Queue"];
    private static readonly string[] Keys = ["MaxEntries", "Timeout", "Retries", "Limit", "Capacity", "Threshold", "Interval", "Budget"];

    /// <summary>
    /// The file's text with <c>Bench:Cache:MaxEntries</c> set to <paramref name="value"/> and every other key at its
    /// default, indented as a person would keep it (about 1 KB).
    /// </summary>
    /// <param name="value">The value of the changed key; each write uses a new one so that callbacks can be matched to writes.</param>
    public static string Create(int value)
    {
        var json = new StringBuilder(1_200);
        json.Append("{\n  \"Bench\": {\n");
        for (var s = 0; s < Sections.Length; s++)
        {
            json.Append("    \"").Append(Sections[s]).Append("\": {\n");
            for (var k = 0; k < Keys.Length; k++)
            {
                var keyValue = s == 0 && k == 0 ? value : k + 1;
                json.Append("      \"").Append(Keys[k]).Append("\": ")
                    .Append(keyValue.ToString(CultureInfo.InvariantCulture))
                    .Append(k < Keys.Length - 1 ? ",\n" : "\n");
            }

            json.Append(s < Sections.Length - 1 ? "    },\n" : "    }\n");
        }

        json.Append("  }\n}\n");
        return json.ToString();
    }
}
