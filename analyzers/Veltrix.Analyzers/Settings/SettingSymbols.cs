using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Veltrix.Analyzers.Rules;
using Veltrix.Analyzers.Symbols;
using Veltrix.Generators.Models;
using Veltrix.Generators.Parsing;

namespace Veltrix.Analyzers.Settings;

/// <summary>
/// The attributes the setting rules read, resolved once per compilation, and <see cref="Describe"/>, which turns a
/// member's attributes and type into a <see cref="SettingDeclaration"/>. Shared by every analyzer that applies the
/// rules (C# values and configuration-file values).
/// </summary>
internal sealed class SettingSymbols
{
    private readonly VeltrixSymbols _veltrix;
    private readonly INamedTypeSymbol? _atMost;
    private readonly INamedTypeSymbol? _atLeast;

    /// <summary>Resolves the attributes from <paramref name="compilation"/>.</summary>
    /// <param name="veltrix">The compilation's Veltrix symbols.</param>
    /// <param name="compilation">The compilation.</param>
    public SettingSymbols(VeltrixSymbols veltrix, Compilation compilation)
    {
        _veltrix = veltrix;
        _atMost = compilation.GetTypeByMetadataName("Veltrix.AtMostAttribute");
        _atLeast = compilation.GetTypeByMetadataName("Veltrix.AtLeastAttribute");
        DefaultValueAttribute = compilation.GetTypeByMetadataName("System.ComponentModel.DefaultValueAttribute");
    }

    /// <summary><c>System.ComponentModel.DefaultValueAttribute</c>, a value written as an attribute argument.</summary>
    public INamedTypeSymbol? DefaultValueAttribute { get; }

    /// <summary>
    /// Reads the role, relation, unit and secrecy of a member from its attributes (those on <paramref name="primary"/> and, for
    /// a constructor parameter, on the property it becomes) and its type.
    /// </summary>
    /// <param name="memberName">The member's C# name.</param>
    /// <param name="type">The member's type.</param>
    /// <param name="primary">The attributes of the symbol the value is written on.</param>
    /// <param name="secondary">More attributes (the property of a constructor parameter), or default.</param>
    /// <returns>The declaration; <see cref="SettingDeclaration.IsChecked"/> is false when no rule applies.</returns>
    public SettingDeclaration Describe(string memberName, ITypeSymbol type, ImmutableArray<AttributeData> primary, ImmutableArray<AttributeData> secondary)
    {
        var role = SettingRole.None;
        var expiration = CacheExpirationKind.Absolute;
        var scope = TimeoutScopeKind.Unspecified;
        string? atMost = null, atLeast = null;
        var isSecret = false;
        Read(primary, ref role, ref expiration, ref scope, ref atMost, ref atLeast, ref isSecret);
        if (!secondary.IsDefault)
        {
            Read(secondary, ref role, ref expiration, ref scope, ref atMost, ref atLeast, ref isSecret);
        }

        // The member's kind as the generator classifies it; the rules read 64-bit integers and durations.
        var isNullable = type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T };
        var unit = TypeClassifier.GetScalarKind(TypeClassifier.Underlying(type)) switch
        {
            >= ScalarKind.Byte and <= ScalarKind.UInt64 => role is SettingRole.Timeout or SettingRole.CacheTtl ? SettingKind.Milliseconds : SettingKind.Integer,
            ScalarKind.TimeSpan => SettingKind.TimeSpan,
            _ => SettingKind.Unknown,
        };

        return new SettingDeclaration(memberName, role, unit, isNullable || !type.IsValueType, expiration, scope, atMost, atLeast, isSecret);
    }

    /// <summary>Whether any attribute in <paramref name="attributes"/> makes a rule look at the member (a role or a relation).</summary>
    /// <param name="attributes">A member's attributes.</param>
    /// <returns>True when the member is checked.</returns>
    public bool HasSettingAttribute(ImmutableArray<AttributeData> attributes)
    {
        foreach (var attribute in attributes)
        {
            var type = attribute.AttributeClass;
            if (type is null)
            {
                continue;
            }

            if (SymbolEqualityComparer.Default.Equals(type.BaseType, _veltrix.ConfigRoleAttribute)
                || SymbolEqualityComparer.Default.Equals(type, _atMost)
                || SymbolEqualityComparer.Default.Equals(type, _atLeast))
            {
                return true;
            }
        }

        return false;
    }

    private void Read(
        ImmutableArray<AttributeData> attributes,
        ref SettingRole role,
        ref CacheExpirationKind expiration,
        ref TimeoutScopeKind scope,
        ref string? atMost,
        ref string? atLeast,
        ref bool isSecret)
    {
        foreach (var attribute in attributes)
        {
            var type = attribute.AttributeClass;
            if (type is null)
            {
                continue;
            }

            var arguments = attribute.ConstructorArguments;
            if (SymbolEqualityComparer.Default.Equals(type, _veltrix.SecretAttribute))
            {
                isSecret = true;
            }
            else if (SymbolEqualityComparer.Default.Equals(type, _atMost))
            {
                atMost = arguments.Length == 1 ? arguments[0].Value as string : null;
            }
            else if (SymbolEqualityComparer.Default.Equals(type, _atLeast))
            {
                atLeast = arguments.Length == 1 ? arguments[0].Value as string : null;
            }
            else if (role == SettingRole.None && RoleOf(type) is var found && found != SettingRole.None)
            {
                role = found;
                if (arguments.Length == 1 && arguments[0].Value is int enumValue)
                {
                    if (found == SettingRole.CacheTtl)
                    {
                        expiration = (CacheExpirationKind)enumValue;
                    }
                    else if (found == SettingRole.Timeout)
                    {
                        scope = (TimeoutScopeKind)enumValue;
                    }
                }
            }
        }
    }

    private SettingRole RoleOf(INamedTypeSymbol type)
    {
        var comparer = SymbolEqualityComparer.Default;
        return comparer.Equals(type, _veltrix.CacheSizeAttribute) ? SettingRole.CacheSize
            : comparer.Equals(type, _veltrix.CacheTtlAttribute) ? SettingRole.CacheTtl
            : comparer.Equals(type, _veltrix.TimeoutAttribute) ? SettingRole.Timeout
            : comparer.Equals(type, _veltrix.ConcurrencyLimitAttribute) ? SettingRole.ConcurrencyLimit
            : comparer.Equals(type, _veltrix.ThreadCountAttribute) ? SettingRole.ThreadCount
            : comparer.Equals(type, _veltrix.QueueCapacityAttribute) ? SettingRole.QueueCapacity
            : comparer.Equals(type, _veltrix.PoolSizeAttribute) ? SettingRole.PoolSize
            : comparer.Equals(type, _veltrix.RetryCountAttribute) ? SettingRole.RetryCount
            : SettingRole.None;
    }
}
