using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Veltrix.Generators.Diagnostics;
using Veltrix.Generators.Models;

namespace Veltrix.Generators.Parsing;

internal sealed partial class SchemaParser
{
    /// <summary>
    /// The constructor with parameters that generated code calls to create <paramref name="type"/>, or null when it
    /// calls <c>new T()</c> (or cannot create the type): what binds through a constructor parameter and what through a
    /// property, for rules that read members of any type as the generator would bind them.
    /// </summary>
    /// <param name="compilation">The compilation.</param>
    /// <param name="type">A section type.</param>
    /// <param name="cancellationToken">Cancels the look-up.</param>
    public static IMethodSymbol? BindingConstructor(Compilation compilation, INamedTypeSymbol type, CancellationToken cancellationToken)
        => ChooseConstructor(compilation, type, type, cancellationToken).Constructor;

    private Construction ChooseConstructor(INamedTypeSymbol type) => ChooseConstructor(_compilation, type, _root, _cancellationToken);

    /// <summary>
    /// The primary constructor (with parameters) of a record or class; else <c>new T()</c>; else the single
    /// accessible constructor with parameters. Accessible means callable from code inside <paramref name="within"/>,
    /// the root type that holds the generated code.
    /// </summary>
    private static Construction ChooseConstructor(Compilation compilation, INamedTypeSymbol type, INamedTypeSymbol within, CancellationToken cancellationToken)
    {
        if (type.IsAbstract)
        {
            return Construction.Fail(type.IsStatic ? "a static class has no instances" : "it is abstract; use a concrete class or record class");
        }

        IMethodSymbol? primary = null;
        IMethodSymbol? parameterless = null;
        IMethodSymbol? withParameters = null;
        var withParametersCount = 0;
        foreach (var constructor in type.InstanceConstructors)
        {
            if (IsCopyConstructor(type, constructor) || !compilation.IsSymbolAccessibleWithin(constructor, within))
            {
                continue;
            }

            if (constructor.Parameters.Length == 0)
            {
                parameterless = constructor;
                continue;
            }

            if (IsPrimaryConstructor(constructor, cancellationToken))
            {
                primary = constructor;
            }

            withParameters = constructor;
            withParametersCount++;
        }

        if (primary is not null)
        {
            return new Construction(primary, parameterless is not null, null);
        }

        if (parameterless is not null)
        {
            return new Construction(null, true, null);
        }

        return withParametersCount switch
        {
            1 => new Construction(withParameters, false, null),
            0 => Construction.Fail("it has no constructor that the generated binder can call; add a public or internal constructor"),
            _ => Construction.Fail("it has several constructors with parameters and no parameterless one; add a parameterless constructor or keep one constructor"),
        };
    }

    private static bool IsPrimaryConstructor(IMethodSymbol constructor, CancellationToken cancellationToken)
    {
        foreach (var reference in constructor.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCopyConstructor(INamedTypeSymbol type, IMethodSymbol constructor)
        => type.IsRecord
            && constructor.Parameters.Length == 1
            && SymbolEqualityComparer.Default.Equals(constructor.Parameters[0].Type, type);

    /// <summary>Each constructor parameter's property, matched by name (exact first, then ignoring case).</summary>
    private Dictionary<IPropertySymbol, IParameterSymbol> MatchParameters(
        INamedTypeSymbol type, IMethodSymbol? constructor, List<IPropertySymbol> properties, LocationInfo? location, ref bool constructible)
    {
        var matches = new Dictionary<IPropertySymbol, IParameterSymbol>(SymbolEqualityComparer.Default);
        if (constructor is null)
        {
            return matches;
        }

        foreach (var parameter in constructor.Parameters)
        {
            var parameterLocation = LocationOf(parameter) ?? location;
            if (parameter.RefKind is RefKind.Ref or RefKind.Out)
            {
                NotConstructible(type, parameterLocation, "constructor parameter '" + parameter.Name + "' is passed by reference");
                constructible = false;
                continue;
            }

            var property = FindProperty(properties, parameter.Name);
            if (property is null)
            {
                if (!parameter.HasExplicitDefaultValue)
                {
                    NotConstructible(
                        type,
                        parameterLocation,
                        "constructor parameter '" + parameter.Name + "' has no public or internal property of the same name that exposes its value");
                    constructible = false;
                }

                // An optional parameter without a property is left to its default.
                continue;
            }

            if (!SymbolEqualityComparer.Default.Equals(parameter.Type, property.Type))
            {
                NotConstructible(
                    type,
                    parameterLocation,
                    "constructor parameter '" + parameter.Name + "' has type '" + TypeName(parameter.Type) + "' but property '" + property.Name
                        + "' has type '" + TypeName(property.Type) + "'");
                constructible = false;
                continue;
            }

            matches[property] = parameter;
        }

        return matches;
    }

    private static IPropertySymbol? FindProperty(List<IPropertySymbol> properties, string name)
    {
        IPropertySymbol? caseInsensitive = null;
        foreach (var property in properties)
        {
            if (string.Equals(property.Name, name, StringComparison.Ordinal))
            {
                return property;
            }

            if (caseInsensitive is null && string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                caseInsensitive = property;
            }
        }

        return caseInsensitive;
    }

    /// <summary>How a section is created: a constructor with parameters (or null for <c>new T()</c>), or why it cannot be.</summary>
    private readonly struct Construction
    {
        public Construction(IMethodSymbol? constructor, bool hasParameterlessConstructor, string? problem)
        {
            Constructor = constructor;
            HasParameterlessConstructor = hasParameterlessConstructor;
            Problem = problem;
        }

        public IMethodSymbol? Constructor { get; }

        public bool HasParameterlessConstructor { get; }

        public string? Problem { get; }

        public static Construction Fail(string problem) => new(null, false, problem);
    }
}
