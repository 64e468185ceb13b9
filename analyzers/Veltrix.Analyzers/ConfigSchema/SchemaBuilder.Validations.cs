using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace Veltrix.Analyzers.ConfigSchema;

internal sealed partial class SchemaBuilder
{
    private static readonly IReadOnlyList<string?> NoValues = [];

    private static List<SchemaValidation> ReadValidations(ImmutableArray<AttributeData> attributes)
    {
        var validations = new List<SchemaValidation>();
        foreach (var attribute in attributes)
        {
            if (attribute.AttributeClass is not { } type
                || type.ContainingNamespace?.ToDisplayString() != DataAnnotations
                || HasErrors(attribute))
            {
                continue;
            }

            var args = attribute.ConstructorArguments;
            var name = type.Name.EndsWith("Attribute", StringComparison.Ordinal) ? type.Name.Substring(0, type.Name.Length - 9) : type.Name;
            SchemaValidation? validation = type.Name switch
            {
                "RangeAttribute" when args.Length == 2 => new SchemaValidation(
                    SchemaValidationKind.Range,
                    name,
                    Text(args[0].Value),
                    Text(args[1].Value),
                    Named(attribute, "MinimumIsExclusive") is true,
                    Named(attribute, "MaximumIsExclusive") is true,
                    null,
                    NoValues),
                "RangeAttribute" when args.Length == 3 => new SchemaValidation(
                    SchemaValidationKind.Range, name, args[1].Value as string, args[2].Value as string,
                    Named(attribute, "MinimumIsExclusive") is true, Named(attribute, "MaximumIsExclusive") is true, null, NoValues),
                "RegularExpressionAttribute" when args.Length == 1 && args[0].Value is string pattern
                    => new SchemaValidation(SchemaValidationKind.RegularExpression, name, null, null, false, false, pattern, NoValues),
                "MinLengthAttribute" when args.Length == 1
                    => new SchemaValidation(SchemaValidationKind.MinLength, name, Text(args[0].Value), null, false, false, null, NoValues),
                "MaxLengthAttribute" when args.Length == 1
                    => new SchemaValidation(SchemaValidationKind.MaxLength, name, null, Text(args[0].Value), false, false, null, NoValues),
                "LengthAttribute" when args.Length == 2
                    => new SchemaValidation(SchemaValidationKind.Length, name, Text(args[0].Value), Text(args[1].Value), false, false, null, NoValues),
                "StringLengthAttribute" when args.Length == 1
                    => new SchemaValidation(SchemaValidationKind.StringLength, name, Text(Named(attribute, "MinimumLength") ?? 0), Text(args[0].Value), false, false, null, NoValues),
                "AllowedValuesAttribute" when args.Length == 1
                    => new SchemaValidation(SchemaValidationKind.AllowedValues, name, null, null, false, false, null, Values(args[0])),
                "RequiredAttribute" => new SchemaValidation(
                    SchemaValidationKind.Required, name, Named(attribute, "AllowEmptyStrings") is true ? "true" : null, null, false, false, null, NoValues),
                "EmailAddressAttribute" or "UrlAttribute" or "PhoneAttribute" or "CreditCardAttribute" or "Base64StringAttribute" when args.Length == 0
                    => new SchemaValidation(SchemaValidationKind.StringCheck, name, null, null, false, false, null, NoValues),
                "FileExtensionsAttribute" when args.Length == 0
                    => new SchemaValidation(SchemaValidationKind.StringCheck, name, null, null, false, false, Named(attribute, "Extensions") as string, NoValues),
                "DeniedValuesAttribute" when args.Length == 1
                    => new SchemaValidation(SchemaValidationKind.DeniedValues, name, null, null, false, false, null, Values(args[0])),
                _ => null,
            };

            if (validation is not null)
            {
                validations.Add(validation);
            }
        }

        return validations;
    }

    private static List<string?> Values(TypedConstant array)
    {
        var values = new List<string?>();
        if (array.Kind == TypedConstantKind.Array)
        {
            foreach (var value in array.Values)
            {
                values.Add(value.Kind == TypedConstantKind.Array ? null : Text(value.Value));
            }
        }

        return values;
    }

    private static bool HasErrors(AttributeData attribute)
    {
        foreach (var argument in attribute.ConstructorArguments)
        {
            if (argument.Kind == TypedConstantKind.Error)
            {
                return true;
            }
        }

        return false;
    }

    private static object? Named(AttributeData attribute, string name)
    {
        foreach (var pair in attribute.NamedArguments)
        {
            if (pair.Key == name)
            {
                return pair.Value.Value;
            }
        }

        return null;
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
