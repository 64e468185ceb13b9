using System.Collections.Generic;
using Veltrix.Generators.Emitting;
using Veltrix.Generators.Models;

namespace Veltrix.Generators;

/// <summary>
/// The emitter: model → C# text. One file per root implements <c>IVeltrixConfig&lt;T&gt;</c> explicitly and keeps
/// every helper in a private nested class, so that the user's type gains no visible member; one file per partial
/// section adds a redacting <c>ToString()</c>. Each concern has its own partial file.
/// </summary>
public sealed partial class ConfigGenerator
{
    /// <summary>The nested class that holds the generated helpers; nested so it can reach private init accessors.</summary>
    private const string HelperClass = "__VeltrixGenerated";

    /// <summary>The class nested in <see cref="HelperClass"/> that holds cached regular expressions and computed bounds.</summary>
    private const string RulesClass = "Rules";

    private const string Invariant = "global::System.Globalization.CultureInfo.InvariantCulture";
    private const string OrdinalIgnoreCase = "global::System.StringComparison.OrdinalIgnoreCase";
    /// <summary>Span comparisons are extension methods; generated code has no <c>using</c>, so it calls them statically.</summary>
    private const string Span = "global::System.MemoryExtensions";
    private const string KeyPath = "global::Veltrix.GeneratedKeyPath.Combine";
    private const string ObjectReferenceEquals = "global::System.Object.ReferenceEquals";

    private static readonly string GeneratedCodeAttribute =
        "[global::System.CodeDom.Compiler.GeneratedCode(\"Veltrix.Generators\", \""
        + (typeof(ConfigGenerator).Assembly.GetName().Version?.ToString() ?? "0.0.0.0")
        + "\")]";

    /// <summary>Emits the <c>IVeltrixConfig&lt;T&gt;</c> implementation of one root.</summary>
    internal static string Emit(ConfigSpec spec)
    {
        var scope = new EmitScope(spec);
        var root = spec.Root;
        var writer = new SourceWriter();
        var openTypes = WriteTypeScopeStart(writer, root);

        writer.WriteLine($"partial {root.DeclarationKeyword} {CSharp.Id(root.Name)} : global::Veltrix.IVeltrixConfig<{root.FullName}>");
        writer.OpenBlock();
        WriteInterfaceMembers(writer, scope);
        writer.WriteLine();

        writer.WriteLine($"/// <summary>The generated schema, binder, validator, diff and lookup of <c>{CSharp.Xml(root.Name)}</c>.</summary>");
        writer.WriteLine(GeneratedCodeAttribute);
        writer.WriteLine($"private static class {HelperClass}");
        writer.OpenBlock();
        WriteSchema(writer, spec);
        WriteBindMethods(writer, scope);
        WriteValidateMethods(writer, scope);
        WriteDiffMethods(writer, scope);
        WriteLookupMethods(writer, scope);
        WriteRulesClass(writer, scope);
        writer.CloseBlock();

        writer.CloseBlock();
        WriteTypeScopeEnd(writer, openTypes);
        return writer.ToString();
    }

