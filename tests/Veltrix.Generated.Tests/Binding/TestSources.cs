using System.Collections;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Veltrix.Tests.Binding;

/// <summary>Feeds flat key/value pairs (<c>Section:Key</c>) to a builder through each kind of source.</summary>
public static class TestSources
{
    /// <summary>The prefix of the environment variables tests create.</summary>
    public const string EnvironmentPrefix = "VLXTEST_";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Adds <paramref name="values"/> to <paramref name="builder"/> through a source of kind <paramref name="kind"/>.</summary>
    public static VeltrixConfigurationBuilder<T> Add<T>(
        this VeltrixConfigurationBuilder<T> builder,
        SourceKind kind,
        IReadOnlyDictionary<string, string> values,
        TempDirectory temp,
        string fileName = "appsettings.json")
        where T : class, IVeltrixConfig<T>
        => kind switch
        {
            SourceKind.Json => builder.AddJsonFile(temp.Write(fileName, ToJson(values))),
            SourceKind.EnvironmentVariables => builder.AddSource(Environment(values)),
            SourceKind.CommandLine => builder.AddCommandLine(ToArguments(values)),
            SourceKind.InMemory => builder.AddInMemoryCollection(ToPairs(values)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

    /// <summary>An environment source over a fake environment holding <paramref name="values"/> as <c>VLXTEST_A__B</c>.</summary>
    public static EnvironmentVariablesSource Environment(IReadOnlyDictionary<string, string> values)
    {
        var variables = new Hashtable
        {
            // A variable without the prefix must be ignored.
            ["UNRELATED_VARIABLE"] = "1",
        };
        foreach (var (key, value) in values)
        {
            variables[EnvironmentPrefix + key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return new EnvironmentVariablesSource(EnvironmentPrefix, () => variables);
    }

    /// <summary>The pairs as <c>--Key=Value</c> arguments.</summary>
    public static string[] ToArguments(IReadOnlyDictionary<string, string> values)
    {
        var args = new List<string>(values.Count);
        foreach (var (key, value) in values)
        {
            args.Add("--" + key + "=" + value);
        }

        return [.. args];
    }

    /// <summary>The pairs as in-memory pairs.</summary>
    public static KeyValuePair<string, string?>[] ToPairs(IReadOnlyDictionary<string, string> values)
    {
        var pairs = new List<KeyValuePair<string, string?>>(values.Count);
        foreach (var (key, value) in values)
        {
            pairs.Add(new KeyValuePair<string, string?>(key, value));
        }

        return [.. pairs];
    }

    /// <summary>Nests flat <c>A:B:C</c> keys into an indented JSON document of string values.</summary>
    public static string ToJson(IReadOnlyDictionary<string, string> values)
    {
        var root = new JsonObject();
        foreach (var (key, value) in values)
        {
            var segments = key.Split(':');
            var node = root;
            for (var i = 0; i < segments.Length - 1; i++)
            {
                if (node[segments[i]] is not JsonObject child)
                {
                    child = new JsonObject();
                    node[segments[i]] = child;
                }

                node = child;
            }

            node[segments[^1]] = JsonValue.Create(value);
        }

        return root.ToJsonString(Indented);
    }
}
