using System.Text;
using Microsoft.CodeAnalysis;
using Veltrix.Generators.Emitting;
using Veltrix.Generators.Models;

namespace Veltrix.Generators;

public sealed partial class ConfigGenerator
{
    /// <summary>Adds a redacting <c>ToString()</c> to a partial section type that has none of its own.</summary>
    private static void EmitSectionIfNeeded(SourceProductionContext context, SectionSpec section)
    {
        if (section.IsPartial && !section.HasUserToString)
        {
            context.AddSource(CSharp.HintSafe(section.FullName) + ".ToString.g.cs", EmitToString(section));
        }
    }

    /// <summary>
    /// <c>public override string ToString()</c> printing <c>Name { Port = 8080, Cache = CacheConfig { … }, Hosts = [a, b],
    /// Password = *** }</c>: invariant culture, strings unquoted, <c>null</c> for nulls, <c>***</c> for every secret
    /// whatever its value. For a record it replaces the compiler's, which would print secrets.
    /// </summary>
    internal static string EmitToString(SectionSpec section)
    {
        var writer = new SourceWriter();
        var openTypes = WriteTypeScopeStart(writer, section);
        writer.WriteLine($"partial {section.DeclarationKeyword} {CSharp.Id(section.Name)}");
        writer.OpenBlock();
        writer.WriteLine("/// <summary>Formats the values of this section for logs and debugging, in the invariant culture; secrets print as <c>***</c>.</summary>");
        writer.WriteLine("/// <returns>The section's type name and its values.</returns>");
        writer.WriteLine(GeneratedCodeAttribute);
        writer.WriteLine("public override string ToString()");
        writer.OpenBlock();
        writer.WriteLine("var builder = new global::System.Text.StringBuilder();");

        var text = new StringBuilder(section.Name).Append(" {");
        var afterBlock = false;
        for (var i = 0; i < section.Members.Count; i++)
        {
            var member = section.Members[i];
            text.Append(i == 0 ? " " : ", ").Append(member.Name).Append(" = ");
            if (member.IsSecret)
            {
                text.Append("***");
                continue;
            }

            var value = "this." + CSharp.Id(member.Name);
            var suffix = CSharp.Literal(i);
            switch (member.Type.Kind)
            {
                case MemberTypeKind.Scalar:
                    WriteAppendScalar(writer, member.Type, value, Pending(writer, text, ref afterBlock));
                    break;
                case MemberTypeKind.Section:
                    writer.WriteLine($"{Pending(writer, text, ref afterBlock)}.Append({value}?.ToString() ?? \"null\");");
                    break;
                default:
                    afterBlock = WriteAppendCollection(writer, member.Type, value, suffix, Pending(writer, text, ref afterBlock));
                    break;
            }
        }

        text.Append(section.Members.Count == 0 ? "}" : " }");
        Flush(writer, text, ref afterBlock);
        writer.WriteLine("return builder.ToString();");
        writer.CloseBlock();
        writer.CloseBlock();
        WriteTypeScopeEnd(writer, openTypes);
        return writer.ToString();

        // Writes the pending literal text; a blank line first when an if/else or a loop came before.
        static void Flush(SourceWriter writer, StringBuilder text, ref bool afterBlock)
        {
            var pending = Pending(writer, text, ref afterBlock);
            if (pending != "builder")
            {
                writer.WriteLine(pending + ";");
            }
        }

        // The builder with the pending literal text appended, for the value that follows to chain on: one statement
        // per member. A blank line first when an if/else or a loop came before.
        static string Pending(SourceWriter writer, StringBuilder text, ref bool afterBlock)
        {
            if (afterBlock)
            {
                writer.WriteLine();
                afterBlock = false;
            }

            if (text.Length == 0)
            {
                return "builder";
            }

            var pending = $"builder.Append({CSharp.Literal(text.ToString())})";
            text.Clear();
            return pending;
        }
    }

