using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Veltrix.Analyzers.Rules;

namespace Veltrix.Analyzers.Settings;

/// <summary>
/// The analysis of one type as a section: started for every named type, it registers nothing (and costs one scan of
/// the members' attributes) unless a member carries a role or relation attribute. Property initializers arrive as
/// operations; at the end of the type, the rules run over all members at once.
/// </summary>
internal sealed class SectionAnalysis
{
    private readonly INamedTypeSymbol _type;
    private readonly List<SectionMember> _members;
    private readonly ThresholdCache _thresholds;

    private SectionAnalysis(INamedTypeSymbol type, List<SectionMember> members, ThresholdCache thresholds)
    {
        _type = type;
        _members = members;
        _thresholds = thresholds;
    }

    /// <summary>Starts the analysis of <paramref name="context"/>'s type when it has checked members.</summary>
    /// <param name="context">The symbol-start context of a named type.</param>
    /// <param name="symbols">The compilation's setting symbols.</param>
    /// <param name="thresholds">The compilation's thresholds per tree.</param>
    public static void Start(SymbolStartAnalysisContext context, SettingSymbols symbols, ThresholdCache thresholds)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct))
        {
            return;
        }

        var members = CollectMembers(type, symbols, context.CancellationToken);
        if (members is null)
        {
            return;
        }

        var analysis = new SectionAnalysis(type, members, thresholds);
        context.RegisterOperationAction(analysis.OnPropertyInitializer, OperationKind.PropertyInitializer);
        context.RegisterSymbolEndAction(analysis.OnSymbolEnd);
    }

    private static List<SectionMember>? CollectMembers(INamedTypeSymbol type, SettingSymbols symbols, System.Threading.CancellationToken cancellationToken)
    {
        List<SectionMember>? members = null;
        var constructor = BindingConstructor(type, cancellationToken);
        if (constructor is not null)
        {
            foreach (var parameter in constructor.Parameters)
            {
                var property = FindProperty(type, parameter.Name);
                var propertyAttributes = property?.GetAttributes() ?? default;
                var parameterAttributes = parameter.GetAttributes();
                if (!symbols.HasSettingAttribute(parameterAttributes) && (propertyAttributes.IsDefault || !symbols.HasSettingAttribute(propertyAttributes)))
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
            if (!symbols.HasSettingAttribute(attributes))
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

    private void OnPropertyInitializer(OperationAnalysisContext context)
    {
        var initializer = (IPropertyInitializerOperation)context.Operation;
        foreach (var property in initializer.InitializedProperties)
        {
            foreach (var member in _members)
            {
                if (!SymbolEqualityComparer.Default.Equals(member.Symbol, property) || member.Declaration.Unit == SettingKind.Unknown)
                {
                    continue;
                }

                var kind = SettingValueReader.Read(initializer.Value, member.Declaration.Unit, out var value);
                lock (member)
                {
                    member.Kind = kind;
                    member.Value = value;
                    member.ValueLocation = initializer.Value.Syntax.GetLocation();
                }
            }
        }
    }

    private void OnSymbolEnd(SymbolAnalysisContext context)
    {
        var values = new SettingValue[_members.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var member = _members[i];
            lock (member)
            {
                values[i] = member.Declaration.ToValue(member.Kind, member.Value);
            }
        }

        var tree = _members[0].MemberLocation.SourceTree;
        var thresholds = tree is null ? RuleThresholds.Default : _thresholds.Get(tree);
        var violations = new List<RuleViolation>();
        SettingRules.Check(_type.Name, values, thresholds, violations);
        foreach (var violation in violations)
        {
            var member = _members[violation.MemberIndex];
            var location = violation.AtMember || member.ValueLocation is null ? member.MemberLocation : member.ValueLocation;
            var properties = violation.SuggestedValue is { } suggested && !violation.AtMember && member.ValueLocation is not null
                ? ImmutableDictionary<string, string?>.Empty
                    .Add(SettingValuesAnalyzer.SuggestedValueProperty, suggested.ToString(CultureInfo.InvariantCulture))
                    .Add(SettingValuesAnalyzer.UnitProperty, member.Declaration.Unit.ToString())
                : ImmutableDictionary<string, string?>.Empty;
            context.ReportDiagnostic(Diagnostic.Create(violation.Descriptor, location, properties, violation.MessageArguments));
        }
    }

    /// <summary>The primary constructor, else the only public instance constructor with parameters (as the generator binds).</summary>
    private static IMethodSymbol? BindingConstructor(INamedTypeSymbol type, System.Threading.CancellationToken cancellationToken)
    {
        IMethodSymbol? single = null;
        var count = 0;
        foreach (var constructor in type.InstanceConstructors)
        {
            if (constructor.Parameters.IsEmpty || constructor.IsImplicitlyDeclared)
            {
                continue;
            }

            foreach (var reference in constructor.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax)
                {
                    return constructor;
                }
            }

            if (constructor.DeclaredAccessibility == Accessibility.Public)
            {
                single = constructor;
                count++;
            }
        }

        return count == 1 ? single : null;
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
