using System.Collections.Generic;
using Veltrix.Generators.Emitting;
using Veltrix.Generators.Models;

namespace Veltrix.Generators;

public sealed partial class ConfigGenerator
{
    /// <summary>
    /// Writes the zero-allocation lookup: the root <c>TryGetValue</c> strips the section prefix; each
    /// <c>TryGetValue_&lt;Section&gt;</c> dispatches the fixed key paths of its section and of every section nested
    /// in it (<c>Port</c>, <c>Cache</c>, <c>Cache:MaxEntries</c>) through a table planned at compile time, and
    /// hands keys below collections to <c>TryGetValue_&lt;Site&gt;</c>. Only the methods that are called are written.
    /// </summary>
    private static void WriteLookupMethods(SourceWriter writer, EmitScope scope)
    {
        writer.WriteLine();
        WriteRootLookup(writer, scope);

        var sections = new Queue<SectionSpec>();
        var sites = new Queue<CollectionSite>();
        var queued = new HashSet<string>(System.StringComparer.Ordinal) { scope.Spec.Root.FullName };
        sections.Enqueue(scope.Spec.Root);
        while (sections.Count > 0 || sites.Count > 0)
        {
            writer.WriteLine();
            if (sections.Count > 0)
            {
                WriteSectionLookup(writer, scope, sections.Dequeue(), sections, sites, queued);
            }
            else
            {
                var site = sites.Dequeue();
                WriteSiteLookup(writer, scope, site);
                if (site.ElementSection is { } element && queued.Add(element.FullName))
                {
                    sections.Enqueue(element);
                }

                if (site.ElementSite is { } inner)
                {
                    sites.Enqueue(inner);
                }
            }
        }
    }

    /// <summary>
    /// The most keys one section's lookup dispatches itself, nested sections included; past it, nested sections get
    /// methods of their own. 128 keys keep a method to a few hundred blocks, well inside what the JIT optimizes.
    /// </summary>
    private const int MaxFlattenedKeys = 128;

    private static void WriteRootLookup(SourceWriter writer, EmitScope scope)
    {
        var root = scope.Spec.Root;
        var sectionPath = scope.Spec.SectionPath;
        var stem = scope.Stem(root);
        writer.WriteLine("/// <summary>Looks a full key path up, ordinally ignoring case: the section prefix, then the section's own dispatch.</summary>");
        writer.WriteLine($"internal static bool TryGetValue({root.FullName} config, global::System.ReadOnlySpan<char> keyPath, out global::Veltrix.ConfigValue value)");
        writer.OpenBlock();
        if (sectionPath.Length == 0)
        {
            writer.WriteLine($$"""
                if (keyPath.IsEmpty)
                {
                    value = global::Veltrix.ConfigValue.FromSection(config);
                    return true;
                }

                return TryGetValue_{{stem}}(config, keyPath, out value);
                """);
        }
        else
        {
            var literal = CSharp.Literal(sectionPath);
            var length = CSharp.Literal(sectionPath.Length);
            var prefix = KeyDispatch.AsciiStartsWith("keyPath", sectionPath, $"keyPath.Slice(0, {length})")
                ?? $"{Span}.StartsWith(keyPath, {literal}, {OrdinalIgnoreCase})";
            writer.WriteLine($$"""
                if (keyPath.Length > {{length}} && keyPath[{{length}}] == ':' && ({{prefix}}))
                {
                    return TryGetValue_{{stem}}(config, keyPath.Slice({{CSharp.Literal(sectionPath.Length + 1)}}), out value);
                }

                if ({{Span}}.Equals(keyPath, {{literal}}, {{OrdinalIgnoreCase}}))
                {
                    value = global::Veltrix.ConfigValue.FromSection(config);
                    return true;
                }

                value = default;
                return false;
                """);
        }

        writer.CloseBlock();
    }

