using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Veltrix.Generators.Diagnostics;
using Veltrix.Generators.Models;

namespace Veltrix.Generators.Parsing;

internal sealed partial class SchemaParser
{
    /// <summary>Reports a rule's problem (VLX0006, on the attribute) or keeps its spec.</summary>
    private void ReportOrAdd(RuleContext rule, ValidationSpec? spec, string shortName, string memberName, LocationInfo? memberLocation, ref List<ValidationSpec>? validations)
    {
        if (rule.Problem is { } problem)
        {
            var location = LocationInfo.From(rule.Attribute.ApplicationSyntaxReference?.GetSyntax(_cancellationToken)) ?? memberLocation;
            Report(DiagnosticIds.InvalidAttributeArgument, location, shortName, memberName, problem);
        }
        else if (rule.Unenforceable is { } reason)
        {
            var location = LocationInfo.From(rule.Attribute.ApplicationSyntaxReference?.GetSyntax(_cancellationToken)) ?? memberLocation;
            Report(DiagnosticIds.UnenforceableValidationAttribute, location, shortName, memberName, reason);
        }
        else if (spec is not null)
        {
            (validations ??= []).Add(spec);
        }
    }

    /// <summary>
    /// <c>[AtMost(nameof(Other))]</c> / <c>[AtLeast(nameof(Other))]</c>: the other member must be a property of the
    /// same section whose type compares with this one (numbers with numbers that C# compares without a cast, or the
    /// same date, time or duration type).
    /// </summary>
    private static ValidationSpec? ReadRelation(RuleContext rule, INamedTypeSymbol sectionType, IPropertySymbol property)
    {
        var isAtMost = rule.Attribute.AttributeClass!.Name == "AtMostAttribute";
        if (rule.Attribute.ConstructorArguments.Length != 1 || rule.Attribute.ConstructorArguments[0].Value is not string otherName || otherName.Length == 0)
        {
            return rule.Fail("the other member's name must not be null or empty; write nameof(Other)");
        }

        if (string.Equals(otherName, property.Name, StringComparison.Ordinal))
        {
            return rule.Fail("a member cannot be compared with itself");
        }

        var other = FindInstanceProperty(sectionType, otherName);
        if (other is null)
        {
            return rule.Fail("'" + otherName + "' is not a property of '" + sectionType.Name + "'");
        }

        var mine = rule.Type.Kind == MemberTypeKind.Scalar ? rule.Type.Scalar : ScalarKind.None;
        var theirs = TypeClassifier.Classify(other.Type).Spec is { Kind: MemberTypeKind.Scalar } spec ? spec.Scalar : ScalarKind.None;
        if (!AreComparable(mine, theirs))
        {
            return rule.Fail(
                "'" + property.Name + "' is '" + rule.Type.DisplayName + "' and '" + otherName + "' is '" + TypeName(other.Type)
                + "': only numbers that compare without a cast, or two values of the same date, time or duration type, can be compared");
        }

        return new ValidationSpec(ValidationKind.Relation, new RelationRule(isAtMost, otherName), null);
    }

    private static IPropertySymbol? FindInstanceProperty(INamedTypeSymbol type, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers(name))
            {
                if (member is IPropertySymbol { IsStatic: false, IsIndexer: false } found)
                {
                    return found;
                }
            }
        }

        return null;
    }

    /// <summary>Whether generated code can write <c>a &lt;= b</c> for these kinds without a cast or an ambiguity.</summary>
    private static bool AreComparable(ScalarKind left, ScalarKind right)
    {
        if (left == right)
        {
            return left is >= ScalarKind.Byte and <= ScalarKind.Decimal
                or ScalarKind.TimeSpan or ScalarKind.DateTime or ScalarKind.DateTimeOffset or ScalarKind.DateOnly or ScalarKind.TimeOnly;
        }

        // C# promotes any two of these to long or double implicitly; ulong, 128-bit and decimal mix with nothing else.
        return IsPromotable(left) && IsPromotable(right);

        static bool IsPromotable(ScalarKind kind) => kind is (>= ScalarKind.Byte and <= ScalarKind.Int64) or ScalarKind.Single or ScalarKind.Double;
    }
}
