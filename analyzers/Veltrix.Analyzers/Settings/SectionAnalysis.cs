using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Veltrix.Analyzers.ConfigSchema;
using Veltrix.Analyzers.Rules;
using Veltrix.Generators.Parsing;

namespace Veltrix.Analyzers.Settings;

/// <summary>
/// The analysis of one type as a section, run from a syntax action on its (first) declaration: most types cost one
/// scan of their members' attributes and nothing more. A section's property initializers are read through the
/// declaration's semantic model — constants without building an operation tree — and the rules run over all members
/// at once. A symbol-start action with operation or syntax actions did the same work at a clearly higher cost (the
/// driver then builds operation trees and tracks every member of the type to know when it ends): 7.2 s and 272 MB
/// against 5.2 s and 202 MB over 1,000 sections, docs/benchmarks.md, "Analyzer cost".
/// </summary>
/// <remarks>
/// The initializers of a partial section's members declared in another file than its first declaration are not read
/// (their values count as unknown, so no rule fires on them): reading them would need a second semantic model.
/// </remarks>
internal static class SectionAnalysis
{
    /// <summary>Analyzes the type declared by <paramref name="context"/>'s node when it has checked members.</summary>
    /// <param name="context">The syntax context of a class, struct or record declaration.</param>
    /// <param name="symbols">The compilation's setting symbols.</param>
    /// <param name="thresholds">The compilation's thresholds per tree.</param>
    /// <param name="model">The compilation's schemas, asked which sections are secret.</param>
    public static void Analyze(SyntaxNodeAnalysisContext context, SettingSymbols symbols, ThresholdCache thresholds, SchemaModel model)
    {
        if (context.SemanticModel.GetDeclaredSymbol(context.Node, context.CancellationToken) is not INamedTypeSymbol type
            || type.TypeKind is not (TypeKind.Class or TypeKind.Struct))
        {
            return;
        }

        // A partial type is analyzed once, at its first declaration.
        if (type.DeclaringSyntaxReferences.Length > 1
            && (type.DeclaringSyntaxReferences[0].SyntaxTree != context.Node.SyntaxTree || type.DeclaringSyntaxReferences[0].Span != context.Node.Span))
        {
            return;
        }

        // Most types of a project are not sections: decide from attributes alone before looking at any syntax.
        if (!HasCheckedMember(type, symbols))
        {
            return;
        }

        var members = CollectMembers(type, context.SemanticModel.Compilation, symbols, context.CancellationToken);
        if (members is null)
        {
            return;
        }

        foreach (var member in members)
        {
            ReadInitializer(context, member);
        }

        Report(context, type, members, thresholds.Get(context.Node.SyntaxTree), model);
    }

    private static bool HasCheckedMember(INamedTypeSymbol type, SettingSymbols symbols)
    {
        foreach (var member in type.GetMembers())
        {
            switch (member)
            {
                case IPropertySymbol { IsStatic: false } property when symbols.HasSettingAttribute(property.GetAttributes()):
                    return true;
                case IMethodSymbol { MethodKind: MethodKind.Constructor, IsStatic: false } constructor:
                    foreach (var parameter in constructor.Parameters)
                    {
                        if (symbols.HasSettingAttribute(parameter.GetAttributes()))
                        {
                            return true;
                        }
                    }

                    break;
            }
        }

        return false;
    }

    private static List<SectionMember>? CollectMembers(INamedTypeSymbol type, Compilation compilation, SettingSymbols symbols, System.Threading.CancellationToken cancellationToken)
    {
        List<SectionMember>? members = null;
        var constructor = SchemaParser.BindingConstructor(compilation, type, cancellationToken);
        if (constructor is not null)
        {
            foreach (var parameter in constructor.Parameters)
            {
                var property = FindProperty(type, parameter.Name);
                var propertyAttributes = property?.GetAttributes() ?? default;
                var parameterAttributes = parameter.GetAttributes();
                if (!symbols.HasSettingAttribute(parameterAttributes) && (propertyAttributes.IsDefault || !symbols.HasSettingAttribute(propertyAttributes))
                    && !NamedPairs.IsPairMember(property?.Name ?? parameter.Name, type))
                {
                    continue;
                }

                var declaration = symbols.Describe(property?.Name ?? parameter.Name, parameter.Type, parameterAttributes, propertyAttributes);
                var member = new SectionMember(property ?? (ISymbol)parameter, declaration, parameter.Locations[0]) { Kind = SettingKind.Unknown };
                if (parameter.HasExplicitDefaultValue && declaration.Unit != SettingKind.Unknown)
                {
                    // default(TimeSpan) and default(int) come back as null; for a non-nullable value type that is zero.
                    long value = 0;
                    member.Kind = parameter.ExplicitDefaultValue is null && !declaration.IsNullable
                        ? declaration.Unit
                        : SettingValueReader.FromConstant(parameter.ExplicitDefaultValue, declaration.Unit, out value);
                    member.Value = value;
                    member.ValueLocation = DefaultValueLocation(parameter, cancellationToken);
                }

                (members ??= []).Add(member);
            }
        }

        foreach (var candidate in type.GetMembers())
        {
            if (candidate is not IPropertySymbol { IsStatic: false, IsIndexer: false } property || IsBoundByConstructor(property, constructor))
            {
                continue;
            }

            var attributes = property.GetAttributes();
            if (!symbols.HasSettingAttribute(attributes) && !NamedPairs.IsPairMember(property.Name, type))
            {
                continue;
            }

            var declaration = symbols.Describe(property.Name, property.Type, attributes, default);
            var member = new SectionMember(property, declaration, property.Locations[0])
            {
                // Without an initializer a nullable member is null ("no bound"); any other is left to the sources.
                Kind = declaration.Unit == SettingKind.Unknown ? SettingKind.Unknown : declaration.IsNullable ? SettingKind.Null : SettingKind.Unknown,
            };
            ReadDefaultValueAttribute(member, attributes, symbols, cancellationToken);
            (members ??= []).Add(member);
        }

        return members;
    }

