using System;
using System.Collections.Generic;
using Veltrix.Generators.Emitting;
using Veltrix.Generators.Models;

namespace Veltrix.Generators;

public sealed partial class ConfigGenerator
{
    /// <summary>Writes <c>Bind_&lt;Section&gt;</c> for every section and <c>Bind_&lt;Site&gt;</c> for every collection member.</summary>
    private static void WriteBindMethods(SourceWriter writer, EmitScope scope)
    {
        foreach (var section in scope.AllSections)
        {
            writer.WriteLine();
            WriteBindSection(writer, scope, section);
        }

        foreach (var site in scope.Sites)
        {
            writer.WriteLine();
            WriteBindSite(writer, scope, site);
        }
    }

    private static void WriteBindSection(SourceWriter writer, EmitScope scope, SectionSpec section)
    {
        var locals = LocalStems(section);
        var takesExisting = TakesExisting(section);
        writer.WriteLine($"/// <summary>Binds a section of type <c>{CSharp.Xml(section.Name)}</c> from its node (null when no source set it); <paramref name=\"path\"/> only names missing keys."
            + (takesExisting ? " Keys no source sets keep the values of <paramref name=\"existing\"/> (what the enclosing constructor or initializer made), or of a new instance." : string.Empty)
            + (TakesPrevious(section) ? " Nested sections whose values equal those of <paramref name=\"previous\"/> (the same section of the snapshot being replaced) are its instances." : string.Empty)
            + "</summary>");
        var existing = takesExisting ? $", {section.FullName}? existing" : string.Empty;
        var previous = TakesPrevious(section) ? $", {section.FullName}? previous" : string.Empty;
        writer.WriteLine($"internal static {section.FullName} Bind_{scope.Stem(section)}(global::Veltrix.ConfigNode? node, string path, global::Veltrix.BindContext context{existing}{previous})");

        writer.OpenBlock();
        writer.WriteLine("""
            if (node is not null && !context.IsSection(node))
            {
                // A plain value where the section belongs is reported; the section's defaults keep binding going.
                node = null;
            }
            """);

        if (takesExisting)
        {
            writer.WriteLine();
            writer.WriteLine("// Keys that no source sets keep what the constructor and the initializers assigned, as ConfigurationBinder keeps them.");
            writer.WriteLine("var defaults = existing ?? " + NewDefaults(section) + ";");
        }
        else if (CreatesDefaults(section))
        {
            writer.WriteLine();
            writer.WriteLine("// Keys that no source sets keep the values of the type's initializers.");
            writer.WriteLine("var defaults = " + NewDefaults(section) + ";");
        }

        // A member bound in one statement follows the one before it without a blank line when that was one too.
        var afterStatement = false;
        for (var i = 0; i < section.Members.Count; i++)
        {
            var statement = BindStatement(scope, section, section.Members[i], locals[i]);
            if (statement is null || !afterStatement)
            {
                writer.WriteLine();
            }

            if (statement is null)
            {
                WriteBindMember(writer, scope, section, section.Members[i], locals[i]);
            }
            else
            {
                writer.WriteLine(statement);
            }

            afterStatement = statement is not null;
        }

        WriteKeepUnchangedSections(writer, scope, section, locals);
        writer.WriteLine();
        WriteConstruction(writer, section, locals);
        writer.CloseBlock();
    }

    /// <summary>
    /// Gives each nested section whose values did not change the previous snapshot's instance, so that an unchanged
    /// section stays reference-equal across reloads (and the diff skips it by reference).
    /// </summary>
    private static void WriteKeepUnchangedSections(SourceWriter writer, EmitScope scope, SectionSpec section, string[] locals)
    {
        var first = true;
        for (var i = 0; i < section.Members.Count; i++)
        {
            var member = section.Members[i];
            if (!KeepsPrevious(member))
            {
                continue;
            }

            writer.WriteLine();
            if (first)
            {
                writer.WriteLine("// Sections whose values did not change keep the previous snapshot's instance.");
                first = false;
            }

            var name = CSharp.Id(member.Name);
            var value = locals[i] + "Value";
            var stem = scope.Stem(scope.SectionOf(member.Type));
            writer.WriteLine($"if (previous is not null && Same_{stem}({AsSection(member.Type, "previous." + name)}, {AsSection(member.Type, value)}))");
            writer.OpenBlock();
            writer.WriteLine($"{value} = previous.{name};");
            writer.CloseBlock();
        }
    }

