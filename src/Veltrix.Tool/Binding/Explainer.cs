using System;
using System.Collections.Generic;
using System.Globalization;

namespace Veltrix.Tool.Binding;

/// <summary>
/// Explains keys: the value the app binds (the generated binder over the merged sources) and, source by source, what
/// each one sets, read by loading that source alone into the runtime's own <see cref="ConfigDataBuilder"/>, so origins
/// (file:line, variable, argument, etcd key and revision) are the ones the app's errors would print.
/// </summary>
internal static class Explainer
{
    /// <summary>The keys a requested path stands for: itself for a value, every value below it for a section or list.</summary>
    /// <param name="schema">The schema.</param>
    /// <param name="bound">The bound configuration, for list elements; null when binding failed.</param>
    /// <param name="keyPath">The requested path.</param>
    /// <returns>The value keys, in schema order.</returns>
    /// <exception cref="ToolException">The schema has no such key.</exception>
    public static List<string> KeysOf(ConfigSchema schema, IBoundConfig? bound, string keyPath)
    {
        // The schema's own section stands for every key of the schema.
        var isRoot = string.Equals(keyPath, schema.Section, StringComparison.OrdinalIgnoreCase);
        var info = isRoot ? null : schema.Find(keyPath) ?? throw new ToolException($"'{keyPath}' is not a key of the schema of section '{schema.Section}'.");
        if (info?.Kind == ConfigKeyKind.Value)
        {
            return [keyPath];
        }

        var prefix = info?.Path ?? schema.Section;
        var keys = new List<string>();
        foreach (var key in schema.Keys)
        {
            if (!(prefix.Length == 0 || key.Path.StartsWith(prefix + ":", StringComparison.OrdinalIgnoreCase)) && key != info)
            {
                continue;
            }

            // The requested spelling of the prefix, then the schema's own for the rest.
            var path = prefix.Length == 0 ? key.Path : keyPath + key.Path[prefix.Length..];
            if (key.Kind == ConfigKeyKind.List && bound is not null && !path.Contains('*', StringComparison.Ordinal))
            {
                for (var i = 0; bound.TryGetValue(string.Create(CultureInfo.InvariantCulture, $"{path}:{i}"), out _); i++)
                {
                    keys.Add(string.Create(CultureInfo.InvariantCulture, $"{path}:{i}"));
                }
            }
            else if (key.Kind == ConfigKeyKind.Value && !path.Contains('*', StringComparison.Ordinal))
            {
                keys.Add(path);
            }
        }

        return keys;
    }

    /// <summary>Explains one value key.</summary>
    /// <param name="schema">The schema.</param>
    /// <param name="sources">The sources, in merge order.</param>
    /// <param name="bound">The bound configuration, or null when binding failed.</param>
    /// <param name="key">The key path.</param>
    /// <returns>The explanation.</returns>
    public static KeyExplanation Explain(ConfigSchema schema, IReadOnlyList<IConfigSource> sources, IBoundConfig? bound, string key)
    {
        var info = schema.Find(key);
        var secret = info?.IsSecret ?? false;
        string? value = null;
        var origin = default(ConfigOrigin);
        if (bound is not null && bound.TryGetValue(key, out var bound_))
        {
            value = bound_.ToString();
            origin = bound.GetOrigin(key);
        }

        var layers = new List<LayerValue>();
        var effectiveFound = false;
        for (var i = sources.Count - 1; i >= 0; i--)
        {
            var data = new ConfigDataBuilder();
            data.BeginSource(sources[i].Name);
            sources[i].Load(data);
            if (data.Root.Find(key) is not { HasValue: true } node)
            {
                continue;
            }

            // Without a bound value (the sources do not bind), the source merged last is the one the app would read.
            var effective = !effectiveFound && (bound is null || (origin.IsKnown && node.Origin == origin));
            effectiveFound |= effective;
            layers.Add(new LayerValue(sources[i].Name, node.Origin.ToString(), secret && node.Value is not null ? "***" : node.Value, effective));
        }

        return new KeyExplanation(key, info?.TypeName ?? "?", value, origin.ToString(), info?.DefaultValue, secret, layers);
    }
}