    /// <summary>Appends a scalar in one statement; a nullable value type through the runtime's shared formatting.</summary>
    private static void WriteAppendScalar(SourceWriter writer, TypeSpec type, string value, string builder = "builder")
    {
        switch (type.Scalar)
        {
            case ScalarKind.String:
                writer.WriteLine($"{builder}.Append({value}{(type.IsNullable ? " ?? \"null\"" : string.Empty)});");
                return;
            case ScalarKind.Uri or ScalarKind.Version:
                var text = type.Scalar == ScalarKind.Uri ? "OriginalString" : "ToString()";
                writer.WriteLine($"{builder}.Append({value}{(type.IsNullable ? "?." : ".")}{text}{(type.IsNullable ? " ?? \"null\"" : string.Empty)});");
                return;
        }

        writer.WriteLine(type.IsNullable ? $"global::Veltrix.GeneratedFormat.AppendNullable({builder}, {value});" : AppendValue(type, value, builder));
    }

    /// <summary>
    /// Appends a non-null value-type scalar without boxing, through the runtime's shared formatting. One generic call per
    /// member, not an interpolated string: binding an interpolation handler costs the compiler about a millisecond a
    /// member, which is seconds on a large schema (docs/benchmarks.md, "Cold compile").
    /// </summary>
    private static string AppendValue(TypeSpec type, string value, string builder) => type.Scalar switch
    {
        ScalarKind.Boolean => $"{builder}.Append({value} ? \"true\" : \"false\");",
        ScalarKind.Char => $"{builder}.Append({value});",
        _ => $"global::Veltrix.GeneratedFormat.Append({builder}, {value});",
    };

    /// <summary><c>[a, b]</c> for lists, <c>{ key = value, … }</c> for dictionaries, <c>null</c> for null.</summary>
    /// <returns>Whether it wrote an if/else block.</returns>
    private static bool WriteAppendCollection(SourceWriter writer, TypeSpec type, string value, string suffix, string builder = "builder")
    {
        if (type.Element!.Kind is MemberTypeKind.Scalar or MemberTypeKind.Section)
        {
            // Plain values and sections print through the runtime's shared formatting; collections of collections below.
            writer.WriteLine(EmitScope.IsDictionary(type.Kind)
                ? $"global::Veltrix.GeneratedFormat.AppendDictionary({builder}, {(type.Kind == MemberTypeKind.IDictionary ? $"global::Veltrix.GeneratedBinding.AsReadOnlyDictionary({value})" : value)});"
                : $"global::Veltrix.GeneratedFormat.AppendList({builder}, {ListView(type, value)});");
            return false;
        }

        if (builder != "builder")
        {
            writer.WriteLine(builder + ";");
        }

        var items = "items" + suffix;
        var element = type.Element!;
        value = EmitScope.IsSequence(type.Kind) ? SequenceView(value) : value;
        writer.WriteLine(type.Kind == MemberTypeKind.ImmutableArray
            ? $"if ({value} is {{ IsDefault: false }} {items})"
            : $"if ({value} is {{ }} {items})");
        writer.OpenBlock();
        if (EmitScope.IsDictionary(type.Kind))
        {
            var first = "first" + suffix;
            var entry = "entry" + suffix;
            writer.WriteLine($"builder.Append('{{');");
            writer.WriteLine($"var {first} = true;");
            writer.WriteLine($"foreach (var {entry} in {items})");
            writer.OpenBlock();
            writer.WriteLine($"builder.Append({first} ? \" \" : \", \").Append({entry}.Key).Append(\" = \");");
            writer.WriteLine($"{first} = false;");
            WriteAppendElement(writer, element, entry + ".Value", "element" + suffix);
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine($"builder.Append({first} ? \"}}\" : \" }}\");");
        }
        else
        {
            var i = "i" + suffix;
            writer.WriteLine("builder.Append('[');");
            writer.WriteLine($"for (var {i} = 0; {i} < {items}{(IsArrayLike(type.Kind) ? ".Length" : ".Count")}; {i}++)");
            writer.OpenBlock();
            writer.WriteLine($$"""
                if ({{i}} > 0)
                {
                    builder.Append(", ");
                }

                """);
            WriteAppendElement(writer, element, $"{items}[{i}]", "element" + suffix);
            writer.CloseBlock();
            writer.WriteLine();
            writer.WriteLine("builder.Append(']');");
        }

        writer.CloseBlock();
        writer.WriteLine("else");
        writer.OpenBlock();
        writer.WriteLine("builder.Append(\"null\");");
        writer.CloseBlock();
        return true;
    }

    /// <summary>A list-like member read as an <c>IReadOnlyList&lt;T&gt;</c> for printing; a default immutable array is null.</summary>
    private static string ListView(TypeSpec type, string value) => type.Kind switch
    {
        MemberTypeKind.ImmutableArray => $"global::System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsArray({value}{(type.IsNullable ? " ?? default" : string.Empty)})",
        MemberTypeKind.Array or MemberTypeKind.List or MemberTypeKind.IReadOnlyList => value,
        _ => SequenceView(value),
    };

    private static void WriteAppendElement(SourceWriter writer, TypeSpec element, string value, string local)
    {
        if (element.Kind == MemberTypeKind.Section)
        {
            writer.WriteLine($"builder.Append({value}?.ToString() ?? \"null\");");
        }
        else if (EmitScope.IsCollection(element.Kind))
        {
            // A collection of collections: the inner one printed the same way, with locals of its own.
            _ = WriteAppendCollection(writer, element, value, local.Replace("element", "inner"));
        }
        else
        {
            WriteAppendScalar(writer, element, value);
        }
    }
}