    /// <summary>Whether a member is a nested section that a bind can take from the previous snapshot.</summary>
    private static bool KeepsPrevious(MemberSpec member)
        => member.Type.Kind == MemberTypeKind.Section && !member.Type.IsValueType && member.Assignment != MemberAssignment.FillExisting;

    /// <summary>Whether a section's binder takes the same section of the previous snapshot: it has nested sections.</summary>
    private static bool TakesPrevious(SectionSpec section)
    {
        foreach (var member in section.Members)
        {
            if (KeepsPrevious(member))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The member's binding as one statement, when it has one: a key that, when present and not null, is parsed or
    /// bound, and otherwise keeps the absent value (scalars, and sections and collections that do not admit null).
    /// Null for members that need more: required keys, get-only collections, and nullable sections and collections,
    /// where an explicit null differs from an absent key.
    /// </summary>
    private static string? BindStatement(EmitScope scope, SectionSpec section, MemberSpec member, string local)
    {
        var type = member.Type;
        if (member.IsRequiredKey || member.Assignment == MemberAssignment.FillExisting || (type.IsNullable && type.Kind != MemberTypeKind.Scalar))
        {
            return null;
        }

        var node = local + "Node";
        var key = CSharp.Literal(member.Key);
        var absent = AbsentValue(scope, section, member);
        var lookup = Lookup(member, key);
        var pattern = type.IsNullable ? "{ }" : "{ IsNull: false }";
        return $"{type.FullName} {local}Value = {lookup} is {pattern} {node} ? {ParsedValue(scope, section, member, node, absent)} : {absent};";
    }

    /// <summary>
    /// The expression that finds a member's node. An empty object where a section belongs ("Smtp": {}, every key
    /// commented out) sets nothing, as for ConfigurationBinder.
    /// </summary>
    private static string Lookup(MemberSpec member, string key) => member.Type.Kind == MemberTypeKind.Section
        ? $"global::Veltrix.GeneratedBinding.SectionChild(node, {key})"
        : $"node?.GetChild({key})";

    private static void WriteBindMember(SourceWriter writer, EmitScope scope, SectionSpec section, MemberSpec member, string local)
    {
        var value = local + "Value";
        var node = local + "Node";
        var key = CSharp.Literal(member.Key);
        var absent = AbsentValue(scope, section, member);
        var present = PresentValue(scope, section, member, node, absent);
        var lookup = Lookup(member, key);
        if (member.Assignment == MemberAssignment.FillExisting)
        {
            // Bound only when a source sets it; the constructor's collection is then filled with the elements.
            writer.WriteLine($"// {member.Name} (get-only: filled into the constructor's collection)");
            writer.WriteLine($"{member.Type.NonNullableFullName}? {value} = {lookup} is {{ IsNull: false }} {node} ? {ParsedValue(scope, section, member, node, absent)} : null;");
            return;
        }

        if (!member.IsRequiredKey)
        {
            writer.WriteLine($"{member.Type.FullName} {value} = {lookup} is {{ }} {node}");
            writer.Indentation++;
            writer.WriteLine("? " + present);
            writer.WriteLine(": " + absent + ";");
            writer.Indentation--;
            return;
        }

        writer.WriteLine($"// {member.Name} (required)");
        writer.WriteLine($"{member.Type.FullName} {value};");
        writer.WriteLine($"if ({lookup} is {{ }} {node})");
        writer.OpenBlock();
        writer.WriteLine($"{value} = {present};");
        writer.CloseBlock();
        writer.WriteLine("else");
        writer.OpenBlock();
        writer.WriteLine($"context.Missing({KeyPath}(path, {key}));");
        writer.WriteLine($"{value} = {absent};");
        writer.CloseBlock();
    }

    /// <summary>The value of a member whose key no source set.</summary>
    private static string AbsentValue(EmitScope scope, SectionSpec section, MemberSpec member)
    {
        var type = member.Type;
        if (member.Assignment == MemberAssignment.ConstructorParameter && member.DefaultValueExpression is { } expression)
        {
            return expression;
        }

        var kept = "defaults." + CSharp.Id(member.Name);
        var haveDefaults = HasDefault(section, member);

        // A section that holds required keys is bound even when absent, so that each missing key is reported:
        // the constructor's instance alone would hide them.
        if (type.Kind == MemberTypeKind.Section && !type.IsNullable && HasRequiredKeys(scope, scope.SectionOf(type)))
        {
            return BindSection(scope, type, "null", $"{KeyPath}(path, {CSharp.Literal(member.Key)})", haveDefaults ? AsSection(type, kept) : "null", "null");
        }

        string fresh;
        if (type.IsNullable)
        {
            fresh = type.IsValueType ? "default" : "null";
        }
        else
        {
            fresh = type.Kind switch
            {
                // A section no source mentions still gets its own defaults.
                MemberTypeKind.Section => BindSection(scope, type, "null", $"{KeyPath}(path, {CSharp.Literal(member.Key)})", "null", "null"),
                MemberTypeKind.Scalar => type.IsValueType ? "default" : "default!",
                _ => EmptyCollection(type),
            };
        }

        if (!haveDefaults)
        {
            return fresh;
        }

        // What the constructor left null stays null where the member admits null (nullable or nullable-oblivious,
        // as ConfigurationBinder leaves it); a non-nullable member gets its empty value instead.
        return type.IsNullable || type.IsValueType || type.Kind == MemberTypeKind.Scalar ? kept : $"{kept} ?? {fresh}";
    }

    /// <summary>
    /// Whether the binder can read the member's value from the section's defaults instance: a property of a section
    /// built with <c>new T()</c> (whose constructor body may assign it), or a property with an initializer.
    /// </summary>
    private static bool HasDefault(SectionSpec section, MemberSpec member)
        => member.Assignment == MemberAssignment.Property && (member.HasInitializer || (!section.UsesConstructor && CreatesDefaults(section)));

    /// <summary>Whether a section's binder takes the instance its enclosing section's defaults hold.</summary>
    private static bool TakesExisting(SectionSpec section) => !section.UsesConstructor && CreatesDefaults(section);

    /// <summary>
    /// The call that binds a section-typed value, passing <paramref name="existing"/> when the section takes an existing
    /// instance, and <paramref name="previous"/>, the same section of the snapshot being replaced (or <c>null</c>), when
    /// the section has nested sections to keep.
    /// </summary>
    private static string BindSection(EmitScope scope, TypeSpec type, string node, string path, string existing, string previous)
    {
        var target = scope.SectionOf(type);
        var stem = scope.Stem(target);
        var existingArgument = TakesExisting(target) ? ", " + existing : string.Empty;
        var previousArgument = TakesPrevious(target) ? ", " + previous : string.Empty;
        return $"Bind_{stem}({node}, {path}, context{existingArgument}{previousArgument})";
    }

    /// <summary>
    /// The value of a member bound from its node. An explicit null on a member that does not admit null means
    /// "not set": the absent value applies; a nullable section or collection becomes null; a nullable scalar's parser
    /// reads the null itself.
    /// </summary>
    private static string PresentValue(EmitScope scope, SectionSpec section, MemberSpec member, string node, string absent)
    {
        var type = member.Type;
        var parsed = ParsedValue(scope, section, member, node, absent);
        if (type.IsNullable && type.Kind == MemberTypeKind.Scalar)
        {
            return parsed;
        }

        return $"{node}.IsNull ? {(type.IsNullable ? "null" : absent)} : {parsed}";
    }

    /// <summary>The value of a member bound from a node that is not an explicit null (or, for a nullable scalar, any node).</summary>
    private static string ParsedValue(EmitScope scope, SectionSpec section, MemberSpec member, string node, string absent)
    {
        var type = member.Type;
        return type.Kind switch
        {
            MemberTypeKind.Scalar => ParseScalar(type, node, scope.IsSecret(section, member), absent),
            // A bound section starts from the defaults instance's own section, so that its unset keys keep their values.
            MemberTypeKind.Section => BindSection(scope, type, node, node + ".Path", HasDefault(section, member) ? AsSection(type, "defaults." + CSharp.Id(member.Name)) : "null", KeepsPrevious(member) ? AsSection(type, "previous?." + CSharp.Id(member.Name)) : "null"),
            // A bound collection replaces the default one whole.
            _ => $"Bind_{scope.SiteOf(section, member).Name}({node}, context)",
        };
    }

    /// <summary>The <see cref="T:Veltrix.BindContext"/> call that parses a scalar of <paramref name="type"/> from a node.</summary>
    private static string ParseScalar(TypeSpec type, string node, bool isSecret, string fallback)
    {
        var nullable = type.IsNullable && type.IsValueType ? "Nullable" : string.Empty;
        var t = type.NonNullableFullName;
        var method = type.Scalar switch
        {
            ScalarKind.Boolean => $"Parse{nullable}Boolean",
            ScalarKind.Byte or ScalarKind.SByte or ScalarKind.Int16 or ScalarKind.UInt16 or ScalarKind.Int32 or ScalarKind.UInt32
                or ScalarKind.Int64 or ScalarKind.UInt64 or ScalarKind.Int128 or ScalarKind.UInt128 => $"Parse{nullable}Integer<{t}>",
            ScalarKind.Single or ScalarKind.Double or ScalarKind.Decimal => $"Parse{nullable}Float<{t}>",
            ScalarKind.Char => $"Parse{nullable}Char",
            ScalarKind.Enum => $"Parse{nullable}Enum<{t}>",
            ScalarKind.TimeSpan or ScalarKind.DateTime or ScalarKind.DateTimeOffset or ScalarKind.DateOnly or ScalarKind.TimeOnly
                or ScalarKind.Guid => $"Parse{nullable}<{t}>",
            ScalarKind.String => "ParseString",
            ScalarKind.Uri => "ParseUri",
            ScalarKind.Version => "ParseVersion",
            _ => throw new InvalidOperationException("Unknown scalar kind " + type.Scalar + "."),
        };

        var call = $"context.{method}({node}, {CSharp.Literal(isSecret)}, {fallback})";
        return type.IsValueType || type.IsNullable
            ? call
            : $"global::Veltrix.GeneratedBinding.NotNull(context, {node}, {call}, {fallback})";
    }

    private static void WriteConstruction(SourceWriter writer, SectionSpec section, string[] locals)
    {
        var arguments = new List<string>();
        var properties = new List<string>();
        var fills = new List<string>();
        for (var i = 0; i < section.Members.Count; i++)
        {
            var member = section.Members[i];
            if (member.Assignment == MemberAssignment.ConstructorParameter)
            {
                arguments.Add($"{CSharp.Id(member.ParameterName!)}: {locals[i]}Value");
            }
            else if (member.Assignment == MemberAssignment.FillExisting)
            {
                var fill = EmitScope.IsDictionary(member.Type.Kind) ? "FillDictionary" : "FillCollection";
                fills.Add($"global::Veltrix.GeneratedBinding.{fill}(result.{CSharp.Id(member.Name)}, {locals[i]}Value);");
            }
            else
            {
                properties.Add($"{CSharp.Id(member.Name)} = {locals[i]}Value,");
            }
        }

        var start = fills.Count == 0 ? "return" : "var result =";
        var creation = arguments.Count == 0 && properties.Count > 0
            ? $"{start} new {section.FullName}"
            : $"{start} new {section.FullName}({string.Join(", ", arguments)})";
        if (properties.Count == 0)
        {
            writer.WriteLine(creation + ";");
        }
        else
        {
            writer.WriteLine(creation);
            writer.OpenBlock();
            foreach (var property in properties)
            {
                writer.WriteLine(property);
            }

            writer.CloseBlock(";");
        }

        if (fills.Count > 0)
        {
            writer.WriteLine();
            foreach (var fill in fills)
            {
                writer.WriteLine(fill);
            }

            writer.WriteLine("return result;");
        }
    }

    /// <summary>
    /// <c>new T(…) { Required = default!, … }</c>: an instance whose initializers give the defaults. Constructor
    /// parameters get their default values; <c>required</c> members get <c>default!</c>, which the bound instance never keeps: it sets them itself.
    /// </summary>
    private static string NewDefaults(SectionSpec section)
    {
        var arguments = new List<string>();
        var required = new List<string>();
        foreach (var member in section.Members)
        {
            if (member.Assignment == MemberAssignment.ConstructorParameter)
            {
                arguments.Add($"{CSharp.Id(member.ParameterName!)}: {member.DefaultValueExpression ?? "default!"}");
            }
            else if (member.HasRequiredModifier)
            {
                required.Add($"{CSharp.Id(member.Name)} = default!");
            }
        }

        var creation = $"new {section.FullName}({string.Join(", ", arguments)})";
        return required.Count == 0 ? creation : creation + " { " + string.Join(", ", required) + " }";
    }

    /// <summary>Whether a section, or a non-nullable section inside it, has a key a source must provide.</summary>
    private static bool HasRequiredKeys(EmitScope scope, SectionSpec section)
    {
        foreach (var member in section.Members)
        {
            if (member.IsRequiredKey
                || (member.Type.Kind == MemberTypeKind.Section && !member.Type.IsNullable && HasRequiredKeys(scope, scope.SectionOf(member.Type))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the section's binder creates a defaults instance: every section built with <c>new T()</c> that has a
    /// property to set (its constructor body may assign any of them), and a constructor-bound section with initializers.
    /// </summary>
    private static bool CreatesDefaults(SectionSpec section)
    {
        foreach (var member in section.Members)
        {
            if (member.HasInitializer || (!section.UsesConstructor && member.Assignment == MemberAssignment.Property))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An empty collection of a member's type, for a non-nullable collection without initializer.</summary>
    private static string EmptyCollection(TypeSpec type)
    {
        var element = type.Element!.FullName;
        return type.Kind switch
        {
            MemberTypeKind.Array or MemberTypeKind.IReadOnlyList => $"global::System.Array.Empty<{element}>()",
            MemberTypeKind.List or MemberTypeKind.IList => $"new global::System.Collections.Generic.List<{element}>()",
            MemberTypeKind.ImmutableArray => $"global::System.Collections.Immutable.ImmutableArray<{element}>.Empty",
            MemberTypeKind.Dictionary or MemberTypeKind.IDictionary => $"new global::System.Collections.Generic.Dictionary<string, {element}>(global::System.StringComparer.OrdinalIgnoreCase)",
            MemberTypeKind.Sequence => $"new global::System.Collections.Generic.List<{element}>()",
            MemberTypeKind.Set => $"new global::System.Collections.Generic.HashSet<{element}>()",
            MemberTypeKind.IReadOnlyDictionary => $"global::System.Collections.Frozen.FrozenDictionary<string, {element}>.Empty",
            _ => throw new InvalidOperationException("Not a collection: " + type.FullName + "."),
        };
    }

    /// <summary>Binds a collection member: its elements in index order (lists) or its entries (dictionaries).</summary>
    private static void WriteBindSite(SourceWriter writer, EmitScope scope, CollectionSite site)
    {
        var type = site.Type;
        var element = site.Element.FullName;
        var isDictionary = site.IsDictionary;
        var isList = type.Kind is MemberTypeKind.List or MemberTypeKind.IList or MemberTypeKind.Sequence or MemberTypeKind.Set;

        writer.WriteLine($"/// <summary>Binds {site.DocName} from its node; a bound collection replaces the default one whole.</summary>");
        writer.WriteLine($"internal static {type.NonNullableFullName} Bind_{site.Name}(global::Veltrix.ConfigNode node, global::Veltrix.BindContext context)");
        writer.OpenBlock();
        if (isDictionary)
        {
            writer.WriteLine(site.Element.Kind == MemberTypeKind.Scalar ? "var elements = context.ScalarEntries(node);" : "var elements = context.Entries(node);");
            writer.WriteLine($"var items = new global::System.Collections.Generic.Dictionary<string, {element}>(elements.Count, global::System.StringComparer.OrdinalIgnoreCase);");
        }
        else
        {
            var method = site.Element.Kind == MemberTypeKind.Scalar ? "ScalarElements" : "Elements";
            writer.WriteLine(site.ReplacesList
                ? $"var elements = context.{method}(node, global::Veltrix.ListMergeMode.Replace);"
                : $"var elements = context.{method}(node);");
            writer.WriteLine(type.Kind == MemberTypeKind.Set
                ? $"var items = new global::System.Collections.Generic.HashSet<{element}>(elements.Count);"
                : isList
                ? $"var items = new global::System.Collections.Generic.List<{element}>(elements.Count);"
                : $"var items = new {element}[elements.Count];");
        }

        writer.WriteLine("for (var i = 0; i < elements.Count; i++)");
        writer.OpenBlock();
        writer.WriteLine("var element = elements[i];");
        string value;
        if (site.ElementSection is { } elementSection)
        {
            var bind = BindSection(scope, site.Element, "element", "element.Path", "null", "null");
            value = site.Element.IsNullable
                ? $"element.IsNull ? null : {bind}"
                : $"element.IsNull ? global::Veltrix.GeneratedBinding.NullElement<{elementSection.FullName}>(context, element) : {bind}";
        }
        else if (site.ElementSite is { } inner)
        {
            // A null inner collection is null where the element admits it, and empty where it does not.
            value = $"element.IsNull ? {(site.Element.IsNullable ? "null" : EmptyCollection(site.Element))} : Bind_{inner.Name}(element, context)";
        }
        else
        {
            value = ParseScalar(site.Element, "element", site.IsSecret, site.Element.IsValueType || site.Element.IsNullable ? "default" : "default!");
        }

        writer.WriteLine(isDictionary ? $"items[element.Key] = {value};" : isList ? $"items.Add({value});" : $"items[i] = {value};");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("return " + type.Kind switch
        {
            MemberTypeKind.IReadOnlyList => $"new global::System.Collections.ObjectModel.ReadOnlyCollection<{element}>(items);",
            MemberTypeKind.ImmutableArray => "global::System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(items);",
            MemberTypeKind.IReadOnlyDictionary => "global::System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(items, global::System.StringComparer.OrdinalIgnoreCase);",
            _ => "items;",
        });
        writer.CloseBlock();
    }

    /// <summary>
    /// The stem of each member's locals (<c>portValue</c>, <c>portNode</c>): the name with a lower-case first
    /// letter, or the name itself when that would make two members' stems equal. Every such local ends in
    /// <c>Value</c> or <c>Node</c>, so none can equal the method's own names (<c>node</c>, <c>path</c>, <c>context</c>, <c>defaults</c>).
    /// </summary>
    private static string[] LocalStems(SectionSpec section)
    {
        var stems = new string[section.Members.Count];
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < stems.Length; i++)
        {
            var name = section.Members[i].Name;
            stems[i] = name.Length > 0 && name[0] is >= 'A' and <= 'Z' ? char.ToLowerInvariant(name[0]) + name.Substring(1) : name;
            counts[stems[i]] = counts.TryGetValue(stems[i], out var count) ? count + 1 : 1;
        }

        for (var i = 0; i < stems.Length; i++)
        {
            if (counts[stems[i]] > 1)
            {
                stems[i] = section.Members[i].Name;
            }
        }

        return stems;
    }
}