    private static void WriteInterfaceMembers(SourceWriter writer, EmitScope scope)
    {
        var root = scope.Spec.Root;
        var self = $"global::Veltrix.IVeltrixConfig<{root.FullName}>";
        var stem = scope.Stem(root);
        var sectionPath = CSharp.Literal(scope.Spec.SectionPath);

        writer.WriteLine(GeneratedCodeAttribute);
        writer.WriteLine($"static global::Veltrix.ConfigSchema {self}.Schema => {HelperClass}.Schema;");
        writer.WriteLine();

        writer.WriteLine(GeneratedCodeAttribute);
        writer.WriteLine($"static {root.FullName} {self}.Bind(global::Veltrix.BindContext context)");
        writer.OpenBlock();
        writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(context);");
        var previous = TakesPrevious(root) ? $", context.PreviousSnapshot as {root.FullName}" : string.Empty;
        writer.WriteLine($"return {HelperClass}.Bind_{stem}(context.Find({sectionPath}), {sectionPath}, context{(TakesExisting(root) ? ", null" : string.Empty)}{previous});");
        writer.CloseBlock();
        writer.WriteLine();

        writer.WriteLine(GeneratedCodeAttribute);
        writer.WriteLine($"static void {self}.Validate({root.FullName} config, global::Veltrix.BindContext context)");
        writer.OpenBlock();
        writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(config);");
        writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(context);");
        writer.WriteLine(NeedsValidation(scope, root)
            ? $"{HelperClass}.Validate_{stem}(config, {sectionPath}, context);"
            : "// No member of the schema has a validation attribute.");
        writer.CloseBlock();
        writer.WriteLine();

        writer.WriteLine(GeneratedCodeAttribute);
        writer.WriteLine($"static void {self}.Diff({root.FullName} before, {root.FullName} after, global::Veltrix.ChangeSetBuilder changes)");
        writer.OpenBlock();
        writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(before);");
        writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(after);");
        writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(changes);");
        writer.WriteLine($"{HelperClass}.Diff_{stem}(before, after, {sectionPath}, changes);");
        writer.CloseBlock();
        writer.WriteLine();

        writer.WriteLine(GeneratedCodeAttribute);
        writer.WriteLine($"static bool {self}.TryGetValue({root.FullName} config, global::System.ReadOnlySpan<char> keyPath, out global::Veltrix.ConfigValue value)");
        writer.OpenBlock();
        writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(config);");
        writer.WriteLine($"return {HelperClass}.TryGetValue(config, keyPath, out value);");
        writer.CloseBlock();
    }

    /// <summary>Writes the file header, the namespace and the containing type headers; returns how many types it opened.</summary>
    private static int WriteTypeScopeStart(SourceWriter writer, SectionSpec section)
    {
        writer.WriteLine("// <auto-generated/>");
        writer.WriteLine("#nullable enable");
        writer.WriteLine("// Obsolete members are still bound, validated, compared and printed.");
        writer.WriteLine("#pragma warning disable CS0612, CS0618");
        writer.WriteLine();
        if (section.Namespace.Length > 0)
        {
            writer.WriteLine($"namespace {section.Namespace};");
            writer.WriteLine();
        }

        foreach (var header in section.ContainingTypes)
        {
            writer.WriteLine(header);
            writer.OpenBlock();
        }

        return section.ContainingTypes.Count;
    }

    private static void WriteTypeScopeEnd(SourceWriter writer, int openTypes)
    {
        for (var i = 0; i < openTypes; i++)
        {
            writer.CloseBlock();
        }
    }

    private static void WriteRulesClass(SourceWriter writer, EmitScope scope)
    {
        if (scope.RuleFields.Count == 0)
        {
            return;
        }

        writer.WriteLine();
        writer.WriteLine("/// <summary>Regular expressions, bounds and validation attributes of validation rules, created on first validation.</summary>");
        writer.WriteLine($"private static class {RulesClass}");
        writer.OpenBlock();
        for (var i = 0; i < scope.RuleFields.Count; i++)
        {
            var field = scope.RuleFields[i];
            if (i > 0)
            {
                writer.WriteLine();
            }

            writer.WriteLine($"internal static readonly {field.Type} {field.Name} = {field.Initializer};");
        }

        writer.CloseBlock();
    }

    /// <summary>Writes a blank line before every member but the first of a class.</summary>
    private static void Separate(SourceWriter writer, ref bool first)
    {
        if (!first)
        {
            writer.WriteLine();
        }

        first = false;
    }

    /// <summary>Whether a collection is read through <c>Length</c> (arrays) rather than <c>Count</c>.</summary>
    private static bool IsArrayLike(MemberTypeKind kind) => kind is MemberTypeKind.Array or MemberTypeKind.ImmutableArray;

