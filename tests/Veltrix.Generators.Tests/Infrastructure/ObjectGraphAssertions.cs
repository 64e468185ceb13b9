using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Veltrix.Generators.Models;

namespace Veltrix.Generators.Tests.Infrastructure;

/// <summary>
/// Walks the object graph of a pipeline step's output and fails on anything that defeats incremental caching or
/// keeps a compilation alive: symbols, syntax, compilations, semantic models, locations, raw arrays and other
/// collections that compare by reference, and classes without value equality.
/// </summary>
internal static class ObjectGraphAssertions
{
    private const int MaxDepth = 64;

    private static readonly Assembly GeneratorAssembly = typeof(ConfigGenerator).Assembly;

    /// <summary>Returns a description of the first value in the graph that a step output must not hold, or null.</summary>
    /// <param name="value">The root of the graph.</param>
    /// <returns>The problem, naming the path to the value, or null when the graph is clean.</returns>
    public static string? FindProblem(object? value)
    {
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        return Visit(value, value?.GetType().Name ?? "null", visited, depth: 0);
    }

    /// <summary>
    /// Finds where two graphs of pipeline values first differ, for messages that explain why a step was not cached.
    /// </summary>
    /// <param name="before">The earlier value.</param>
    /// <param name="after">The later value.</param>
    /// <returns>The path of the first difference with both values, or null when the graphs are equal.</returns>
    public static string? FindDifference(object? before, object? after)
        => Difference(before, after, before?.GetType().Name ?? after?.GetType().Name ?? "null", depth: 0);

    private static string? Difference(object? before, object? after, string path, int depth)
    {
        if (Equals(before, after))
        {
            return null;
        }

        if (before is null || after is null || before.GetType() != after.GetType() || depth > MaxDepth || IsLeaf(before.GetType()))
        {
            return $"{path}: {Show(before)} → {Show(after)}";
        }

        var type = before.GetType();
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>))
        {
            var a = ((IEnumerable)before).Cast<object?>().ToList();
            var b = ((IEnumerable)after).Cast<object?>().ToList();
            for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
            {
                if (Difference(a[i], b[i], $"{path}[{i}]", depth + 1) is { } difference)
                {
                    return difference;
                }
            }

            return $"{path}: {a.Count} items → {b.Count} items";
        }

        for (var current = type; current is not null && current != typeof(object) && current != typeof(ValueType); current = current.BaseType)
        {
            foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (Difference(field.GetValue(before), field.GetValue(after), $"{path}.{DisplayName(field)}", depth + 1) is { } difference)
                {
                    return difference;
                }
            }
        }

        return $"{path}: not equal, though no field differs (custom Equals?)";
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        _ => value.ToString() ?? "?",
    };

    private static string? Visit(object? node, string path, HashSet<object> visited, int depth)
    {
        if (node is null)
        {
            return null;
        }

        var type = node.GetType();
        if (!type.IsValueType && !visited.Add(node))
        {
            return null;
        }

        if (depth > MaxDepth)
        {
            return $"{path}: the graph is deeper than {MaxDepth} levels (a cycle through value types?)";
        }

        if (Banned(node) is { } banned)
        {
            return $"{path} is {banned} ({type.FullName})";
        }

        if (IsLeaf(type))
        {
            return null;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>))
        {
            var index = 0;
            foreach (var item in (IEnumerable)node)
            {
                if (Visit(item, $"{path}[{index}]", visited, depth + 1) is { } problem)
                {
                    return problem;
                }

                index++;
            }

            return null;
        }

        if (node is IEnumerable)
        {
            return $"{path} is a collection of type {type} that compares by reference; use EquatableArray<T>";
        }

        if (!type.IsValueType && type.Assembly == GeneratorAssembly && !ImplementsEquatableOfItself(type))
        {
            return $"{path} is a {type.FullName}, a class without value equality; make it a record";
        }

        for (var current = type; current is not null && current != typeof(object) && current != typeof(ValueType); current = current.BaseType)
        {
            foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (Visit(field.GetValue(node), $"{path}.{DisplayName(field)}", visited, depth + 1) is { } problem)
                {
                    return problem;
                }
            }
        }

        // Auto-properties are covered by their backing fields; computed properties of our own models are
        // walked too, in case one hands out something that should never be in a model.
        if (type.Assembly == GeneratorAssembly)
        {
            foreach (var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            {
                if (property.GetIndexParameters().Length > 0 || property.GetMethod is null || property.Name == "EqualityContract")
                {
                    continue;
                }

                if (Visit(property.GetValue(node), $"{path}.{property.Name}", visited, depth + 1) is { } problem)
                {
                    return problem;
                }
            }
        }

        return null;
    }

    private static string? Banned(object node) => node switch
    {
        ISymbol => "a symbol",
        SyntaxNode => "a syntax node",
        SyntaxToken => "a syntax token",
        SyntaxTrivia => "syntax trivia",
        SyntaxReference => "a syntax reference",
        SyntaxTree => "a syntax tree",
        IOperation => "an operation",
        Compilation => "a compilation",
        SemanticModel => "a semantic model",
        Location => "a Location (use LocationInfo)",
        AttributeData => "attribute data",
        string => null,
        Array => "a raw array (arrays compare by reference; use EquatableArray<T>)",
        _ when node.GetType().IsGenericType && node.GetType().GetGenericTypeDefinition() == typeof(System.Collections.Immutable.ImmutableArray<>)
            => "an ImmutableArray<T> (compares by reference; use EquatableArray<T>)",
        _ => null,
    };

    private static bool IsLeaf(Type type)
        => type.IsPrimitive
            || type.IsEnum
            || type == typeof(string)
            || type == typeof(decimal)
            || type == typeof(TextSpan)
            || type == typeof(LinePosition)
            || type == typeof(LinePositionSpan)
            || type == typeof(DiagnosticDescriptor); // compared by value (ID, title, message, …)

    private static bool ImplementsEquatableOfItself(Type type)
        => typeof(IEquatable<>).MakeGenericType(type).IsAssignableFrom(type);

    private static string DisplayName(FieldInfo field)
    {
        // "<Name>k__BackingField" → "Name"
        var name = field.Name;
        if (name.StartsWith('<'))
        {
            var end = name.IndexOf('>', StringComparison.Ordinal);
            if (end > 1)
            {
                return name[1..end];
            }
        }

        return name;
    }
}
