using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Veltrix.Generators.Emitting;
using Veltrix.Generators.Models;

namespace Veltrix.Generators;

public sealed partial class ConfigGenerator
{
    /// <summary>
    /// The most keys one value reader switches over; more keys are read by several readers, chosen by the ordinal's
    /// high bits, so that no method grows past the size the JIT fully optimizes.
    /// </summary>
    private const int KeysPerReader = 64;

    /// <summary>
    /// Compiles a reader optimized from its first call: unoptimized code gives each of its switch arms a value
    /// temporary to clear on entry, and a lookup by string is rarely called often enough to be recompiled soon.
    /// </summary>
    private const string Optimized = "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]";

    /// <summary>
    /// Writes the zero-allocation lookup. The root <c>TryGetValue</c> strips the section prefix. Each lookup section (the
    /// root's, and each section type that is an element of a collection) has its fixed key paths, nested sections
    /// included, in a <c>KeyTable</c> written as data; one shared matcher turns a path into the key's ordinal, and a
    /// switch on the ordinal reads the value. Keys below collections go to <c>TryGetValue_&lt;Site&gt;</c>. Only the
    /// methods that are called are written.
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
                WriteSectionLookup(writer, scope, sections.Dequeue(), sites, queued);
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

    private static void WriteRootLookup(SourceWriter writer, EmitScope scope)
    {
        var root = scope.Spec.Root;
        var sectionPath = scope.Spec.SectionPath;
        var stem = scope.Stem(root);
        writer.WriteLine("/// <summary>Looks a full key path up, ordinally ignoring case: the section prefix, then the section's own keys.</summary>");
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
            writer.WriteLine($$"""
                if (keyPath.Length > {{length}} && keyPath[{{length}}] == ':' && global::Veltrix.KeyTable.Matches(keyPath.Slice(0, {{length}}), {{literal}}))
                {
                    return TryGetValue_{{stem}}(config, keyPath.Slice({{CSharp.Literal(sectionPath.Length + 1)}}), out value);
                }

                if (global::Veltrix.KeyTable.Matches(keyPath, {{literal}}))
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

    /// <summary>
    /// Writes the lookup of one section type: its key table, the method that searches it, and the readers that turn an
    /// ordinal into a value. Collection keys take the first ordinals, so that the table can tell them apart by number.
    /// </summary>
    private static void WriteSectionLookup(SourceWriter writer, EmitScope scope, SectionSpec section, Queue<CollectionSite> sites, HashSet<string> queued)
    {
        var keys = new List<(string Path, string Value)>();
        var collections = new List<(string Path, CollectionSite Site, string Collection)>();
        Flatten(scope, section, string.Empty, "section", keys, collections);
        foreach (var (_, site, _) in collections)
        {
            if (queued.Add(site.Name))
            {
                sites.Enqueue(site);
            }
        }

        var ordered = new List<(string Path, string Value)>(keys.Count);
        var paths = new List<string>(keys.Count);
        var collectionPaths = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
        foreach (var collection in collections)
        {
            collectionPaths.Add(collection.Path);
        }

        // Collections first, in the order of the collections list, which ReadBelow's cases follow.
        foreach (var collection in collections)
        {
            ordered.Add(keys.Find(key => key.Path == collection.Path));
        }

        foreach (var key in keys)
        {
            if (!collectionPaths.Contains(key.Path))
            {
                ordered.Add(key);
            }
        }

        foreach (var key in ordered)
        {
            paths.Add(key.Path);
        }

        var stem = scope.Stem(section);
        var name = CSharp.Xml(section.Name);
        var plan = ordered.Count == 0 ? null : KeyTablePlan.For(paths);
        if (plan is null)
        {
            writer.WriteLine($$"""
                /// <summary>Looks up a key path relative to a section of type <c>{{name}}</c>, which has no keys: finds nothing.</summary>
                internal static bool TryGetValue_{{stem}}({{section.FullName}}? section, global::System.ReadOnlySpan<char> path, out global::Veltrix.ConfigValue value)
                    => global::Veltrix.GeneratedLookup.NotFound(out value);
                """);
            return;
        }

        writer.WriteLine($$"""
            /// <summary>
            /// Looks up a key path relative to a section of type <c>{{name}}</c>, ordinally ignoring case; a null
            /// <paramref name="section"/> gives null values for its keys.
            /// </summary>
            {{Optimized}}
            internal static bool TryGetValue_{{stem}}({{section.FullName}}? section, global::System.ReadOnlySpan<char> path, out global::Veltrix.ConfigValue value)
            {
                var keys = new global::Veltrix.KeyTable(KeyText_{{stem}}, KeyOffsets_{{stem}}, KeyBuckets_{{stem}}, {{plan.Seed.ToString(CultureInfo.InvariantCulture)}});
                var ordinal = keys.Find(path);
                if (ordinal >= 0)
                {
                    return Read_{{stem}}(section, ordinal, out value);
                }

            """);
        writer.Indentation++;
        if (collections.Count > 0)
        {
            writer.WriteLine($$"""
                ordinal = keys.FindCollection(path, {{CSharp.Literal(collections.Count)}}, out var rest);
                if (ordinal >= 0)
                {
                    return ReadBelow_{{stem}}(section, ordinal, rest, out value);
                }

                """);
        }

        writer.WriteLine("value = default;");
        writer.WriteLine("return false;");
        writer.CloseBlock();

        WriteKeyTable(writer, stem, name, paths, plan);
        WriteReaders(writer, section, stem, ordered);
        if (collections.Count > 0)
        {
            WriteBelowReader(writer, section, stem, collections);
        }
    }

    /// <summary>
    /// Writes the key table's data: the keys (one per line), where each starts, and the placed buckets. The numbers are
    /// arrays created once: a span property over an array literal allocates the array on every read in a Debug build.
    /// </summary>
    private static void WriteKeyTable(SourceWriter writer, string stem, string name, List<string> paths, KeyTablePlan plan)
    {
        writer.WriteLine();
        writer.WriteLine($"/// <summary>The key paths of a <c>{name}</c> section, in ordinal order.</summary>");
        writer.WriteLine($"private const string KeyText_{stem} =");
        writer.Indentation++;
        for (var i = 0; i < paths.Count; i++)
        {
            writer.WriteLine(CSharp.Literal(paths[i]) + (i == paths.Count - 1 ? ";" : " +"));
        }

        writer.Indentation--;

        var offsets = new List<int>(paths.Count + 1) { 0 };
        foreach (var path in paths)
        {
            offsets.Add(offsets[offsets.Count - 1] + path.Length);
        }

        writer.WriteLine();
        writer.WriteLine($"/// <summary>Where each key of <see cref=\"KeyText_{stem}\"/> starts, then its total length.</summary>");
        WriteNumbers(writer, $"private static readonly int[] KeyOffsets_{stem} =", offsets);
        writer.WriteLine();
        writer.WriteLine($"/// <summary>The hash table over <see cref=\"KeyText_{stem}\"/>: each bucket an ordinal plus one, or zero.</summary>");
        var buckets = new List<int>(plan.Buckets.Count);
        foreach (var bucket in plan.Buckets)
        {
            buckets.Add(bucket);
        }

        WriteNumbers(writer, $"private static readonly ushort[] KeyBuckets_{stem} =", buckets);
    }

    private static void WriteNumbers(SourceWriter writer, string declaration, List<int> numbers)
    {
        const int PerLine = 16;
        writer.WriteLine(declaration);
        writer.OpenBlock();
        var line = new StringBuilder();
        for (var i = 0; i < numbers.Count; i++)
        {
            line.Append(numbers[i].ToString(CultureInfo.InvariantCulture)).Append(',');
            if (i % PerLine == PerLine - 1 || i == numbers.Count - 1)
            {
                writer.WriteLine(line.ToString());
                line.Clear();
            }
            else
            {
                line.Append(' ');
            }
        }

        writer.Indentation--;
        writer.WriteLine("};");
    }

    /// <summary>
    /// Writes <c>Read_&lt;Section&gt;</c>: a switch from ordinal to value, one line per key, split into readers of
    /// <see cref="KeysPerReader"/> keys when there are more.
    /// </summary>
    private static void WriteReaders(SourceWriter writer, SectionSpec section, string stem, List<(string Path, string Value)> keys)
    {
        var signature = $"({section.FullName}? section, int ordinal, out global::Veltrix.ConfigValue value)";
        writer.WriteLine();
        if (keys.Count <= KeysPerReader)
        {
            writer.WriteLine($"/// <summary>Reads the key of <see cref=\"KeyText_{stem}\"/> with this ordinal.</summary>");
            WriteReader(writer, $"Read_{stem}", signature, keys, 0, keys.Count);
            return;
        }

        var readers = (keys.Count + KeysPerReader - 1) / KeysPerReader;
        writer.WriteLine($"/// <summary>Reads the key of <see cref=\"KeyText_{stem}\"/> with this ordinal, through the reader of its block of {KeysPerReader}.</summary>");
        writer.WriteLine($"private static bool Read_{stem}{signature} => (ordinal / {KeysPerReader}) switch");
        writer.OpenBlock();
        for (var i = 0; i < readers; i++)
        {
            writer.WriteLine($"{i} => Read_{stem}_{i}(section, ordinal, out value),");
        }

        writer.WriteLine("_ => global::Veltrix.GeneratedLookup.NotFound(out value),");
        writer.Indentation--;
        writer.WriteLine("};");
        for (var i = 0; i < readers; i++)
        {
            writer.WriteLine();
            WriteReader(writer, $"Read_{stem}_{i}", signature, keys, i * KeysPerReader, System.Math.Min(keys.Count, (i + 1) * KeysPerReader));
        }
    }

    private static void WriteReader(SourceWriter writer, string methodName, string signature, List<(string Path, string Value)> keys, int from, int to)
    {
        writer.WriteLine(Optimized);
        writer.WriteLine($"private static bool {methodName}{signature}");
        writer.OpenBlock();
        writer.WriteLine("value = ordinal switch");
        writer.OpenBlock();
        for (var i = from; i < to; i++)
        {
            writer.WriteLine($"{i} => {keys[i].Value},");
        }

        writer.WriteLine("_ => default,");
        writer.Indentation--;
        writer.WriteLine("};");
        writer.WriteLine(from == 0 ? $"return (uint)ordinal < {to};" : $"return (uint)(ordinal - {from}) < {to - from};");
        writer.CloseBlock();
    }

    /// <summary>Writes <c>ReadBelow_&lt;Section&gt;</c>: hands the rest of a path below a collection key to its site.</summary>
    private static void WriteBelowReader(SourceWriter writer, SectionSpec section, string stem, List<(string Path, CollectionSite Site, string Collection)> collections)
    {
        writer.WriteLine();
        writer.WriteLine($"/// <summary>Looks up the rest of a path below the collection key of <see cref=\"KeyText_{stem}\"/> with this ordinal.</summary>");
        writer.WriteLine($"private static bool ReadBelow_{stem}({section.FullName}? section, int ordinal, global::System.ReadOnlySpan<char> rest, out global::Veltrix.ConfigValue value) => ordinal switch");
        writer.OpenBlock();
        for (var i = 0; i < collections.Count; i++)
        {
            var (_, site, collection) = collections[i];
            writer.WriteLine($"{i} => TryGetValue_{site.Name}({collection}, rest, out value),");
        }

        writer.WriteLine("_ => global::Veltrix.GeneratedLookup.NotFound(out value),");
        writer.Indentation--;
        writer.WriteLine("};");
    }

    /// <summary>
    /// Collects the fixed keys of a section and of the sections nested in it, each with the expression of its value
    /// read through <c>?.</c> (a null section on the way gives a null value), and its collection keys with the
    /// expression of the collection.
    /// </summary>
    private static void Flatten(
        EmitScope scope,
        SectionSpec section,
        string prefix,
        string access,
        List<(string Path, string Value)> keys,
        List<(string Path, CollectionSite Site, string Collection)> collections)
    {
        foreach (var member in section.Members)
        {
            var key = prefix + member.Key;
            var value = access + "?." + CSharp.Id(member.Name);
            var secret = CSharp.Literal(member.IsSecret);
            switch (member.Type.Kind)
            {
                case MemberTypeKind.Scalar:
                    keys.Add((key, ScalarValue(member.Type, value, secret)));
                    break;
                case MemberTypeKind.Section:
                    value = AsSection(member.Type, value);
                    keys.Add((key, $"global::Veltrix.ConfigValue.FromSection({value}, {secret})"));
                    Flatten(scope, scope.SectionOf(member.Type), key + ":", value, keys, collections);
                    break;
                default:
                    var site = scope.SiteOf(section, member);

                    // An ImmutableArray<T> is boxed here, as the value is the collection itself; its elements are read without boxing.
                    keys.Add((key, $"global::Veltrix.ConfigValue.FromCollection({value}, {secret})"));
                    collections.Add((key, site, ToView(site, value, lifted: true)));
                    break;
            }
        }
    }

    /// <summary>
    /// The <c>ConfigValue</c> of a scalar, through the factory named for its kind (<c>GeneratedValue.FromInt32</c>) rather
    /// than an overload of <c>ConfigValue.From</c>: choosing among 45 overloads for each of 10,000 keys costs the compiler
    /// seconds (docs/benchmarks.md, "Cold compile").
    /// </summary>
    private static string ScalarValue(TypeSpec type, string value, string secret)
        => type.Scalar == ScalarKind.Enum
            ? $"global::Veltrix.ConfigValue.FromEnum<{type.NonNullableFullName}>({value}, {secret})"
            : $"global::Veltrix.GeneratedValue.From{type.Scalar}({value}, {secret})";

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
