using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Veltrix.Generators.Diagnostics;
using Veltrix.Generators.Models;

namespace Veltrix.Generators.Parsing;

/// <summary>
/// Walks a root schema type and every section it reaches into a <see cref="ConfigSpec"/>: member discovery, type
/// classification, key naming, flattening, defaults and validation rules. The generator and the analyzers both compile
/// these files (the analyzers link them), so that they read a schema the same way. One instance per root and run; it
/// holds symbols, so it never leaves the transform: only the equatable <see cref="ParseResult"/> does.
/// </summary>
/// <remarks>
/// Diagnostics are recorded by ID (<see cref="DiagnosticIds"/>); the generator maps them to its descriptors. Nothing
/// here may reference the generator type, so that linking these files never puts a generator in the analyzer assembly.
/// </remarks>
internal sealed partial class SchemaParser
{
    private readonly SemanticModel? _model;
    private readonly Compilation _compilation;
    private readonly INamedTypeSymbol _root;
    private readonly CancellationToken _cancellationToken;
    private readonly List<DiagnosticInfo> _diagnostics = [];

    // Analysis (the analyzers' model): a spec is built even when code could not be generated, symbols are kept beside
    // it, and what only generated code needs (doc comments, initializer values, which need semantic models) is not
    // read. Null for generation.
    private readonly List<ParsedSection>? _parsedSections;

    // Sections parsed so far (null when the type cannot be constructed), those on the current path (cycle
    // detection) and the order they were first reached in. Dictionaries are only looked up, never enumerated.
    private readonly Dictionary<INamedTypeSymbol, SectionSpec?> _sections = new(SymbolEqualityComparer.Default);
    private readonly HashSet<INamedTypeSymbol> _inProgress = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<INamedTypeSymbol, List<(LocationInfo? Location, string Reason)>> _notConstructible = new(SymbolEqualityComparer.Default);
    private readonly List<INamedTypeSymbol> _sectionOrder = [];
    private readonly Dictionary<SyntaxTree, SemanticModel> _models = [];
    private readonly Dictionary<SyntaxTree, int> _treeIndices = [];

    // Set by any problem that prevents generation; parsing goes on so that every problem is reported at once.
    private bool _failed;

    private SchemaParser(Compilation compilation, SemanticModel? model, INamedTypeSymbol root, bool forAnalysis, CancellationToken cancellationToken)
    {
        _model = model;
        _compilation = compilation;
        _root = root;
        _cancellationToken = cancellationToken;
        _parsedSections = forAnalysis ? [] : null;
    }

    private bool ForAnalysis => _parsedSections is not null;

    /// <summary>Parses a root for generation: a spec when code can be generated, and the diagnostics either way.</summary>
    /// <param name="model">The semantic model of the tree that holds the attribute.</param>
    /// <param name="root">The <c>[VeltrixConfig]</c> type.</param>
    /// <param name="attribute">The attribute, or null.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    public static ParseResult Parse(SemanticModel model, INamedTypeSymbol root, AttributeData? attribute, CancellationToken cancellationToken)
        => new SchemaParser(model.Compilation, model, root, forAnalysis: false, cancellationToken).ParseRoot(attribute);

    /// <summary>
    /// Parses a root for analysis, declared in source or in a referenced assembly: the spec as far as it can be built
    /// (a member the generator cannot bind is left out, as generated code leaves it out), with the symbols of every
    /// section and member. Null when the type is no usable root (generic, not a class, invalid section path).
    /// </summary>
    /// <param name="compilation">The compilation.</param>
    /// <param name="root">The <c>[VeltrixConfig]</c> type.</param>
    /// <param name="attribute">The attribute, or null.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    public static SchemaAnalysis? Analyze(Compilation compilation, INamedTypeSymbol root, AttributeData? attribute, CancellationToken cancellationToken)
    {
        var parser = new SchemaParser(compilation, null, root, forAnalysis: true, cancellationToken);
        var result = parser.ParseRoot(attribute);
        return result.Spec is { } spec ? new SchemaAnalysis(root, spec, parser._parsedSections!, result.Diagnostics) : null;
    }

    private ParseResult ParseRoot(AttributeData? attribute)
    {
        var location = LocationOf(_root);
        var name = TypeName(_root);

        if (TypeClassifier.IsGenericOrInGeneric(_root))
        {
            Report(DiagnosticIds.GenericSchemaType, location, name);
            return Result(null);
        }

        if (_root.TypeKind != TypeKind.Class)
        {
            Report(DiagnosticIds.SectionNotConstructible, location, name, "it must be a class or record class");
            return Result(null);
        }

        if (_root.IsStatic)
        {
            Report(DiagnosticIds.SectionNotConstructible, location, name, "a static class has no instances; remove 'static'");
            return Result(null);
        }

        var sectionPath = ReadSectionPath(attribute);

        // Analysis also reads roots compiled into referenced assemblies, whose generated code is already there.
        if (!ForAnalysis && !IsPartialChain(_root))
        {
            Report(DiagnosticIds.TypeNotPartial, location, name);
            _failed = true;
        }

        var root = ParseSection(_root, location);
        if ((_failed && !ForAnalysis) || root is null || sectionPath is null)
        {
            return Result(null);
        }

        var sections = new SectionSpec[_sectionOrder.Count];
        for (var i = 0; i < sections.Length; i++)
        {
            // Every reached section parsed to a spec, or _failed would be set.
            sections[i] = _sections[_sectionOrder[i]]!;
        }

        var keys = KeyFlattener.Flatten(sectionPath, root, sections);
        var hash = 0UL;
        ComputeSchemaHash(keys, ref hash);
        var spec = new ConfigSpec(
            root,
            sectionPath,
            sections.ToEquatableArray(),
            keys.ToEquatableArray(),
            hash,
            HintName(_root));
        return Result(spec);
    }

