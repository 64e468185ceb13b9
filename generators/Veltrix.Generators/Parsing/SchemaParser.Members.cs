using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Veltrix.Generators.Diagnostics;
using Veltrix.Generators.Models;

namespace Veltrix.Generators.Parsing;

internal sealed partial class SchemaParser
{
    private const string VeltrixNamespace = "Veltrix";
    private const string DataAnnotations = "System.ComponentModel.DataAnnotations";

    /// <summary>
    /// Parses one bindable member. Returns null when the member is left out (reported); when the section cannot
    /// do without it (<c>required</c>, or a constructor parameter without default) the section is marked failed.
    /// </summary>
    private MemberSpec? ParseMember(SectionContext section, IPropertySymbol property, IParameterSymbol? parameter, IMethodSymbol? constructor)
    {
        var attributes = Attributes(property, parameter);
        var location = LocationOf(property) ?? (parameter is null ? null : LocationOf(parameter)) ?? LocationOf(section.Type);
        var memberName = section.Name + "." + property.Name;
        var needed = property.IsRequired || parameter is { HasExplicitDefaultValue: false };

        var key = ReadKey(attributes, property.Name, memberName, location);
        if (key is null)
        {
            section.Omit(property, KeyOf(property), OmissionReason.KeyConflict);
            return Omit(section, property, location, needed, "its key is invalid");
        }

        if (section.Keys.TryGetValue(key, out var firstMember))
        {
            Report(DiagnosticIds.DuplicateKey, location, firstMember, memberName, key);
            section.Omit(property, key, OmissionReason.KeyConflict);
            return Omit(section, property, location, needed, "its key is already bound by '" + firstMember + "'");
        }

        section.Keys.Add(key, memberName);

        var memberType = MemberType(property, parameter);
        var classification = TypeClassifier.Classify(memberType);
        if (classification.HasErrorType)
        {
            // The compiler reports the unknown type; generating around it would only add noise.
            return null;
        }

        if ((classification.Spec is null || memberType is INamedTypeSymbol { TypeKind: TypeKind.Class, IsAbstract: true })
            && parameter is null
            && ConcreteInitializerSection(property, memberType) is { } concrete)
        {
            classification = concrete;
        }

        if (classification.Spec is not { } type)
        {
            Report(DiagnosticIds.UnsupportedMemberType, location, memberName, TypeName(memberType), classification.UnsupportedReason!);
            section.Omit(property, key, OmissionReason.UnsupportedType);
            return Omit(section, property, location, needed, "its type is not supported");
        }

        if (classification.SectionType is { } sectionType && !ReachSection(sectionType, memberName, location))
        {
            return null;
        }

        var isSecret = false;
        var hasRequiredAttribute = false;
        var replacesList = false;
        var role = RoleKind.None;
        foreach (var attribute in attributes)
        {
            if (SymbolNames.IsAttribute(attribute, VeltrixNamespace, "SecretAttribute"))
            {
                isSecret = true;
            }
            else if (SymbolNames.IsAttribute(attribute, DataAnnotations, "RequiredAttribute"))
            {
                hasRequiredAttribute = true;
            }
            else if (SymbolNames.IsAttribute(attribute, VeltrixNamespace, "ListMergeAttribute"))
            {
                replacesList = attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is 1;
            }
            else if (role == RoleKind.None)
            {
                role = ReadRole(attribute);
            }
        }

        var validations = ReadValidations(attributes, section.Type, property, memberName, memberType, type, location);

        string? defaultText = null;
        string? defaultExpression = null;
        var hasInitializer = false;
        if (parameter is not null)
        {
            if (parameter.HasExplicitDefaultValue)
            {
                defaultText = DefaultValueReader.ReadParameterDefault(parameter, type);
                defaultExpression = ValueFormatter.ToExpression(parameter.ExplicitDefaultValue, parameter.Type);
            }
        }
        else if (FindInitializer(property) is { } initializer)
        {
            hasInitializer = true;
            // An initializer's value needs a semantic model of its tree; no analyzer reads it, so analysis skips it.
            defaultText = (ForAnalysis ? null : DefaultValueReader.ReadInitializer(initializer, ModelFor(initializer.SyntaxTree), memberType, type, _cancellationToken))
                ?? DefaultValueReader.ReadDefaultValueAttribute(attributes, memberType, type);
        }

        return new MemberSpec(
            property.Name,
            key,
            type,
            parameter is not null ? MemberAssignment.ConstructorParameter
                : property.SetMethod is null ? MemberAssignment.FillExisting
                : MemberAssignment.Property,
            parameter?.Name,
            isSecret,
            role,
            hasRequiredAttribute || needed,
            property.IsRequired,
            hasInitializer,
            isSecret ? null : defaultText,
            defaultExpression,
            validations,
            ForAnalysis ? null : ReadDescription(section.Type, property, parameter, constructor),
            replacesList && type.Kind >= MemberTypeKind.Array && type.Kind is not (MemberTypeKind.Dictionary or MemberTypeKind.IReadOnlyDictionary));
    }

    /// <summary>Reports that a member the section needs was left out; the section then cannot be built.</summary>
    private MemberSpec? Omit(SectionContext section, IPropertySymbol property, LocationInfo? location, bool needed, string why)
    {
        if (needed)
        {
            NotConstructible(
                section.Type,
                location,
                (property.IsRequired ? "required member '" : "constructor parameter '") + property.Name + "' cannot be bound because " + why);
            section.Failed = true;
        }

        return null;
    }

