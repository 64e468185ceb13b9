using Veltrix.Generators.Emitting;
using Veltrix.Generators.Models;

namespace Veltrix.Generators;

public sealed partial class ConfigGenerator
{
    /// <summary>
    /// Writes <c>Diff_&lt;Section&gt;</c> (reports changed key paths in schema order) and <c>Same_&lt;Section&gt;</c>
    /// (a deep comparison that allocates nothing), and both for every collection member. A diff descends into a
    /// nested section or collection only when <c>Same_</c> says it changed, so that key path strings are built only
    /// for what changed.
    /// </summary>
    private static void WriteDiffMethods(SourceWriter writer, EmitScope scope)
    {
        foreach (var section in scope.AllSections)
        {
            writer.WriteLine();
            WriteDiffSection(writer, scope, section);
        }

        foreach (var section in scope.Spec.Sections)
        {
            writer.WriteLine();
            WriteSameSection(writer, scope, section);
        }

        foreach (var site in scope.Sites)
        {
            if (ComparesShared(site))
            {
                continue;
            }

            writer.WriteLine();
            WriteSameSite(writer, scope, site);
            writer.WriteLine();
            WriteDiffSite(writer, scope, site);
        }
    }

    private static void WriteDiffSection(SourceWriter writer, EmitScope scope, SectionSpec section)
    {
        writer.WriteLine($"/// <summary>Adds the key path of every value that differs between two <c>{CSharp.Xml(section.Name)}</c> sections at <paramref name=\"path\"/>.</summary>");
        writer.WriteLine($"internal static void Diff_{scope.Stem(section)}({section.FullName} before, {section.FullName} after, string path, global::Veltrix.ChangeSetBuilder changes)");
        writer.OpenBlock();
        writer.WriteLine($"if ({ObjectReferenceEquals}(before, after))");
        writer.OpenBlock();
        writer.WriteLine("return;");
        writer.CloseBlock();
        var previousWasScalar = false;
        foreach (var member in InSchemaOrder(section))
        {
            var name = CSharp.Id(member.Name);
            var keyPath = $"{KeyPath}(path, {CSharp.Literal(member.Key)})";
            var isScalar = member.Type.Kind == MemberTypeKind.Scalar;
            if (!isScalar || !previousWasScalar)
            {
                // Scalars compare one per line; every other member is a block of its own (and the first line follows
                // the reference check's block).
                writer.WriteLine();
            }

            previousWasScalar = isScalar;
            switch (member.Type.Kind)
            {
                case MemberTypeKind.Scalar:
                    writer.WriteLine($"changes.AddIfChanged<{member.Type.FullName}>(before.{name}, after.{name}, path, {CSharp.Literal(member.Key)});");
                    break;

                case MemberTypeKind.Section:
                    var stem = scope.Stem(scope.SectionOf(member.Type));
                    var pattern = SectionPattern(member.Type);
                    writer.WriteLine($$"""
                        if (!Same_{{stem}}({{AsSection(member.Type, "before." + name)}}, {{AsSection(member.Type, "after." + name)}}))
                        {
                            if (before.{{name}} is {{pattern}} x{{member.Name}} && after.{{name}} is {{pattern}} y{{member.Name}})
                            {
                                Diff_{{stem}}(x{{member.Name}}, y{{member.Name}}, {{keyPath}}, changes);
                            }
                            else
                            {
                                // Null on one side only: the section itself changed.
                                changes.Add({{keyPath}});
                            }
                        }
                        """);
                    break;

                default:
                    var site = scope.SiteOf(section, member);
                    var x = ToView(site, "before." + name);
                    var y = ToView(site, "after." + name);
                    writer.WriteLine($"if (!{SameCall(site, x, y)})");
                    writer.OpenBlock();
                    writer.WriteLine($"{DiffCall(site, x, y, keyPath)};");
                    writer.CloseBlock();
                    break;
            }
        }

        writer.CloseBlock();
    }