    private static void WriteSectionLookup(
        SourceWriter writer,
        EmitScope scope,
        SectionSpec section,
        Queue<SectionSpec> sections,
        Queue<CollectionSite> sites,
        HashSet<string> queued)
    {
        var exact = new List<(string Path, string Value)>();
        var prefixes = new List<(string Prefix, CollectionSite Site, string Collection)>();
        var nested = new List<(string Key, SectionSpec Section, string Value)>();
        Flatten(scope, section, string.Empty, "section", exact, prefixes, nested: null);
        if (exact.Count > MaxFlattenedKeys)
        {
            // Too many keys for one method: the JIT gives up optimizing a method of thousands of blocks (it compiles
            // it with minimal optimizations, and every lookup then costs microseconds). Nested sections get methods of
            // their own, reached through a second table on the name before the first ':'.
            exact.Clear();
            prefixes.Clear();
            Flatten(scope, section, string.Empty, "section", exact, prefixes, nested);
        }

        writer.WriteLine($$"""
            /// <summary>
            /// Looks up a key path relative to a section of type <c>{{CSharp.Xml(section.Name)}}</c>, ordinally ignoring case; a null
            /// <paramref name="section"/> gives null values for its keys.
            /// </summary>
            /// <remarks>
            /// The fixed keys of the section and of its nested sections are dispatched by a table computed at compile time:
            /// a switch on the length of <paramref name="path"/>, then, among keys of the same length, on the character at
            /// the position that tells most of them apart (ASCII letters folded to lower case with <c>| 0x20</c>), then one
            /// ordinal case-insensitive comparison. Each key's value is read by a method of its own, so that this one holds
            /// no <see cref="global::Veltrix.ConfigValue"/> temporaries to clear on entry. Keys below a collection are
            /// matched by its prefix.
            /// </remarks>
            """);
        writer.WriteLine($"internal static bool TryGetValue_{scope.Stem(section)}({section.FullName}? section, global::System.ReadOnlySpan<char> path, out global::Veltrix.ConfigValue value)");
        writer.OpenBlock();

        var keys = new List<string>(exact.Count);
        foreach (var entry in exact)
        {
            keys.Add(entry.Path);
        }

        var groups = KeyDispatch.Plan(keys);
        if (groups.Count > 0)
        {
            writer.WriteLine("switch (path.Length)");
            writer.OpenBlock();
            foreach (var group in groups)
            {
                writer.WriteLine($"case {CSharp.Literal(group.Length)}:");
                writer.Indentation++;
                if (group.Position < 0)
                {
                    WriteExactChecks(writer, scope, section, exact, group.Entries);
                }
                else
                {
                    writer.WriteLine($"switch ((char)(path[{CSharp.Literal(group.Position)}] | 0x20))");
                    writer.OpenBlock();
                    foreach (var dispatchCase in group.Cases)
                    {
                        writer.WriteLine($"case {CSharp.Literal(dispatchCase.Label)}:");
                        writer.Indentation++;
                        WriteExactChecks(writer, scope, section, exact, dispatchCase.Entries);
                        writer.WriteLine("break;");
                        writer.Indentation--;
                    }

                    writer.CloseBlock();
                    writer.WriteLine();
                }

                writer.WriteLine("break;");
                writer.Indentation--;
            }

            writer.CloseBlock();
            writer.WriteLine();
        }

        if (nested.Count > 0)
        {
            WriteNestedDispatch(writer, scope, nested);
            foreach (var entry in nested)
            {
                if (queued.Add(entry.Section.FullName))
                {
                    sections.Enqueue(entry.Section);
                }
            }
        }

        foreach (var (prefix, site, collection) in prefixes)
        {
            writer.WriteLine($$"""
                if ({{Span}}.StartsWith(path, {{CSharp.Literal(prefix)}}, {{OrdinalIgnoreCase}}))
                {
                    return TryGetValue_{{site.Name}}({{collection}}, path.Slice({{CSharp.Literal(prefix.Length)}}), out value);
                }

                """);
            if (queued.Add(site.Name))
            {
                sites.Enqueue(site);
            }
        }

        writer.WriteLine("value = default;");
        writer.WriteLine("return false;");
        writer.CloseBlock();

        for (var i = 0; i < exact.Count; i++)
        {
            var (path, value) = exact[i];
            writer.WriteLine();
            writer.WriteLine($"/// <summary>Reads <c>{CSharp.Xml(path)}</c> of a <c>{CSharp.Xml(section.Name)}</c> section.</summary>");
            writer.WriteLine("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]");
            writer.WriteLine($"internal static bool {KeyReader(scope, section, i)}({section.FullName}? section, out global::Veltrix.ConfigValue value)");
            writer.OpenBlock();
            writer.WriteLine($"value = {value};");
            writer.WriteLine("return true;");
            writer.CloseBlock();
        }
    }