    /// <summary>
    /// Parses a section type reached through a member (once per root), or reports the cycle the member closes.
    /// Returns false when the member must be left out.
    /// </summary>
    private bool ReachSection(INamedTypeSymbol sectionType, string memberName, LocationInfo? location)
    {
        if (_inProgress.Contains(sectionType))
        {
            Report(DiagnosticIds.RecursiveSection, location, TypeName(sectionType), memberName);
            _failed = true;
            return false;
        }

        if (!_sections.ContainsKey(sectionType))
        {
            // Reserve the slot before the members so that Sections lists types in the order they are first reached.
            _sectionOrder.Add(sectionType);
            _sections[sectionType] = null;
            _sections[sectionType] = ParseSection(sectionType, location);
        }

        return true;
    }

    /// <summary>
    /// The type to bind: the property's, or for a constructor parameter the parameter's when only the nullable
    /// annotation differs and the parameter is the one that admits null.
    /// </summary>
    private static ITypeSymbol MemberType(IPropertySymbol property, IParameterSymbol? parameter)
    {
        if (parameter is null || SymbolEqualityComparer.IncludeNullability.Equals(parameter.Type, property.Type))
        {
            return property.Type;
        }

        return parameter.Type.NullableAnnotation == NullableAnnotation.Annotated ? parameter.Type : property.Type;
    }

    /// <summary>The key segment: <c>[ConfigKey]</c> or the member name; null (reported) when the name is unusable.</summary>
    private string? ReadKey(ImmutableArray<AttributeData> attributes, string name, string memberName, LocationInfo? location)
    {
        foreach (var attribute in attributes)
        {
            if (!SymbolNames.IsAttribute(attribute, VeltrixNamespace, "ConfigKeyAttribute") || attribute.ConstructorArguments.Length != 1)
            {
                continue;
            }

            var argument = attribute.ConstructorArguments[0];
            if (argument.Kind == TypedConstantKind.Error)
            {
                return name;
            }

            var key = argument.Value as string;
            string? reason = null;
            if (key is null || key.Trim().Length == 0)
            {
                reason = "a key must not be empty or whitespace";
            }
            else if (key.IndexOf(':') >= 0)
            {
                reason = "a key segment must not contain ':', which separates sections";
            }

            if (reason is not null)
            {
                var attributeLocation = LocationInfo.From(attribute.ApplicationSyntaxReference?.GetSyntax(_cancellationToken)) ?? location;
                Report(DiagnosticIds.InvalidConfigKey, attributeLocation, key ?? "null", memberName, reason);
                return null;
            }

            return key;
        }

        return name;
    }

    private static RoleKind ReadRole(AttributeData attribute)
    {
        var type = attribute.AttributeClass;
        if (type is null || !SymbolNames.IsInNamespace(type, VeltrixNamespace) || !SymbolNames.Is(type.BaseType, VeltrixNamespace, "ConfigRoleAttribute"))
        {
            return RoleKind.None;
        }

        return type.Name switch
        {
            "CacheSizeAttribute" => RoleKind.CacheSize,
            "CacheTtlAttribute" => RoleKind.CacheTtl,
            "TimeoutAttribute" => RoleKind.Timeout,
            "ConcurrencyLimitAttribute" => RoleKind.ConcurrencyLimit,
            "ThreadCountAttribute" => RoleKind.ThreadCount,
            "QueueCapacityAttribute" => RoleKind.QueueCapacity,
            "PoolSizeAttribute" => RoleKind.PoolSize,
            "RetryCountAttribute" => RoleKind.RetryCount,
            _ => RoleKind.None,
        };
    }

    /// <summary>
    /// For a member declared as an interface or abstract class with an initializer <c>= new Concrete()</c>: the
    /// concrete class as its section, when it can be one. ConfigurationBinder binds into that instance.
    /// </summary>
    private TypeClassification? ConcreteInitializerSection(IPropertySymbol property, ITypeSymbol memberType)
    {
        if (memberType is not INamedTypeSymbol { TypeKind: TypeKind.Interface or TypeKind.Class } declared
            || (declared.TypeKind == TypeKind.Class && !declared.IsAbstract)
            || FindInitializer(property) is not ObjectCreationExpressionSyntax creation
            || ModelFor(creation.SyntaxTree).GetTypeInfo(creation, _cancellationToken).Type is not INamedTypeSymbol { TypeKind: TypeKind.Class, IsAbstract: false } concrete)
        {
            return null;
        }

        var annotated = (INamedTypeSymbol)concrete.WithNullableAnnotation(memberType.NullableAnnotation);
        if (TypeClassifier.Classify(annotated) is not { Spec: { Kind: MemberTypeKind.Section } spec } classification)
        {
            return null;
        }

        // Declared as the member's own type (for assignment); bound, compared and read as the concrete section.
        return TypeClassification.Supported(
            spec with
            {
                FullName = TypeClassifier.RenderFullName(memberType, spec.IsNullable),
                DisplayName = memberType.ToDisplayString(SymbolNames.DisplayName),
                ReadsAsSection = true,
            },
            classification.SectionType);
    }

    private ExpressionSyntax? FindInitializer(IPropertySymbol property)
    {
        foreach (var reference in property.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(_cancellationToken) is PropertyDeclarationSyntax { Initializer.Value: { } value })
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>
    /// The property's summary; for a constructor parameter without one, the <c>&lt;param&gt;</c> text of the
    /// constructor (or of the type, for a primary constructor).
    /// </summary>
    private string? ReadDescription(INamedTypeSymbol type, IPropertySymbol property, IParameterSymbol? parameter, IMethodSymbol? constructor)
    {
        var summary = DocCommentReader.ReadSummary(property, _cancellationToken);
        if (summary is not null || parameter is null || constructor is null)
        {
            return summary;
        }

        return DocCommentReader.ReadParameter(constructor, parameter.Name, _cancellationToken)
            ?? DocCommentReader.ReadParameter(type, parameter.Name, _cancellationToken);
    }
}