    /// <summary>
    /// Sets the schema hash (<c>SchemaHasher</c>, in SchemaParser.Hashing.cs). That file and System.IO.Hashing
    /// are compiled into the generator only: the analyzers never need the hash, and the compiler host does not ship
    /// System.IO.Hashing, so without the implementation the call compiles to nothing and the hash stays 0.
    /// </summary>
    static partial void ComputeSchemaHash(List<KeySpec> keys, ref ulong hash);

    private ParseResult Result(ConfigSpec? spec) => new(spec, _diagnostics.ToEquatableArray());

    /// <summary>The attribute's section path, or null (reported) when it is not a usable constant.</summary>
    private string? ReadSectionPath(AttributeData? attribute)
    {
        if (attribute is null)
        {
            return string.Empty;
        }

        var location = LocationInfo.From(attribute.ApplicationSyntaxReference?.GetSyntax(_cancellationToken)) ?? LocationOf(_root);
        string? reason = null;
        string? section = null;
        if (attribute.ConstructorArguments.Length == 0)
        {
            if (attribute.AttributeConstructor is null)
            {
                reason = "the section must be a constant string";
            }
            else
            {
                section = string.Empty;
            }
        }
        else
        {
            var argument = attribute.ConstructorArguments[0];
            if (argument.Kind == TypedConstantKind.Error)
            {
                reason = "the section must be a constant string";
            }
            else if (argument.Value is not string value)
            {
                reason = "the section must not be null; use \"\" to bind from the root of the configuration";
            }
            else
            {
                section = value;
                if (value.Length > 0 && HasEmptySegment(value))
                {
                    reason = "the section '" + value + "' has an empty segment; separate non-empty names with single ':' characters";
                }
            }
        }

        if (reason is null)
        {
            return section;
        }

        Report(DiagnosticIds.InvalidAttributeArgument, location, "VeltrixConfig", TypeName(_root), reason);
        _failed = true;
        return null;
    }

    private static bool HasEmptySegment(string section)
    {
        foreach (var segment in section.Split(':'))
        {
            if (string.IsNullOrWhiteSpace(segment))
            {
                return true;
            }
        }

        return false;
    }

    private void Report(string id, LocationInfo? location, params string[] arguments)
        => _diagnostics.Add(DiagnosticInfo.Create(id, location, arguments));

    private SemanticModel ModelFor(SyntaxTree tree)
    {
        if (_model is not null && tree == _model.SyntaxTree)
        {
            return _model;
        }

        if (!_models.TryGetValue(tree, out var model))
        {
            model = _compilation.GetSemanticModel(tree);
            _models.Add(tree, model);
        }

        return model;
    }

    private static LocationInfo? LocationOf(ISymbol symbol)
    {
        foreach (var location in symbol.Locations)
        {
            if (location.IsInSource)
            {
                return LocationInfo.From(location);
            }
        }

        return null;
    }

    /// <summary>A type as users read it in messages: <c>ServerConfig</c>, <c>Outer.Inner</c>.</summary>
    private static string TypeName(ITypeSymbol type) => type.ToDisplayString(SymbolNames.DisplayName);

    /// <summary>Whether the type and every containing type are declared <c>partial</c> in every part.</summary>
    private bool IsPartialChain(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.DeclaringSyntaxReferences.IsEmpty)
            {
                return false;
            }

            foreach (var reference in current.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(_cancellationToken) is not TypeDeclarationSyntax declaration
                    || !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary><c>partial class Outer</c>, <c>partial record Outer</c>, <c>partial record struct Outer</c>, … outermost first.</summary>
    private static EquatableArray<string> ContainingTypeHeaders(INamedTypeSymbol type)
    {
        var headers = new List<string>();
        for (var current = type.ContainingType; current is not null; current = current.ContainingType)
        {
            headers.Add("partial " + Keyword(current) + " " + ValueFormatter.EscapeIdentifier(current.Name));
        }

        headers.Reverse();
        return headers.ToEquatableArray();
    }

    private static string Keyword(INamedTypeSymbol type)
    {
        if (type.IsRecord)
        {
            return type.IsValueType ? "record struct" : "record";
        }

        return type.TypeKind switch
        {
            TypeKind.Struct => "struct",
            TypeKind.Interface => "interface",
            _ => "class",
        };
    }

    /// <summary><c>Namespace.Outer.Name.g.cs</c>; for the global namespace, <c>Outer.Name.g.cs</c>.</summary>
    private static string HintName(INamedTypeSymbol type)
    {
        var names = new List<string>();
        for (var current = type; current is not null; current = current.ContainingType)
        {
            names.Add(current.Name);
        }

        names.Reverse();
        var hint = new StringBuilder();
        if (!type.ContainingNamespace.IsGlobalNamespace)
        {
            hint.Append(type.ContainingNamespace.ToDisplayString(SymbolNames.NamespaceName)).Append('.');
        }

        hint.Append(string.Join(".", names)).Append(".g.cs");
        return hint.ToString();
    }

    private static ImmutableArray<AttributeData> Attributes(IPropertySymbol property, IParameterSymbol? parameter)
        => parameter is null ? property.GetAttributes() : parameter.GetAttributes().AddRange(property.GetAttributes());
}
