using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Veltrix.Generators.Diagnostics;
using Veltrix.Generators.Models;

namespace Veltrix.Generators.Parsing;

internal sealed partial class SchemaParser
{
    private const string InvariantCulture = "global::System.Globalization.CultureInfo.InvariantCulture";

    /// <summary>
    /// The DataAnnotations rules on a member, in source order, as <see cref="ValidationSpec"/>s ready to emit: every
    /// <c>ValidationAttribute</c>, the user's own included. An attribute whose arguments cannot work on the member is
    /// reported (VLX0006) and left out; one that generated code cannot construct is reported (VLX0010) and left out.
    /// </summary>
    private EquatableArray<ValidationSpec> ReadValidations(
        ImmutableArray<AttributeData> attributes, INamedTypeSymbol sectionType, IPropertySymbol property, string memberName, ITypeSymbol memberType, TypeSpec type, LocationInfo? memberLocation)
    {
        List<ValidationSpec>? validations = null;
        foreach (var attribute in attributes)
        {
            if (attribute.AttributeClass is { ContainingType: null } relationClass
                && SymbolNames.IsInNamespace(relationClass, VeltrixNamespace)
                && relationClass.Name is "AtMostAttribute" or "AtLeastAttribute"
                && !HasErrors(attribute))
            {
                // [AtMost]/[AtLeast] compare with another member of the section: checked here, emitted with the DataAnnotations rules.
                var relation = new RuleContext(attribute, memberType, type);
                var relationSpec = ReadRelation(relation, sectionType, property);
                ReportOrAdd(relation, relationSpec, relationClass.Name.Substring(0, relationClass.Name.Length - "Attribute".Length), memberName, memberLocation, ref validations);
                continue;
            }

            if (attribute.AttributeClass is not { } attributeClass || !IsValidationAttribute(attributeClass) || HasErrors(attribute))
            {
                continue;
            }

            var shortName = attributeClass.Name.EndsWith("Attribute", StringComparison.Ordinal)
                ? attributeClass.Name.Substring(0, attributeClass.Name.Length - "Attribute".Length)
                : attributeClass.Name;
            var rule = new RuleContext(attribute, memberType, type);
            if (attributeClass.ContainingType is not null || !SymbolNames.IsInNamespace(attributeClass, DataAnnotations))
            {
                // A ValidationAttribute of the user's (or a library's): constructed as written, asked for its verdict.
                ReportOrAdd(rule, ReadCustom(rule, shortName), shortName, memberName, memberLocation, ref validations);
                continue;
            }

            var spec = shortName switch
            {
                "Range" => ReadRange(rule),
                "RegularExpression" => ReadRegularExpression(rule),
                "MinLength" => ReadLength(rule, ValidationKind.MinLength),
                "MaxLength" => ReadLength(rule, ValidationKind.MaxLength),
                "Length" => ReadLength(rule, ValidationKind.Length),
                "StringLength" => ReadLength(rule, ValidationKind.StringLength),
                "AllowedValues" => ReadValues(rule, ValidationKind.AllowedValues),
                "DeniedValues" => ReadValues(rule, ValidationKind.DeniedValues),
                "Required" => Spec(rule, ValidationKind.Required, new RequiredRule(NamedBool(attribute, "AllowEmptyStrings"))),
                "EmailAddress" or "Url" or "Phone" or "CreditCard" or "Base64String" or "FileExtensions" => ReadStringCheck(rule, shortName),
                "Compare" => ReadCompare(rule, sectionType, property),

                // [DataType(…)] describes a value for UI scaffolding; its IsValid accepts every value.
                "DataType" => null,
                _ => ReadCustom(rule, shortName),
            };

            ReportOrAdd(rule, spec, shortName, memberName, memberLocation, ref validations);
        }

        return validations is null ? EquatableArray<ValidationSpec>.Empty : validations.ToEquatableArray();
    }