    /// <summary>
    /// Hands <c>Name:rest</c> to the lookup of nested section <c>Name</c>: a switch on the position of the first
    /// <c>:</c>, then on a character, then one comparison of the name, planned like the exact keys.
    /// </summary>
    private static void WriteNestedDispatch(SourceWriter writer, EmitScope scope, List<(string Key, SectionSpec Section, string Value)> nested)
    {
        var names = new List<string>(nested.Count);
        foreach (var entry in nested)
        {
            names.Add(entry.Key);
        }

        writer.WriteLine($"switch ({Span}.IndexOf(path, ':'))");
        writer.OpenBlock();
        foreach (var group in KeyDispatch.Plan(names))
        {
            var length = CSharp.Literal(group.Length);
            writer.WriteLine($"case {length}:");
            writer.Indentation++;
            var cases = group.Position < 0 ? [new DispatchCase('\0', group.Entries)] : group.Cases;
            if (group.Position >= 0)
            {
                writer.WriteLine($"switch ((char)(path[{CSharp.Literal(group.Position)}] | 0x20))");
                writer.OpenBlock();
            }

            foreach (var dispatchCase in cases)
            {
                if (group.Position >= 0)
                {
                    writer.WriteLine($"case {CSharp.Literal(dispatchCase.Label)}:");
                    writer.Indentation++;
                }

                foreach (var index in dispatchCase.Entries)
                {
                    var (key, nestedSection, value) = nested[index];
                    var test = KeyDispatch.AsciiStartsWith("path", key, $"path.Slice(0, {length})")
                        ?? $"{Span}.StartsWith(path, {CSharp.Literal(key)}, {OrdinalIgnoreCase})";
                    writer.WriteLine($"if ({test})");
                    writer.OpenBlock();
                    writer.WriteLine($"return TryGetValue_{scope.Stem(nestedSection)}({value}, path.Slice({CSharp.Literal(key.Length + 1)}), out value);");
                    writer.CloseBlock();
                    writer.WriteLine();
                }

                if (group.Position >= 0)
                {
                    writer.WriteLine("break;");
                    writer.Indentation--;
                }
            }

            if (group.Position >= 0)
            {
                writer.CloseBlock();
                writer.WriteLine();
            }

            writer.WriteLine("break;");
            writer.Indentation--;
        }

        writer.CloseBlock();
        writer.WriteLine();
    }

    private static string KeyReader(EmitScope scope, SectionSpec section, int index)
        => "Read_" + scope.Stem(section) + "_" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static void WriteExactChecks(SourceWriter writer, EmitScope scope, SectionSpec section, List<(string Path, string Value)> exact, List<int> entries)
    {
        foreach (var index in entries)
        {
            var path = exact[index].Path;
            // The length is known here (the switch), so the key is compared as ASCII constants four characters at a time.
            var test = KeyDispatch.AsciiStartsWith("path", path, "path") ?? $"{Span}.Equals(path, {CSharp.Literal(path)}, {OrdinalIgnoreCase})";
            writer.WriteLine($"if ({test})");
            writer.OpenBlock();
            writer.WriteLine($"return {KeyReader(scope, section, index)}(section, out value);");
            writer.CloseBlock();
            writer.WriteLine();
        }
    }

