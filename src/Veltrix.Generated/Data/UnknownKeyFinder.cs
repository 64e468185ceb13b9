using System;
using System.Collections.Generic;

namespace Veltrix;

/// <summary>
/// Finds the keys of merged configuration data that a schema does not have, in one walk of the data beside the
/// schema's key tree, so that a typo (<c>App:Prot</c>) is reported with the key it most likely meant instead of being
/// ignored. What is reported follows <see cref="UnknownKeyHandling"/>: keys under the schema's section, and outside it
/// only the two likely mistakes it names.
/// </summary>
internal static class UnknownKeyFinder
{
    private const int MaxSuggestions = 100;

    /// <summary>Every unknown key, each reported once at the shallowest unknown segment, in data order.</summary>
    /// <param name="root">The merged data.</param>
    /// <param name="schema">The schema.</param>
    /// <param name="reach">Whose keys each source holds, by source index.</param>
    /// <param name="consequence">The sentence that ends each message: what happens to the key.</param>
    public static List<ConfigError> Find(ConfigNode root, ConfigSchema schema, IReadOnlyList<KeyReach> reach, string consequence)
    {
        var found = new List<ConfigError>();
        var walk = new Walk(schema, reach, consequence, found);
        walk.Above(root, schema.KeyTree, 0);
        return found;
    }

    /// <summary>The message for a key under the section that <paramref name="schema"/> does not have.</summary>
    /// <param name="schema">The schema.</param>
    /// <param name="suggestion">The key it most likely meant, if any.</param>
    /// <param name="consequence">The sentence saying what happens to the key.</param>
    public static string Message(ConfigSchema schema, string? suggestion, string consequence)
    {
        var where = schema.Section.Length == 0 ? "the schema" : string.Concat("the schema of section '", schema.Section, "'");
        return suggestion is null
            ? string.Concat("The key is not in ", where, ". ", consequence, " Check the spelling, or remove it.")
            : string.Concat("The key is not in ", where, "; did you mean '", suggestion, "'? ", consequence);
    }

    /// <summary>The schema key <paramref name="keyPath"/> most likely meant (<see cref="NameSuggestion.ClosestPath"/>), or null.</summary>
    /// <param name="schema">The schema.</param>
    /// <param name="keyPath">A key the schema does not have.</param>
    public static string? Suggest(ConfigSchema schema, ReadOnlySpan<char> keyPath) => NameSuggestion.ClosestPath(keyPath, PathsOf(schema.Keys));

    private static IEnumerable<string> PathsOf(IReadOnlyList<ConfigKeyInfo> keys)
    {
        foreach (var key in keys)
        {
            yield return key.Path;
        }
    }

    private readonly struct Walk(ConfigSchema schema, IReadOnlyList<KeyReach> reach, string consequence, List<ConfigError> found)
    {
        private readonly string[] _section = schema.Section.Length == 0 ? [] : schema.Section.Split(':');

        // A node on the way to the schema's section (the root, "App" of "App:Server"): the child on the path goes on,
        // the others belong to other components unless a dedicated source wrote one of the section's keys there.
        public void Above(ConfigNode node, SchemaKeyTree tree, int depth)
        {
            if (depth == _section.Length)
            {
                Inside(node, tree, topLevel: depth == 0, owner: -1);
                return;
            }

            foreach (var child in node.ChildSpan)
            {
                if (child.Key.Equals(_section[depth], StringComparison.OrdinalIgnoreCase))
                {
                    if (tree.Child(child.Key) is { } next)
                    {
                        Above(child, next, depth + 1);
                    }
                }
                else if (depth == 0)
                {
                    Outside(child);
                }
            }
        }

        // Under the section: every key must be the schema's. Keys that sources before owner set do not bind (a later
        // source replaced the list they are in, as binding decides it), so they do not matter.
        private void Inside(ConfigNode node, SchemaKeyTree tree, bool topLevel, int owner)
        {
            switch (tree.Key)
            {
                case { Kind: ConfigKeyKind.Value }:
                    // Keys below a value (an object where a string is expected) are a shape for binding to judge, not
                    // misspelt names: Ocelot's samples put whole JSON objects in a string dictionary.
                    return;
                case { Kind: ConfigKeyKind.List } list:
                    owner = Math.Max(owner, BindContext.ListOwner(node, list.ListMerge));
                    break;
            }

            foreach (var child in node.ChildSpan)
            {
                if (child.MaxSourceIndex < owner)
                {
                    continue;
                }

                if (tree.Child(child.Key) is { } next)
                {
                    Inside(child, next, topLevel: false, owner);
                    continue;
                }

                // A suggestion scans the schema's keys; past the first hundred findings the data is not a typo away.
                var suggestion = found.Count < MaxSuggestions ? Suggest(schema, child.Path) : null;
                if (topLevel && (suggestion is null || ReachOf(child) == KeyReach.Process))
                {
                    // Beside a root-bound schema's keys live every other component's ("Logging", "Kestrel", PATH).
                    continue;
                }

                Report(child, Message(schema, suggestion, consequence));
            }
        }

        // A top-level key beside the section: reported only when a dedicated source set one of the section's own
        // keys without the section ("--Port=9090" for "App:Port").
        private void Outside(ConfigNode node)
        {
            if (node.HasChildren)
            {
                foreach (var child in node.ChildSpan)
                {
                    Outside(child);
                }

                return;
            }

            if (!node.HasValue || ReachOf(node) != KeyReach.Dedicated)
            {
                return;
            }

            var meant = string.Concat(schema.Section, ":", node.Path);
            if (schema.KeyTree.Find(meant) is { Key: not null })
            {
                Report(node, string.Concat("The key is outside section '", schema.Section, "'; did you mean '", meant, "'? ", consequence));
            }
        }

        private KeyReach ReachOf(ConfigNode node)
        {
            var index = node.HasValue || node.IsEmptyContainer ? node.SourceIndex : node.MaxSourceIndex;
            return index >= 0 && index < reach.Count ? reach[index] : KeyReach.Shared;
        }

        private void Report(ConfigNode node, string message)
        {
            // A section is reported where it opens, when its source has positions; else where its first value is.
            var origin = node.ContainerOrigin.IsKnown ? node.ContainerOrigin : node.Origin;
            found.Add(new ConfigError(node.Path, message, origin, "UnknownKey"));
        }
    }
}