    private static ValidationSpec? ReadRange(RuleContext rule)
    {
        var arguments = rule.Attribute.ConstructorArguments;
        var memberUnderlying = TypeClassifier.Underlying(rule.MemberType);
        var memberKind = rule.Type.Kind == MemberTypeKind.Scalar ? rule.Type.Scalar : ScalarKind.None;
        string min, max, minText, maxText;
        IComparable? minValue, maxValue;

        if (arguments.Length == 2)
        {
            if (!TypeClassifier.IsNumeric(memberKind))
            {
                return rule.Fail("numeric bounds need a numeric member, but the member is '" + rule.Type.DisplayName + "'; use [Range(typeof(T), \"min\", \"max\")] for other types");
            }

            if (arguments[0].Value is int intMin && arguments[1].Value is int intMax)
            {
                (min, max, minValue, maxValue) = (intMin.ToString(CultureInfo.InvariantCulture), intMax.ToString(CultureInfo.InvariantCulture), intMin, intMax);
                (minText, maxText) = (min, max);
            }
            else if (arguments[0].Value is double doubleMin && arguments[1].Value is double doubleMax)
            {
                (min, max, minValue, maxValue) = (ValueFormatter.DoubleLiteral(doubleMin), ValueFormatter.DoubleLiteral(doubleMax), doubleMin, doubleMax);
                minText = doubleMin.ToString("R", CultureInfo.InvariantCulture);
                maxText = doubleMax.ToString("R", CultureInfo.InvariantCulture);
            }
            else
            {
                return null;
            }
        }
        else if (arguments.Length == 3 && arguments[0].Value is ITypeSymbol operandType)
        {
            if (arguments[1].Value is not string minString || arguments[2].Value is not string maxString)
            {
                return rule.Fail("the minimum and maximum must not be null");
            }

            if (!SymbolEqualityComparer.Default.Equals(operandType, memberUnderlying) || memberKind == ScalarKind.None)
            {
                return rule.Fail("the range type '" + TypeName(operandType) + "' does not match the member type '" + rule.Type.DisplayName + "'");
            }

            (minText, maxText) = (minString, maxString);
            var minOperand = RangeOperand(memberKind, operandType, minString);
            var maxOperand = RangeOperand(memberKind, operandType, maxString);
            if ((minOperand.Problem ?? maxOperand.Problem) is { } problem)
            {
                return rule.Fail(problem);
            }

            (min, max, minValue, maxValue) = (minOperand.Expression!, maxOperand.Expression!, minOperand.Value, maxOperand.Value);
        }
        else
        {
            return null;
        }

        if (minValue is not null && maxValue is not null && minValue.CompareTo(maxValue) > 0)
        {
            return rule.Fail("the minimum " + minText + " is greater than the maximum " + maxText);
        }

        return Spec(
            rule,
            ValidationKind.Range,
            new RangeRule(min, max, NamedBool(rule.Attribute, "MinimumIsExclusive"), NamedBool(rule.Attribute, "MaximumIsExclusive"), minText, maxText));
    }

    /// <summary>A bound of <c>[Range(typeof(T), "…", "…")]</c> as an expression of <c>T</c>, checked where the generator can parse it.</summary>
    private static (string? Expression, IComparable? Value, string? Problem) RangeOperand(ScalarKind kind, ITypeSymbol type, string text)
    {
        var fullName = SymbolNames.NonNullableFullName(type);
        var invalid = "'" + text + "' is not a valid " + TypeName(type) + " in the invariant culture";
        var parse = fullName + ".Parse(" + SymbolDisplay.FormatLiteral(text, quote: true) + ", " + InvariantCulture + ")";
        var culture = CultureInfo.InvariantCulture;
        switch (kind)
        {
            case ScalarKind.TimeSpan:
                return TimeSpan.TryParse(text, culture, out var timeSpan) ? (parse, timeSpan, null) : (null, null, invalid);
            case ScalarKind.DateTime:
                return DateTime.TryParse(text, culture, DateTimeStyles.None, out var dateTime) ? (parse, dateTime, null) : (null, null, invalid);
            case ScalarKind.DateTimeOffset:
                return DateTimeOffset.TryParse(text, culture, DateTimeStyles.None, out var offset) ? (parse, offset, null) : (null, null, invalid);
            case ScalarKind.DateOnly or ScalarKind.TimeOnly or ScalarKind.Int128 or ScalarKind.UInt128:
                // Not available to a netstandard2.0 generator: the runtime parses (and would throw on) a bad bound.
                return (parse, null, null);
            case ScalarKind.Decimal:
                return decimal.TryParse(text, NumberStyles.Number, culture, out var number) ? (ValueFormatter.ToExpression(number, type), number, null) : (null, null, invalid);
            case ScalarKind.Single or ScalarKind.Double:
                if (!double.TryParse(text, NumberStyles.Float, culture, out var real))
                {
                    return (null, null, invalid);
                }

                return kind == ScalarKind.Single
                    ? (ValueFormatter.FloatLiteral((float)real), real, null)
                    : (ValueFormatter.DoubleLiteral(real), real, null);
            case ScalarKind.Byte or ScalarKind.SByte or ScalarKind.Int16 or ScalarKind.UInt16 or ScalarKind.Int32 or ScalarKind.Int64:
                if (!long.TryParse(text, NumberStyles.Integer, culture, out var signed) || !FitsIn(kind, signed))
                {
                    return (null, null, invalid);
                }

                return (ValueFormatter.ToExpression(ConvertInteger(kind, signed), type), signed, null);
            case ScalarKind.UInt32 or ScalarKind.UInt64:
                if (!ulong.TryParse(text, NumberStyles.Integer, culture, out var unsigned) || (kind == ScalarKind.UInt32 && unsigned > uint.MaxValue))
                {
                    return (null, null, invalid);
                }

                return (ValueFormatter.ToExpression(kind == ScalarKind.UInt32 ? (object)(uint)unsigned : unsigned, type), unsigned, null);
            default:
                return (null, null, "[Range] cannot compare values of type '" + TypeName(type) + "'");
        }
    }