    /// <summary>
    /// The type a site's helpers take a collection as, nullable: the declared type, except that an
    /// <c>ImmutableArray&lt;T&gt;</c> is read through its underlying <c>T[]</c> (a default array is null).
    /// </summary>
    private static string ViewType(CollectionSite site)
        => site.Type.Kind == MemberTypeKind.ImmutableArray ? site.Element.FullName + "[]?"
            : EmitScope.IsSequence(site.Type.Kind) ? $"global::System.Collections.Generic.IReadOnlyList<{site.Element.FullName}>?"
            : site.Type.Kind == MemberTypeKind.IDictionary ? $"global::System.Collections.Generic.IReadOnlyDictionary<string, {site.Element.FullName}>?"
            : site.Type.NonNullableFullName + "?";

    /// <summary>An expression of <see cref="ViewType"/> for a collection expression (which may be lifted by <c>?.</c>).</summary>
    private static string ToView(CollectionSite site, string expression, bool lifted = false)
        => site.Type.Kind == MemberTypeKind.ImmutableArray
            ? "global::System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsArray(" + expression + (lifted ? " ?? default" : string.Empty) + ")"
            : EmitScope.IsSequence(site.Type.Kind) ? SequenceView(expression)
            : site.Type.Kind == MemberTypeKind.IDictionary ? "global::Veltrix.GeneratedBinding.AsReadOnlyDictionary(" + expression + ")"
            : expression;

    /// <summary>A sequence or set read by index: the bound list itself, or its elements copied once for a default of another type.</summary>
    private static string SequenceView(string expression) => "global::Veltrix.GeneratedBinding.AsReadOnlyList(" + expression + ")";

    /// <summary>
    /// What to <c>foreach</c> over for a dictionary's entries: a <c>Dictionary</c> has a struct enumerator; an
    /// <c>IReadOnlyDictionary</c> goes through <c>GeneratedEntries</c>, which avoids boxing one for frozen and ordinary dictionaries.
    /// </summary>
    private static string EntriesOf(CollectionSite site, string expression)
        => site.Type.Kind is MemberTypeKind.IReadOnlyDictionary or MemberTypeKind.IDictionary ? $"global::Veltrix.GeneratedEntries.Of({expression})" : expression;

    private static string CountOf(CollectionSite site, string expression) => expression + (IsArrayLike(site.Type.Kind) ? ".Length" : ".Count");

    /// <summary>The members of a section in schema order: by key, with a nested section's or collection's keys after it.</summary>
    private static List<MemberSpec> InSchemaOrder(SectionSpec section)
    {
        var members = new List<MemberSpec>(section.Members);
        members.Sort(static (a, b) => System.StringComparer.OrdinalIgnoreCase.Compare(SortKey(a), SortKey(b)));
        return members;

        static string SortKey(MemberSpec member) => member.Type.Kind == MemberTypeKind.Scalar ? member.Key : member.Key + ":";
    }

    /// <summary>
    /// A section member's value typed as its section: the value itself, or, for a member declared as an interface or
    /// abstract class that binds its initializer's concrete class, the value read <c>as</c> that class.
    /// </summary>
    private static string AsSection(TypeSpec type, string value)
        => type.ReadsAsSection ? $"({value} as {type.NonNullableFullName})" : value;

    /// <summary>The pattern that tests a section member's value for null and types it as its section: <c>{ }</c> or the section class.</summary>
    private static string SectionPattern(TypeSpec type) => type.ReadsAsSection ? type.NonNullableFullName : "{ }";

    /// <summary>A string expression for a non-null scalar as configuration files write it; strings quoted.</summary>
    private static string ValueText(TypeSpec type, string value) => type.Scalar switch
    {
        ScalarKind.String => $"global::Veltrix.GeneratedValidation.Quote({value})",
        ScalarKind.Uri => $"global::Veltrix.GeneratedValidation.Quote({value}.OriginalString)",
        ScalarKind.Boolean => $"({value} ? \"true\" : \"false\")",
        ScalarKind.TimeSpan => $"{value}.ToString(\"c\", {Invariant})",
        ScalarKind.DateTime or ScalarKind.DateTimeOffset or ScalarKind.DateOnly or ScalarKind.TimeOnly => $"{value}.ToString(\"O\", {Invariant})",
        ScalarKind.Char or ScalarKind.Guid or ScalarKind.Enum or ScalarKind.Version => $"{value}.ToString()",
        _ => $"{value}.ToString({Invariant})",
    };
}