    private static void WriteSameSection(SourceWriter writer, EmitScope scope, SectionSpec section)
    {
        writer.WriteLine($"/// <summary>Whether two <c>{CSharp.Xml(section.Name)}</c> sections (either may be null) hold the same values; allocates nothing.</summary>");
        writer.WriteLine($"internal static bool Same_{scope.Stem(section)}({section.FullName}? x, {section.FullName}? y)");
        writer.OpenBlock();
        writer.WriteLine($$"""
            if ({{ObjectReferenceEquals}}(x, y))
            {
                return true;
            }

            if (x is null || y is null)
            {
                return false;
            }

            """);

        if (section.Members.Count == 0)
        {
            writer.WriteLine("return true;");
            writer.CloseBlock();
            return;
        }

        var members = InSchemaOrder(section);
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            var name = CSharp.Id(member.Name);
            var test = member.Type.Kind switch
            {
                MemberTypeKind.Scalar => Equal(member.Type, "x." + name, "y." + name),
                MemberTypeKind.Section => $"Same_{scope.Stem(scope.SectionOf(member.Type))}({AsSection(member.Type, "x." + name)}, {AsSection(member.Type, "y." + name)})",
                _ => SameCall(scope.SiteOf(section, member), ToView(scope.SiteOf(section, member), "x." + name), ToView(scope.SiteOf(section, member), "y." + name)),
            };

            var line = (i == 0 ? "return " : "    && ") + test + (i == members.Count - 1 ? ";" : string.Empty);
            writer.WriteLine(line);
        }

