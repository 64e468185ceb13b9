using System.Text;
using Xunit;

namespace Veltrix.Tests.Sources;

/// <summary>Loads sources into a fresh <see cref="ConfigDataBuilder"/> and reads the merged tree back flat.</summary>
internal static class ConfigData
{
    public const string JsonSource = "test.json";

    public static ConfigDataBuilder Load(IConfigSource source, ConfigLimits? limits = null)
    {
        var builder = new ConfigDataBuilder(limits);
        builder.BeginSource(source.Name);
        source.Load(builder);
        return builder;
    }

    public static ConfigDataBuilder ParseJson(string json, ConfigLimits? limits = null) => ParseJson(Encoding.UTF8.GetBytes(json), limits);

    public static ConfigDataBuilder ParseJson(byte[] utf8, ConfigLimits? limits = null)
    {
        var builder = new ConfigDataBuilder(limits);
        builder.BeginSource(JsonSource);
        JsonConfigParser.Parse(utf8, JsonSource, builder);
        return builder;
    }

    /// <summary>Every key that holds a value (an explicit null included), with its value.</summary>
    public static Dictionary<string, string?> Values(ConfigDataBuilder builder)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        Walk(builder.Root, node =>
        {
            if (node.HasValue)
            {
                values.Add(node.Path, node.Value);
            }
        });
        return values;
    }

    /// <summary>Every key declared an empty array or object.</summary>
    public static List<string> EmptyContainers(ConfigDataBuilder builder)
    {
        var keys = new List<string>();
        Walk(builder.Root, node =>
        {
            if (node.IsEmptyContainer)
            {
                keys.Add(node.Path);
            }
        });
        return keys;
    }

    public static ConfigNode Node(ConfigDataBuilder builder, string key)
        => builder.Root.Find(key) ?? throw new InvalidOperationException($"No node '{key}'.");

    public static string Describe(ConfigDataBuilder builder) => string.Join(Environment.NewLine, builder.Errors);

    public static void AssertNoErrors(ConfigDataBuilder builder) => Assert.True(!builder.HasErrors, Describe(builder));

    public static ConfigError SingleError(ConfigDataBuilder builder)
    {
        Assert.True(builder.Errors.Count == 1, $"Expected one error, got {builder.Errors.Count}:{Environment.NewLine}{Describe(builder)}");
        return builder.Errors[0];
    }

    private static void Walk(ConfigNode node, Action<ConfigNode> visit)
    {
        visit(node);
        foreach (var child in node.Children)
        {
            Walk(child, visit);
        }
    }
}
