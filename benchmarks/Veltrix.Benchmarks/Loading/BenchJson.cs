using System.Globalization;
using System.Text;

namespace Veltrix.Benchmarks.Loading;

/// <summary>Writes a schema's JSON file with every value key set, so that each binder has every key to convert.</summary>
internal static class BenchJson
{
    /// <summary>The offset added to each key's default, so that a bound value proves that the file was read.</summary>
    public const int Offset = 100;

    /// <summary>
    /// <c>{ "Bench": { "Section": { "Key": default + <see cref="Offset"/>, ... }, ... } }</c> for the value keys of
    /// <typeparamref name="T"/>, which are all ints under one level of sections.
    /// </summary>
    /// <typeparam name="T">A schema written by <c>benchmarks/BenchmarkSchemas.targets</c>.</typeparam>
    public static string Write<T>()
        where T : class, IVeltrixConfig<T>
    {
        var text = new StringBuilder();
        text.Append("{\n  \"").Append(T.Schema.Section).Append("\": {");
        string? open = null;
        foreach (var key in T.Schema.Keys)
        {
            if (key.Kind != ConfigKeyKind.Value)
            {
                continue;
            }

            // Bench:Section:Key
            var parts = key.Path.Split(':');
            if (parts[1] != open)
            {
                text.Append(open is null ? "\n" : "\n    },\n").Append("    \"").Append(parts[1]).Append("\": {");
                open = parts[1];
            }
            else
            {
                text.Append(',');
            }

            var value = int.Parse(key.DefaultValue!, CultureInfo.InvariantCulture) + Offset;
            text.Append("\n      \"").Append(parts[2]).Append("\": ").Append(value.ToString(CultureInfo.InvariantCulture));
        }

        text.Append("\n    }\n  }\n}\n");
        return text.ToString();
    }
}