    /// <summary>
    /// Collects the fixed keys of a section and of the sections nested in it, each with the expression of its
    /// value read through <c>?.</c> (a null section on the way gives a null value), and the prefixes of collections.
    /// With <paramref name="nested"/>, the section's own nested sections (whose keys hold no <c>:</c>) are collected
    /// there instead of being walked, for a lookup method of their own.
    /// </summary>
    private static void Flatten(
        EmitScope scope,
        SectionSpec section,
        string prefix,
        string access,
        List<(string Path, string Value)> exact,
        List<(string Prefix, CollectionSite Site, string Collection)> prefixes,
        List<(string Key, SectionSpec Section, string Value)>? nested)
    {
        foreach (var member in section.Members)
        {
            var key = prefix + member.Key;
            var value = access + "?." + CSharp.Id(member.Name);
            var secret = CSharp.Literal(member.IsSecret);
            switch (member.Type.Kind)
            {
                case MemberTypeKind.Scalar:
                    exact.Add((key, ScalarValue(member.Type, value, secret)));
                    break;
                case MemberTypeKind.Section:
                    value = AsSection(member.Type, value);
                    exact.Add((key, $"global::Veltrix.ConfigValue.FromSection({value}, {secret})"));
                    if (nested is not null && key.IndexOf(':') < 0)
                    {
                        nested.Add((key, scope.SectionOf(member.Type), value));
                    }
                    else
                    {
                        Flatten(scope, scope.SectionOf(member.Type), key + ":", value, exact, prefixes, nested: null);
                    }

                    break;
                default:
                    var site = scope.SiteOf(section, member);

                    // An ImmutableArray<T> is boxed here, as the value is the collection itself; its elements are read without boxing.
                    exact.Add((key, $"global::Veltrix.ConfigValue.FromCollection({value}, {secret})"));
                    prefixes.Add((key + ":", site, ToView(site, value, lifted: true)));
                    break;
            }
        }
    }

    private static string ScalarValue(TypeSpec type, string value, string secret)
        => type.Scalar == ScalarKind.Enum
            ? $"global::Veltrix.ConfigValue.FromEnum<{type.NonNullableFullName}>({value}, {secret})"
            : $"global::Veltrix.ConfigValue.From({value}, {secret})";

    /// <summary>Looks up <c>&lt;index&gt;[:key]</c> or <c>&lt;name&gt;[:key]</c> below a collection member.</summary>
    private static void WriteSiteLookup(SourceWriter writer, EmitScope scope, CollectionSite site)
    {
        var secret = CSharp.Literal(site.IsSecret);
        var element = site.ElementSection;
        var inner = site.ElementSite;
        var below = site.IsDictionary ? "&lt;name&gt;" : "&lt;index&gt;";
        writer.WriteLine($"/// <summary>Looks up <c>{below}</c>{(element is null && inner is null ? string.Empty : $" or <c>{below}:&lt;key&gt;</c>")} below {site.DocName}.</summary>");
        writer.WriteLine($"internal static bool TryGetValue_{site.Name}({ViewType(site)} items, global::System.ReadOnlySpan<char> path, out global::Veltrix.ConfigValue value)");
        writer.OpenBlock();
        string item, rest;
        if (site.IsDictionary)
        {
            writer.WriteLine($$"""
                var colon = {{Span}}.IndexOf(path, ':');
                var rest = colon < 0 ? default : path.Slice(colon + 1);
                if ((colon < 0 || !rest.IsEmpty) && global::Veltrix.GeneratedLookup.TryGetEntry(items, colon < 0 ? path : path.Slice(0, colon), out var element))
                """);
            (item, rest) = ("element", "colon < 0");
        }
        else
        {
            writer.WriteLine($"if (items is not null && global::Veltrix.GeneratedLookup.TryGetIndex(path, {CountOf(site, "items")}, out var index, out var rest))");
            (item, rest) = ("items[index]", "rest.IsEmpty");
        }

        writer.OpenBlock();
        writer.WriteLine($"if ({rest})");
        writer.OpenBlock();
        writer.WriteLine("value = " + (inner is not null
            ? $"global::Veltrix.ConfigValue.FromCollection({item}, {secret})"
            : element is null
            ? ScalarValue(site.Element, item, secret)
            : $"global::Veltrix.ConfigValue.FromSection({item}, {secret})") + ";");
        writer.WriteLine("return true;");
        writer.CloseBlock();
        if (element is not null)
        {
            writer.WriteLine();
            writer.WriteLine($"return TryGetValue_{scope.Stem(element)}({item}, rest, out value);");
        }
        else if (inner is not null)
        {
            writer.WriteLine();
            writer.WriteLine($"return TryGetValue_{inner.Name}({ToView(inner, item)}, rest, out value);");
        }

        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("value = default;");
        writer.WriteLine("return false;");
        writer.CloseBlock();
    }
}