    private static bool FitsIn(ScalarKind kind, long value) => kind switch
    {
        ScalarKind.Byte => value is >= byte.MinValue and <= byte.MaxValue,
        ScalarKind.SByte => value is >= sbyte.MinValue and <= sbyte.MaxValue,
        ScalarKind.Int16 => value is >= short.MinValue and <= short.MaxValue,
        ScalarKind.UInt16 => value is >= ushort.MinValue and <= ushort.MaxValue,
        ScalarKind.Int32 => value is >= int.MinValue and <= int.MaxValue,
        _ => true,
    };

    private static object ConvertInteger(ScalarKind kind, long value) => kind switch
    {
        // Boxed one by one: a switch over the numeric types would widen every arm to long.
        ScalarKind.Byte => (object)(byte)value,
        ScalarKind.SByte => (object)(sbyte)value,
        ScalarKind.Int16 => (object)(short)value,
        ScalarKind.UInt16 => (object)(ushort)value,
        ScalarKind.Int32 => (object)(int)value,
        _ => (object)value,
    };

    private static ValidationSpec? ReadRegularExpression(RuleContext rule)
    {
        if (rule.Type is not { Kind: MemberTypeKind.Scalar, Scalar: ScalarKind.String })
        {
            return rule.Fail("a pattern applies to string members, but the member is '" + rule.Type.DisplayName + "'");
        }

        if (rule.Attribute.ConstructorArguments.Length != 1 || rule.Attribute.ConstructorArguments[0].Value is not string pattern)
        {
            return rule.Fail("the pattern must not be null");
        }

        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException exception)
        {
            return rule.Fail("the pattern is not a valid regular expression (" + exception.Message + ")");
        }