        writer.CloseBlock();
    }

    private static void WriteSameSite(SourceWriter writer, EmitScope scope, CollectionSite site)
    {
        var view = ViewType(site);
        writer.WriteLine($"/// <summary>Whether two values of {site.DocName} (either may be null) hold the same elements; allocates nothing.</summary>");
        writer.WriteLine($"internal static bool Same_{site.Name}({view} x, {view} y)");
        writer.OpenBlock();
        writer.WriteLine($$"""
            if ({{ObjectReferenceEquals}}(x, y))
            {
                return true;
            }

            if (x is null || y is null || {{CountOf(site, "x")}} != {{CountOf(site, "y")}})
            {
                return false;
            }

            """);
        if (site.IsDictionary)
        {
            // Keys are case-insensitive even when one side is a default built with another comparer.
            writer.WriteLine($$"""
                foreach (var entry in {{EntriesOf(site, "x")}})
                {
                    if (!global::Veltrix.GeneratedLookup.TryGetEntry(y, entry.Key, out var other) || !{{ElementEqual(scope, site, "entry.Value", "other")}})
                    {
                        return false;
                    }
                }
                """);
        }
        else
        {
            writer.WriteLine($$"""
                for (var i = 0; i < {{CountOf(site, "x")}}; i++)
                {
                    if (!{{ElementEqual(scope, site, "x[i]", "y[i]")}})
                    {
                        return false;
                    }
                }
                """);
        }

        writer.WriteLine();
        writer.WriteLine("return true;");
        writer.CloseBlock();
    }

    /// <summary>
    /// Reports changed elements: each changed, added or removed index of a list (<c>path:3</c>), each changed, added
    /// or removed entry of a dictionary (<c>path:name</c>), or the collection's own path when one side is null.
    /// </summary>
    private static void WriteDiffSite(SourceWriter writer, EmitScope scope, CollectionSite site)
    {
        var view = ViewType(site);
        writer.WriteLine($"/// <summary>Adds the key path of every element that differs between two values of {site.DocName} at <paramref name=\"path\"/>.</summary>");
        writer.WriteLine($"internal static void Diff_{site.Name}({view} before, {view} after, string path, global::Veltrix.ChangeSetBuilder changes)");
        writer.OpenBlock();
        writer.WriteLine("""
            if (before is null || after is null)
            {
                changes.Add(path);
                return;
            }

            """);
        if (site.IsDictionary)
        {
            writer.WriteLine($"foreach (var entry in {EntriesOf(site, "before")})");
            writer.OpenBlock();
            writer.WriteLine($$"""
                if (!global::Veltrix.GeneratedLookup.TryGetEntry(after, entry.Key, out var other))
                {
                    changes.Add({{KeyPath}}(path, entry.Key));
                }
                """);
            WriteElementDiff(writer, scope, site, "entry.Value", "other", $"{KeyPath}(path, entry.Key)", "else ");
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine($$"""
                foreach (var entry in {{EntriesOf(site, "after")}})
                {
                    if (!global::Veltrix.GeneratedLookup.TryGetEntry(before, entry.Key, out _))
                    {
                        changes.Add({{KeyPath}}(path, entry.Key));
                    }
                }
                """);
        }
        else
        {
            var beforeCount = CountOf(site, "before");
            var afterCount = CountOf(site, "after");
            writer.WriteLine($"var common = {beforeCount} < {afterCount} ? {beforeCount} : {afterCount};");
            writer.WriteLine("for (var i = 0; i < common; i++)");
            writer.OpenBlock();
            WriteElementDiff(writer, scope, site, "before[i]", "after[i]", $"{KeyPath}(path, i)", string.Empty);
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine($$"""
                // Added or removed elements.
                for (var i = common; i < {{beforeCount}} || i < {{afterCount}}; i++)
                {
                    changes.Add({{KeyPath}}(path, i));
                }
                """);
        }

        writer.CloseBlock();
    }

    private static void WriteElementDiff(SourceWriter writer, EmitScope scope, CollectionSite site, string x, string y, string keyPath, string elsePrefix)
    {
        if (site.ElementSite is { } inner)
        {
            writer.WriteLine($$"""
                {{elsePrefix}}if (!{{SameCall(inner, ToView(inner, x), ToView(inner, y))}})
                {
                    {{DiffCall(inner, ToView(inner, x), ToView(inner, y), keyPath)}};
                }
                """);
            return;
        }

        if (site.ElementSection is not { } section)
        {
            writer.WriteLine($$"""
                {{elsePrefix}}if (!{{Equal(site.Element, x, y)}})
                {
                    changes.Add({{keyPath}});
                }
                """);
            return;
        }

        var stem = scope.Stem(section);
        writer.WriteLine($$"""
            {{elsePrefix}}if (!Same_{{stem}}({{x}}, {{y}}))
            {
                if ({{x}} is { } a && {{y}} is { } b)
                {
                    Diff_{{stem}}(a, b, {{keyPath}}, changes);
                }
                else
                {
                    changes.Add({{keyPath}});
                }
            }
            """);
    }

    private static string ElementEqual(EmitScope scope, CollectionSite site, string x, string y)
        => site.ElementSite is { } inner ? SameCall(inner, ToView(inner, x), ToView(inner, y))
            : site.ElementSection is { } section ? $"Same_{scope.Stem(section)}({x}, {y})"
            : Equal(site.Element, x, y);

    /// <summary>
    /// Whether a collection of plain values is compared by the runtime's shared <c>GeneratedDiff</c> helpers (its view
    /// is a read-only list or dictionary) rather than by <c>Same_</c>/<c>Diff_</c> methods written for it.
    /// </summary>
    private static bool ComparesShared(CollectionSite site)
        => site.ElementSite is null && site.ElementSection is null && site.Type.Kind != MemberTypeKind.IList;

    /// <summary>The call that tells whether two views of a collection hold the same elements.</summary>
    private static string SameCall(CollectionSite site, string x, string y)
        => !ComparesShared(site) ? $"Same_{site.Name}({x}, {y})"
            : $"global::Veltrix.GeneratedDiff.{(site.IsDictionary ? "SameDictionary" : "SameList")}<{site.Element.FullName}>({x}, {y})";

    /// <summary>The call that reports the changed elements between two views of a collection.</summary>
    private static string DiffCall(CollectionSite site, string x, string y, string keyPath)
        => !ComparesShared(site) ? $"Diff_{site.Name}({x}, {y}, {keyPath}, changes)"
            : $"global::Veltrix.GeneratedDiff.{(site.IsDictionary ? "DiffDictionary" : "DiffList")}<{site.Element.FullName}>({x}, {y}, {keyPath}, changes)";

    /// <summary><c>EqualityComparer&lt;T&gt;.Default.Equals(x, y)</c>: no boxing, and NaN equals NaN.</summary>
    private static string Equal(TypeSpec type, string x, string y)
        => $"global::System.Collections.Generic.EqualityComparer<{type.FullName}>.Default.Equals({x}, {y})";
}