    private static void ReadInitializer(SyntaxNodeAnalysisContext context, SectionMember member)
    {
        if (member.Symbol is not IPropertySymbol property || member.Declaration.Unit == SettingKind.Unknown)
        {
            return;
        }

        foreach (var reference in property.DeclaringSyntaxReferences)
        {
            if (reference.SyntaxTree != context.Node.SyntaxTree
                || reference.GetSyntax(context.CancellationToken) is not PropertyDeclarationSyntax { Initializer.Value: { } initializer })
            {
                continue;
            }

            // Constants (the common case) are read without building an operation tree, and a number written as a
            // literal (= 10_000, = 30L) without binding its initializer at all: its token holds the value the compiler
            // gives the expression.
            var model = context.SemanticModel;
            var constant = initializer is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression } literal
                ? new Optional<object?>(literal.Token.Value)
                : model.GetConstantValue(initializer, context.CancellationToken);
            member.Kind = constant.HasValue
                ? SettingValueReader.FromConstant(constant.Value, member.Declaration.Unit, out var value)
                : SettingValueReader.Read(model.GetOperation(initializer, context.CancellationToken), member.Declaration.Unit, out value);
            member.Value = value;
            member.ValueLocation = initializer.GetLocation();
        }
    }

    private static void Report(SyntaxNodeAnalysisContext context, INamedTypeSymbol type, List<SectionMember> members, RuleThresholds thresholds, SchemaModel model)
    {
        var values = new SettingValue[members.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = members[i].Declaration.ToValue(members[i].Kind, members[i].Value);
        }

        var violations = new List<RuleViolation>();
        SettingRules.Check(type.Name, values, thresholds, violations);

        // Every value of a section reached through a [Secret] member is secret. Asked only once a rule is broken, since
        // it needs the compilation's schemas; the rules are then run again so that their messages show no value.
        if (violations.Count > 0 && !AllSecret(values) && model.IsSecretSection(type))
        {
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = members[i].Declaration.AsSecret().ToValue(members[i].Kind, members[i].Value);
            }

            violations.Clear();
            SettingRules.Check(type.Name, values, thresholds, violations);
        }
        foreach (var violation in violations)
        {
            var member = members[violation.MemberIndex];
            // A value left implicit (a nullable member without an initializer) is reported on the member: its fix adds one.
            var location = member.ValueLocation ?? member.MemberLocation;
            var properties = violation.SuggestedValue is { } suggested
                ? ImmutableDictionary<string, string?>.Empty
                    .Add(SettingValuesAnalyzer.SuggestedValueProperty, suggested.ToString(CultureInfo.InvariantCulture))
                    .Add(SettingValuesAnalyzer.UnitProperty, member.Declaration.Unit.ToString())
                : ImmutableDictionary<string, string?>.Empty;
            if (violation.SuggestedAtMost is { } atMost)
            {
                properties = properties.Add(SettingValuesAnalyzer.AtMostProperty, atMost);
            }

            context.ReportDiagnostic(Diagnostic.Create(violation.Descriptor, location, properties, violation.MessageArguments));
        }
    }

    private static bool AllSecret(SettingValue[] values)
    {
        foreach (var value in values)
        {
            if (!value.IsSecret)
            {
                return false;
            }
        }

        return true;
    }

    private static IPropertySymbol? FindProperty(INamedTypeSymbol type, string parameterName)
    {
        foreach (var member in type.GetMembers())
        {
            if (member is IPropertySymbol { IsStatic: false } property && string.Equals(property.Name, parameterName, StringComparison.OrdinalIgnoreCase))
            {
                return property;
            }
        }

        return null;
    }

    private static bool IsBoundByConstructor(IPropertySymbol property, IMethodSymbol? constructor)
    {
        if (constructor is null)
        {
            return false;
        }

        foreach (var parameter in constructor.Parameters)
        {
            if (string.Equals(parameter.Name, property.Name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static Location? DefaultValueLocation(IParameterSymbol parameter, System.Threading.CancellationToken cancellationToken)
    {
        foreach (var reference in parameter.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is ParameterSyntax { Default.Value: { } value })
            {
                return value.GetLocation();
            }
        }

        return null;
    }

    /// <summary>Reads <c>[DefaultValue(…)]</c>, the value written as an attribute argument.</summary>
    private static void ReadDefaultValueAttribute(SectionMember member, ImmutableArray<AttributeData> attributes, SettingSymbols symbols, System.Threading.CancellationToken cancellationToken)
    {
        if (symbols.DefaultValueAttribute is null || member.Declaration.Unit == SettingKind.Unknown)
        {
            return;
        }

        foreach (var attribute in attributes)
        {
            if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, symbols.DefaultValueAttribute) || attribute.ConstructorArguments.IsEmpty)
            {
                continue;
            }

            // [DefaultValue(5)] or [DefaultValue(typeof(TimeSpan), "00:00:30")]: the value is the last argument.
            var arguments = attribute.ConstructorArguments;
            member.Kind = SettingValueReader.FromConstant(arguments[arguments.Length - 1].Value, member.Declaration.Unit, out var value);
            member.Value = value;
            if (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is AttributeSyntax { ArgumentList.Arguments: { Count: > 0 } written })
            {
                member.ValueLocation = written[written.Count - 1].Expression.GetLocation();
            }

            return;
        }
    }
}
