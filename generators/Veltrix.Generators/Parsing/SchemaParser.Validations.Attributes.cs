using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Veltrix.Generators.Diagnostics;
using Veltrix.Generators.Models;

namespace Veltrix.Generators.Parsing;

internal sealed partial class SchemaParser
{
    private const string ValidationAttributeName = "ValidationAttribute";

    /// <summary>
    /// The string rules DataAnnotations implements without reflection, with what a valid value is (for messages).
    /// Generated code calls the attribute's own <c>IsValid(object)</c>, so the verdict is DataAnnotations' own.
    /// </summary>
    private static readonly Dictionary<string, string> StringChecks = new(StringComparer.Ordinal)
    {
        ["EmailAddress"] = "a valid e-mail address",
        ["Url"] = "a fully-qualified http, https or ftp URL",
        ["Phone"] = "a valid phone number",
        ["CreditCard"] = "a valid credit card number",
        ["Base64String"] = "a valid Base64 string",
        ["FileExtensions"] = "a file name with one of the extensions ",
    };

    /// <summary>Whether a type is, or derives from, DataAnnotations' <c>ValidationAttribute</c>.</summary>
    private static bool IsValidationAttribute(INamedTypeSymbol type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.Name == ValidationAttributeName && current.ContainingType is null && SymbolNames.IsInNamespace(current, DataAnnotations))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>[EmailAddress]</c>, <c>[Url]</c>, <c>[Phone]</c>, <c>[CreditCard]</c>, <c>[Base64String]</c>,
    /// <c>[FileExtensions]</c>: each rejects every value that is not a string, so they apply to string members only.
    /// </summary>
    private ValidationSpec? ReadStringCheck(RuleContext rule, string shortName)
    {
        if (rule.Type is not { Kind: MemberTypeKind.Scalar, Scalar: ScalarKind.String })
        {
            return rule.Fail("it applies to string members (DataAnnotations rejects every other value), but the member is '" + rule.Type.DisplayName + "'");
        }

        var construction = AttributeConstruction(rule);
        if (construction is null)
        {
            return null;
        }

        var extensions = shortName == "FileExtensions" ? FormatExtensions(NamedString(rule.Attribute, "Extensions")) : null;
        return Spec(rule, ValidationKind.StringCheck, new StringCheckRule(shortName, construction, StringChecks[shortName] + extensions, extensions));
    }

    /// <summary>The extension list as <c>FileExtensionsAttribute</c> shows it: <c>.png, .jpg, .jpeg, .gif</c>.</summary>
    private static string FormatExtensions(string? extensions)
    {
        var text = string.IsNullOrWhiteSpace(extensions) ? "png,jpg,jpeg,gif" : extensions!;
        var parts = text.Replace(" ", string.Empty).Replace(".", string.Empty).ToLowerInvariant().Split(',');
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = "." + parts[i];
        }