        // RegularExpressionAttribute matches with a 2,000 ms timeout unless told otherwise; so do we.
        var timeout = NamedInt(rule.Attribute, "MatchTimeoutInMilliseconds") ?? 2000;
        return Spec(rule, ValidationKind.RegularExpression, new PatternRule(pattern, timeout));
    }

    private static ValidationSpec? ReadLength(RuleContext rule, ValidationKind kind)
    {
        var isString = rule.Type is { Kind: MemberTypeKind.Scalar, Scalar: ScalarKind.String };
        var isCollection = rule.Type.Kind is not (MemberTypeKind.Scalar or MemberTypeKind.Section);
        if (kind == ValidationKind.StringLength ? !isString : !(isString || isCollection))
        {
            return rule.Fail(
                (kind == ValidationKind.StringLength ? "it applies to string members" : "it applies to string and collection members")
                + ", but the member is '" + rule.Type.DisplayName + "'");
        }

        var arguments = rule.Attribute.ConstructorArguments;
        switch (kind)
        {
            case ValidationKind.MinLength when arguments.Length == 1 && arguments[0].Value is int length:
                return length < 0 ? rule.Fail("the length must not be negative") : Spec(rule, kind, new LengthRule(length, null));

            case ValidationKind.MaxLength:
                if (arguments.Length == 0 || arguments[0].Value is -1)
                {
                    // [MaxLength] without a length means "as long as allowed": nothing to check.
                    return null;
                }

                return arguments[0].Value is int maxLength && maxLength > 0
                    ? Spec(rule, kind, new LengthRule(null, maxLength))
                    : rule.Fail("the length must be greater than zero (or -1 for no limit)");

            case ValidationKind.Length when arguments.Length == 2 && arguments[0].Value is int min && arguments[1].Value is int max:
                if (min < 0 || max < min)
                {
                    return rule.Fail("the minimum must not be negative and the maximum must not be less than the minimum");
                }

                return Spec(rule, kind, new LengthRule(min, max));

            case ValidationKind.StringLength when arguments.Length == 1 && arguments[0].Value is int maximum:
                var minimum = NamedInt(rule.Attribute, "MinimumLength") ?? 0;
                if (maximum < 0 || minimum < 0 || minimum > maximum)
                {
                    return rule.Fail("the maximum must not be negative and the minimum length must be between 0 and the maximum");
                }

                return Spec(rule, kind, new LengthRule(minimum, maximum));

            default:
                return null;
        }
    }

    private static ValidationSpec? ReadValues(RuleContext rule, ValidationKind kind)
    {
        if (rule.Type.Kind != MemberTypeKind.Scalar)
        {
            return rule.Fail("it compares single values, but the member is '" + rule.Type.DisplayName + "'");
        }

        if (rule.Attribute.ConstructorArguments.Length != 1 || rule.Attribute.ConstructorArguments[0] is not { Kind: TypedConstantKind.Array } list || list.IsNull)
        {
            return rule.Fail("the list of values must not be null");
        }

        var memberUnderlying = TypeClassifier.Underlying(rule.MemberType);
        var admitsNull = rule.Type.IsNullable || !rule.Type.IsValueType;
        var values = new string[list.Values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var value = list.Values[i];
            if (value.IsNull)
            {
                if (!admitsNull)
                {
                    return rule.Fail("null can never equal a '" + rule.Type.DisplayName + "' value");
                }

                values[i] = "null";
                continue;
            }

            if (value.Kind == TypedConstantKind.Array || !SymbolEqualityComparer.Default.Equals(value.Type, memberUnderlying))
            {
                return rule.Fail(
                    "the value " + value.ToCSharpString() + " is of type '" + (value.Type is null ? "?" : TypeName(value.Type))
                    + "', not '" + TypeName(memberUnderlying) + "', so it can never equal the member's value");
            }

            var expression = memberUnderlying.TypeKind == TypeKind.Enum
                ? ValueFormatter.EnumMemberOrCast(memberUnderlying, value.Value!)
                : ValueFormatter.ToExpression(value.Value, memberUnderlying);
            if (expression is null)
            {
                return rule.Fail("the value " + value.ToCSharpString() + " cannot be compared");
            }

            values[i] = expression;
        }

        return Spec(rule, kind, new ValueListRule(values.ToEquatableArray()));
    }

    private static ValidationSpec Spec(RuleContext rule, ValidationKind kind, ValidationRule arguments)
        => new(kind, arguments, NamedString(rule.Attribute, "ErrorMessage"));

    private static bool HasErrors(AttributeData attribute)
    {
        foreach (var argument in attribute.ConstructorArguments)
        {
            if (argument.Kind == TypedConstantKind.Error)
            {
                return true;
            }
        }

        return attribute.AttributeConstructor is null;
    }

    private static bool NamedBool(AttributeData attribute, string name) => Named(attribute, name) is true;

    private static int? NamedInt(AttributeData attribute, string name) => Named(attribute, name) as int?;

    private static string? NamedString(AttributeData attribute, string name) => Named(attribute, name) as string;

    private static object? Named(AttributeData attribute, string name)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name)
            {
                return argument.Value.Value;
            }
        }

        return null;
    }

    /// <summary>One validation attribute being read, and the problem found with it, if any.</summary>
    private sealed class RuleContext
    {
        public RuleContext(AttributeData attribute, ITypeSymbol memberType, TypeSpec type)
        {
            Attribute = attribute;
            MemberType = memberType;
            Type = type;
        }

        public AttributeData Attribute { get; }

        public ITypeSymbol MemberType { get; }

        public TypeSpec Type { get; }

        public string? Problem { get; private set; }

        /// <summary>Why generated code cannot check the rule although the attribute itself is valid (reported as a warning).</summary>
        public string? Unenforceable { get; private set; }

        public ValidationSpec? Fail(string problem)
        {
            Problem = problem;
            return null;
        }

        public ValidationSpec? CannotEnforce(string reason)
        {
            Unenforceable = reason;
            return null;
        }
    }
}
