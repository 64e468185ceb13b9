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
using Veltrix.Generators.Parsing;

namespace Veltrix.Generators;

public sealed partial class ConfigGenerator
{
    /// <summary>Turns one <c>[VeltrixConfig]</c> type into a <see cref="ConfigSpec"/> (when code can be generated) and its diagnostics.</summary>
    private static ParseResult Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol type)
        {
            return new ParseResult(null, EquatableArray<DiagnosticInfo>.Empty);
        }

        var attribute = context.Attributes.IsEmpty ? null : context.Attributes[0];
        return new Parser(context.SemanticModel, type, cancellationToken).ParseRoot(attribute);
    }

    /// <summary>
    /// Walks a root schema type and every section it reaches. One instance per root and run; it holds symbols, so
    /// it never leaves the transform: only the equatable <see cref="ParseResult"/> does.
    /// </summary>
    private sealed partial class Parser
    {
        private readonly SemanticModel _model;
        private readonly Compilation _compilation;
        private readonly INamedTypeSymbol _root;
        private readonly CancellationToken _cancellationToken;
        private readonly List<DiagnosticInfo> _diagnostics = [];

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

        public Parser(SemanticModel model, INamedTypeSymbol root, CancellationToken cancellationToken)
        {
            _model = model;
            _compilation = model.Compilation;
            _root = root;
            _cancellationToken = cancellationToken;
        }

        public ParseResult ParseRoot(AttributeData? attribute)
        {
            var location = LocationOf(_root);
            var name = TypeName(_root);

            if (TypeClassifier.IsGenericOrInGeneric(_root))
            {
                Report(DiagnosticDescriptors.GenericSchemaType, location, name);
                return Result(null);
            }

            if (_root.TypeKind != TypeKind.Class)
            {
                Report(DiagnosticDescriptors.SectionNotConstructible, location, name, "it must be a class or record class");
                return Result(null);
            }

            if (_root.IsStatic)
            {
                Report(DiagnosticDescriptors.SectionNotConstructible, location, name, "a static class has no instances; remove 'static'");
                return Result(null);
            }

            var sectionPath = ReadSectionPath(attribute);

            if (!IsPartialChain(_root))
            {
                Report(DiagnosticDescriptors.TypeNotPartial, location, name);
                _failed = true;
            }

            var root = ParseSection(_root, location);
            if (_failed || root is null || sectionPath is null)
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
            var spec = new ConfigSpec(
                root,
                sectionPath,
                sections.ToEquatableArray(),
                keys.ToEquatableArray(),
                SchemaHasher.Compute(keys),
                HintName(_root));
            return Result(spec);
        }

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

            Report(DiagnosticDescriptors.InvalidAttributeArgument, location, "VeltrixConfig", TypeName(_root), reason);
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

        private void Report(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments)
            => _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));

        private SemanticModel ModelFor(SyntaxTree tree)
        {
            if (tree == _model.SyntaxTree)
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
}
