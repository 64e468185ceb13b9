using System.Collections.Generic;
using Veltrix.Generators.Emitting;
using Veltrix.Generators.Models;

namespace Veltrix.Generators;

public sealed partial class ConfigGenerator
{
    /// <summary>
    /// Writes <c>Validate_&lt;Section&gt;</c> for every section that has a rule (or reaches one), and
    /// <c>Validate_&lt;Site&gt;</c> for collections of such sections. Rules are evaluated as DataAnnotations does.
    /// </summary>
    private static void WriteValidateMethods(SourceWriter writer, EmitScope scope)
    {
        foreach (var section in scope.AllSections)
        {
            if (NeedsValidation(scope, section))
            {
                writer.WriteLine();
                WriteValidateSection(writer, scope, section);
            }
        }

        foreach (var site in scope.Sites)
        {
            if (NeedsValidation(scope, site))
            {
                writer.WriteLine();
                WriteValidateSite(writer, scope, site);
            }
        }
    }

    /// <summary>Whether a section has a validation rule, or a section or collection of sections below it has one.</summary>
    private static bool NeedsValidation(EmitScope scope, SectionSpec section)
    {
        if (section.IsValidatableObject || section.TypeValidations.Count > 0)
        {
            return true;
        }

        foreach (var member in section.Members)
        {
            if (NeedsValidation(scope, member))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NeedsValidation(EmitScope scope, MemberSpec member)
    {
        foreach (var validation in member.Validations)
        {
            // [Required] on a non-nullable value type never fails validation (its key is still required at bind time).
            if (validation.Kind != ValidationKind.Required || RequiredFails(member.Type, validation, "member") is not null)
            {
                return true;
            }
        }

        // A section, or the sections inside a collection (of collections) of them.
        var type = member.Type;
        while (type.Element is { } element)
        {
            type = element;
        }

        return type is { Kind: MemberTypeKind.Section } && NeedsValidation(scope, scope.SectionOf(type));
    }

    /// <summary>Whether a collection's elements (sections, or collections of them) have a rule to check.</summary>
    private static bool NeedsValidation(EmitScope scope, CollectionSite site)
        => site.ElementSite is { } inner ? NeedsValidation(scope, inner) : site.ElementSection is { } element && NeedsValidation(scope, element);

    /// <summary>The runtime class that words every rule's message, shared with the configuration-file checks.</summary>
    private const string Messages = "global::Veltrix.ValidationMessages";

    private static void WriteValidateSection(SourceWriter writer, EmitScope scope, SectionSpec section)
    {
        writer.WriteLine($"/// <summary>Checks the validation attributes of a section of type <c>{CSharp.Xml(section.Name)}</c> at key path <paramref name=\"path\"/>.</summary>");
        writer.WriteLine($"internal static void Validate_{scope.Stem(section)}({section.FullName} value, string path, global::Veltrix.BindContext context)");
        writer.OpenBlock();
        var first = true;
        var checksObject = section.IsValidatableObject || section.TypeValidations.Count > 0;
        if (checksObject)
        {
            writer.WriteLine("var errors = context.Errors.Count;");
            first = false;
        }

        foreach (var member in section.Members)
        {
            if (NeedsValidation(scope, member))
            {
                Separate(writer, ref first);
                WriteValidateMember(writer, scope, section, member);
            }
        }

        if (section.TypeValidations.Count > 0)
        {
            // As Validator.TryValidateObject does: attributes on the type are asked only when the members passed.
            writer.WriteLine();
            writer.WriteLine("if (context.Errors.Count == errors)");
            writer.OpenBlock();
            for (var i = 0; i < section.TypeValidations.Count; i++)
            {
                var attribute = (AttributeRule)section.TypeValidations[i].Rule;
                var field = $"{scope.Stem(section)}_Type_Rule{i}";
                scope.RuleFields.Add(new RuleField("global::System.ComponentModel.DataAnnotations.ValidationAttribute", field, attribute.Construction));
                writer.WriteLine($"global::Veltrix.GeneratedValidation.ValidateSection({RulesClass}.{field}, value, {CSharp.Literal(section.Name)}, path, context, {CSharp.Literal(attribute.Name)});");
            }

            writer.CloseBlock();
        }

        if (section.IsValidatableObject)
        {
            // As Validator.TryValidateObject does: the object's own Validate runs only when its members and type attributes passed.
            writer.WriteLine();
            writer.WriteLine("if (context.Errors.Count == errors)");
            writer.OpenBlock();
            writer.WriteLine($"global::Veltrix.GeneratedValidation.ValidateObject(value, {CSharp.Literal(section.Name)}, path, context, static name => name switch");
            writer.OpenBlock();
            foreach (var member in section.Members)
            {
                writer.WriteLine($"{CSharp.Literal(member.Name)} => {CSharp.Literal(member.Key)},");
            }

            writer.WriteLine("_ => null,");
            writer.CloseBlock(");");
            writer.CloseBlock();
        }

        writer.CloseBlock();
    }

    /// <summary>
    /// One member's rules, in a block of its own. As DataAnnotations does: a failed <c>[Required]</c> skips the
    /// other rules; a null value passes every rule but <c>[Required]</c>, <c>[AllowedValues]</c>, <c>[DeniedValues]</c>,
    /// <c>[Compare]</c> and other attributes, which are asked about null too.
    /// </summary>
    private static void WriteValidateMember(SourceWriter writer, EmitScope scope, SectionSpec section, MemberSpec member)
    {
        var type = member.Type;
        var rule = new RuleWriter(scope, section, member);
        writer.WriteLine($"// {member.Name}");
        writer.OpenBlock();
        writer.WriteLine($"var member = value.{CSharp.Id(member.Name)};");

        ValidationSpec? required = null;
        var valueRules = new List<(ValidationSpec Spec, int Index)>();
        var setRules = new List<(ValidationSpec Spec, int Index)>();
        for (var i = 0; i < member.Validations.Count; i++)
        {
            var validation = member.Validations[i];
            switch (validation.Kind)
            {
                case ValidationKind.Required:
                    required = validation;
                    break;
                case ValidationKind.AllowedValues or ValidationKind.DeniedValues or ValidationKind.Compare or ValidationKind.Custom:
                    setRules.Add((validation, i));
                    break;
                default:
                    valueRules.Add((validation, i));
                    break;
            }
        }

        var nested = type.Kind == MemberTypeKind.Section ? scope.SectionOf(type) : null;
        var validatesNested = nested is not null
            ? NeedsValidation(scope, nested)
            : EmitScope.IsCollection(type.Kind) && NeedsValidation(scope, scope.SiteOf(section, member));
        var requiredFails = required is null ? null : RequiredFails(type, required, "member");
        var hasElse = requiredFails is not null && (valueRules.Count > 0 || validatesNested || setRules.Count > 0);
        if (requiredFails is not null)
        {
            writer.WriteLine($"if ({requiredFails})");
            writer.OpenBlock();
            rule.WriteError(writer, required!, RequiredMessage(type, required!), "Required");
            writer.CloseBlock();
            if (hasElse)
            {
                writer.WriteLine("else");
                writer.OpenBlock();
            }
        }

        if (valueRules.Count > 0 || validatesNested)
        {
            var guarded = type.IsNullable || !type.IsValueType || type.Kind == MemberTypeKind.ImmutableArray;
            var current = guarded ? "current" : "member";
            if (guarded)
            {
                writer.WriteLine(type.Kind == MemberTypeKind.ImmutableArray ? "if (member is { IsDefault: false } current)"
                    : type.Kind == MemberTypeKind.Section ? $"if (member is {SectionPattern(type)} current)"
                    : "if (member is { } current)");
                writer.OpenBlock();
            }

            var firstRule = true;
            foreach (var (spec, index) in valueRules)
            {
                Separate(writer, ref firstRule);
                rule.WriteValueRule(writer, spec, index, current);
            }

            if (validatesNested)
            {
                Separate(writer, ref firstRule);
                var keyPath = $"{KeyPath}(path, {CSharp.Literal(member.Key)})";
                writer.WriteLine(type.Kind == MemberTypeKind.Section
                    ? $"Validate_{scope.Stem(nested!)}({current}, {keyPath}, context);"
                    : $"Validate_{scope.SiteOf(section, member).Name}({ToView(scope.SiteOf(section, member), current)}, {keyPath}, context);");
            }

            if (guarded)
            {
                writer.CloseBlock();
            }
        }

        foreach (var (spec, index) in setRules)
        {
            if (valueRules.Count > 0 || validatesNested)
            {
                writer.WriteLine();
            }

            rule.WriteSetRule(writer, spec, index, "member");
        }

        if (hasElse)
        {
            writer.CloseBlock();
        }

        writer.CloseBlock();
    }

    /// <summary>The condition under which <c>[Required]</c> fails, or null when it never can (a non-nullable value type).</summary>
    private static string? RequiredFails(TypeSpec type, ValidationSpec required, string value)
    {
        if (type.Kind == MemberTypeKind.ImmutableArray)
        {
            return value + ".IsDefault";
        }

        if (type.IsValueType && !type.IsNullable)
        {
            return null;
        }

        return type.Scalar == ScalarKind.String && !AllowsEmptyStrings(required) ? $"string.IsNullOrWhiteSpace({value})" : value + " is null";
    }

    private static string RequiredMessage(TypeSpec type, ValidationSpec required)
        => $"{Messages}.ValueRequired({CSharp.Literal(type.Scalar == ScalarKind.String && !AllowsEmptyStrings(required))})";

    private static bool AllowsEmptyStrings(ValidationSpec required) => required.Rule is RequiredRule { AllowEmptyStrings: true };

    private static void WriteValidateSite(SourceWriter writer, EmitScope scope, CollectionSite site)
    {
        var inner = site.ElementSite;
        var validate = inner is not null ? $"Validate_{inner.Name}" : $"Validate_{scope.Stem(site.ElementSection!)}";
        var element = inner is not null ? ToView(inner, "element") : "element";
        writer.WriteLine($"/// <summary>Checks every element of {site.DocName} at key path <paramref name=\"path\"/>.</summary>");
        writer.WriteLine($"internal static void Validate_{site.Name}({ViewType(site)} items, string path, global::Veltrix.BindContext context)");
        writer.OpenBlock();
        writer.WriteLine("if (items is null)");
        writer.OpenBlock();
        writer.WriteLine("return;");
        writer.CloseBlock();
        writer.WriteLine();
        if (site.IsDictionary)
        {
            writer.WriteLine($$"""
                foreach (var entry in {{EntriesOf(site, "items")}})
                {
                    if (entry.Value is { } element)
                    {
                        {{validate}}({{element}}, {{KeyPath}}(path, entry.Key), context);
                    }
                }
                """);
        }
        else
        {
            writer.WriteLine($$"""
                for (var i = 0; i < {{CountOf(site, "items")}}; i++)
                {
                    if (items[i] is { } element)
                    {
                        {{validate}}({{element}}, context.ElementPath(path, i), context);
                    }
                }
                """);
        }

        writer.CloseBlock();
    }
}