        return string.Join(", ", parts);
    }

    /// <summary>
    /// <c>[Compare("Other")]</c>: <c>CompareAttribute</c> finds the other property by reflection, so the comparison is
    /// generated instead (see <see cref="CompareRule"/>).
    /// </summary>
    private ValidationSpec? ReadCompare(RuleContext rule, INamedTypeSymbol sectionType, IPropertySymbol property)
    {
        if (rule.Attribute.ConstructorArguments.Length != 1 || rule.Attribute.ConstructorArguments[0].Value is not string otherName || otherName.Length == 0)
        {
            return rule.Fail("the other property's name must not be null or empty; write nameof(Other)");
        }

        var other = FindInstanceProperty(sectionType, otherName);
        if (other is null || other.GetMethod is null)
        {
            return rule.Fail("'" + otherName + "' is not a readable property of '" + sectionType.Name + "'");
        }

        if (!_compilation.IsSymbolAccessibleWithin(other.GetMethod, _root))
        {
            return rule.CannotEnforce("'" + otherName + "' is not accessible to generated code");
        }

        var otherKey = KeyOf(other);
        var same = SymbolEqualityComparer.Default.Equals(
            other.Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated),
            property.Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated));
        return Spec(rule, ValidationKind.Compare, new CompareRule(otherName, otherKey, same));
    }

    /// <summary>The key segment of a property (its <c>[ConfigKey]</c> or its name).</summary>
    internal static string KeyOf(IPropertySymbol property)
    {
        foreach (var attribute in property.GetAttributes())
        {
            if (SymbolNames.IsAttribute(attribute, VeltrixNamespace, "ConfigKeyAttribute")
                && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Value is string key)
            {
                return key;
            }
        }

        return property.Name;
    }

    /// <summary>
    /// Any other <c>ValidationAttribute</c>: generated code constructs it as written and calls
    /// <c>GetValidationResult</c> (see <see cref="AttributeRule"/>).
    /// </summary>
    private ValidationSpec? ReadCustom(RuleContext rule, string shortName)
    {
        var construction = AttributeConstruction(rule);

        // The attribute formats its own ErrorMessage; the spec carries none so that the emitter does not format it again.
        return construction is null ? null : new ValidationSpec(ValidationKind.Custom, new AttributeRule(shortName, construction), null);
    }

    /// <summary>
    /// <c>new global::A(args) { Named = value }</c>, the attribute as written on the member, or null (with the reason
    /// recorded as unenforceable) when generated code cannot write it: an inaccessible type, constructor or member.
    /// </summary>
    private string? AttributeConstruction(RuleContext rule)
    {
        var construction = AttributeConstruction(rule.Attribute, out var unenforceable);
        if (unenforceable is not null)
        {
            rule.CannotEnforce(unenforceable);
        }

        return construction;
    }

    /// <summary>
    /// The attributes of a section type that derive from <c>ValidationAttribute</c>, as <see cref="ValidationKind.Custom"/>
    /// specs: <c>Validator.TryValidateObject</c> asks them about the whole object once its members pass. One that
    /// generated code cannot construct is reported (VLX0010) and left out.
    /// </summary>
    private EquatableArray<ValidationSpec> ReadTypeValidations(INamedTypeSymbol type, string name)
    {
        List<ValidationSpec>? validations = null;
        foreach (var attribute in type.GetAttributes())
        {
            if (attribute.AttributeClass is not { } attributeClass || !IsValidationAttribute(attributeClass) || HasErrors(attribute))
            {
                continue;
            }

            var shortName = attributeClass.Name.EndsWith("Attribute", StringComparison.Ordinal)
                ? attributeClass.Name.Substring(0, attributeClass.Name.Length - "Attribute".Length)
                : attributeClass.Name;
            if (AttributeConstruction(attribute, out var unenforceable) is { } construction)
            {
                (validations ??= []).Add(new ValidationSpec(ValidationKind.Custom, new AttributeRule(shortName, construction), null));
            }
            else if (unenforceable is not null)
            {
                var location = LocationInfo.From(attribute.ApplicationSyntaxReference?.GetSyntax(_cancellationToken)) ?? LocationOf(type);
                Report(DiagnosticIds.UnenforceableValidationAttribute, location, shortName, name, unenforceable);
            }
        }

        return validations is null ? EquatableArray<ValidationSpec>.Empty : validations.ToEquatableArray();
    }

    private string? AttributeConstruction(AttributeData attribute, out string? unenforceable)
    {
        unenforceable = null;
        var type = attribute.AttributeClass!;
        var constructor = attribute.AttributeConstructor!;
        if (!IsAccessible(type) || !_compilation.IsSymbolAccessibleWithin(constructor, _root))
        {
            unenforceable = "the attribute or its constructor is not accessible to generated code";
            return null;
        }

        var arguments = new string[attribute.ConstructorArguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            var parameterType = i < constructor.Parameters.Length ? constructor.Parameters[i].Type : attribute.ConstructorArguments[i].Type;
            if (ConstantExpression(attribute.ConstructorArguments[i], parameterType, out var problem) is not { } argument)
            {
                unenforceable = problem;
                return null;
            }

            arguments[i] = argument;
        }

        var text = "new " + SymbolNames.NonNullableFullName(type) + "(" + string.Join(", ", arguments) + ")";
        if (attribute.NamedArguments.Length == 0)
        {
            return text;
        }

        var named = new string[attribute.NamedArguments.Length];
        for (var i = 0; i < named.Length; i++)
        {
            var (name, value) = (attribute.NamedArguments[i].Key, attribute.NamedArguments[i].Value);
            var target = FindSettable(type, name);
            if (target is null || !_compilation.IsSymbolAccessibleWithin(target, _root))
            {
                unenforceable = "'" + name + "' cannot be set by generated code";
                return null;
            }

            if (ConstantExpression(value, value.Type, out var problem) is not { } expression)
            {
                unenforceable = problem;
                return null;
            }

            named[i] = ValueFormatter.EscapeIdentifier(name) + " = " + expression;
        }

        return text + " { " + string.Join(", ", named) + " }";
    }

    /// <summary>The property setter or field a named attribute argument assigns.</summary>
    private static ISymbol? FindSettable(INamedTypeSymbol type, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers(name))
            {
                switch (member)
                {
                    case IPropertySymbol { SetMethod: { } setter }:
                        return setter;
                    case IFieldSymbol { IsReadOnly: false, IsConst: false } field:
                        return field;
                }
            }
        }

        return null;
    }

    /// <summary>Whether generated code (nested in the root schema type) can name a type, type arguments included.</summary>
    private bool IsAccessible(ITypeSymbol type)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                return IsAccessible(array.ElementType);
            case INamedTypeSymbol named:
                if (named.IsUnboundGenericType || !_compilation.IsSymbolAccessibleWithin(named, _root))
                {
                    return false;
                }

                foreach (var argument in named.TypeArguments)
                {
                    if (!IsAccessible(argument))
                    {
                        return false;
                    }
                }

                return true;
            default:
                // Type parameters, error types, pointers: nothing generated code could write.
                return false;
        }
    }

    /// <summary>A C# expression for an attribute argument, converted to <paramref name="target"/>; null with a problem when none can be written.</summary>
    private string? ConstantExpression(TypedConstant constant, ITypeSymbol? target, out string? problem)
    {
        problem = null;
        var castTo = target is null || target.SpecialType == SpecialType.System_Object ? null : SymbolNames.NonNullableFullName(target);
        if (constant.IsNull)
        {
            // Cast so that overload resolution picks the constructor the attribute was written with.
            return castTo is null ? "null" : "(" + castTo + (target!.IsValueType ? string.Empty : "?") + ")null";
        }

        switch (constant.Kind)
        {
            case TypedConstantKind.Type:
                if (constant.Value is not ITypeSymbol typeValue || !IsAccessible(typeValue))
                {
                    problem = "the argument typeof(" + (constant.Value is ITypeSymbol shown ? TypeName(shown) : "?") + ") names a type generated code cannot access";
                    return null;
                }

                return "typeof(" + SymbolNames.NonNullableFullName(typeValue) + ")";

            case TypedConstantKind.Enum:
                if (constant.Type is null || !IsAccessible(constant.Type))
                {
                    problem = "the argument " + constant.ToCSharpString() + " is of an enum type generated code cannot access";
                    return null;
                }

                return ValueFormatter.EnumMemberOrCast(constant.Type, constant.Value!);

            case TypedConstantKind.Array:
                var arrayType = (constant.Type ?? target) as IArrayTypeSymbol;
                if (arrayType is null || !IsAccessible(arrayType.ElementType))
                {
                    problem = "the array argument has an element type generated code cannot access";
                    return null;
                }

                var elements = new string[constant.Values.Length];
                for (var i = 0; i < elements.Length; i++)
                {
                    var element = constant.Values[i];
                    if (ConstantExpression(element, element.Kind == TypedConstantKind.Primitive && !element.IsNull ? element.Type : arrayType.ElementType, out problem) is not { } value)
                    {
                        return null;
                    }

                    // An element of an object[] keeps its own type (1 stays an int), as the attribute received it.
                    elements[i] = value;
                }

                return "new " + SymbolNames.NonNullableFullName(arrayType.ElementType) + "[] { " + string.Join(", ", elements) + " }";

            case TypedConstantKind.Primitive:
                var type = constant.Type ?? target;
                if (type is null || ValueFormatter.ToExpression(constant.Value, type) is not { } primitive)
                {
                    problem = "the argument " + constant.ToCSharpString() + " cannot be written as a C# constant";
                    return null;
                }

                return primitive;

            default:
                problem = "an argument could not be read";
                return null;
        }
    }
}
