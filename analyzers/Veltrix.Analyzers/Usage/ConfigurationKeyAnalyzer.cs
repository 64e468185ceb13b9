using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Veltrix.Analyzers.ConfigSchema;
using Veltrix.Analyzers.Diagnostics;
using Veltrix.Analyzers.Symbols;

namespace Veltrix.Analyzers.Usage;

/// <summary>
/// VLX3005: <c>configuration["Server:Cache:MaxEntries"]</c> — a read through the string indexer of an
/// <c>IConfiguration</c> (not a section: its keys are relative) with a constant key that a <c>[VeltrixConfig]</c>
/// schema of the compilation binds. Keys match case-insensitively, list elements by index, dictionary elements by
/// any key. Writes through the indexer are not reported.
/// </summary>
/// <remarks>
/// The rule runs only where it can report: in a compilation that references Veltrix and <c>IConfiguration</c>, on
/// element accesses with one constant argument; only the member bodies that hold one are bound and get an operation
/// tree for it.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConfigurationKeyAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: the documentation ID of the schema type that binds the key.</summary>
    public const string SchemaProperty = "Schema";

    /// <summary>Diagnostic property: the member access from a snapshot (<c>.Cache.MaxEntries</c>).</summary>
    public const string AccessProperty = "Access";

    /// <summary>Diagnostic property: the documentation reference ID of the bound member's type.</summary>
    public const string TypeProperty = "Type";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [DiagnosticDescriptors.ConfigurationKeyCoveredBySchema];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            if (VeltrixSymbols.TryCreate(start.Compilation) is not { Configuration: { } configuration } symbols)
            {
                return;
            }

            var section = start.Compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.IConfigurationSection");
            var model = SchemaModel.For(start.Compilation, symbols);

            // Every indexer read is written as an element access (a[k], a?[k], or [k] in an object initializer). A syntax
            // action on those, with a constant-key check before the operation is asked for, leaves every other member
            // body of the project without an operation tree, as a compilation-wide operation action would not.
            start.RegisterSyntaxNodeAction(
                c => AnalyzeElementAccess(c, configuration, section, model),
                SyntaxKind.ElementAccessExpression,
                SyntaxKind.ElementBindingExpression,
                SyntaxKind.ImplicitElementAccess);
        });
    }

    private static void AnalyzeElementAccess(SyntaxNodeAnalysisContext context, INamedTypeSymbol configuration, INamedTypeSymbol? section, SchemaModel model)
    {
        var arguments = context.Node switch
        {
            ElementAccessExpressionSyntax access => access.ArgumentList,
            ElementBindingExpressionSyntax binding => binding.ArgumentList,
            ImplicitElementAccessSyntax initializer => initializer.ArgumentList,
            _ => null,
        };

        // A reported read passes one argument, its key, as a constant string: element accesses of arrays and lists, and
        // keys held in variables, end here without the operation tree of their member body.
        if (arguments is not { Arguments.Count: 1 }
            || context.SemanticModel.GetConstantValue(arguments.Arguments[0].Expression, context.CancellationToken) is not { HasValue: true, Value: string }
            || context.SemanticModel.GetOperation(context.Node, context.CancellationToken) is not IPropertyReferenceOperation reference)
        {
            return;
        }

        Analyze(context, reference, configuration, section, model);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, IPropertyReferenceOperation reference, INamedTypeSymbol configuration, INamedTypeSymbol? section, SchemaModel model)
    {
        if (!reference.Property.IsIndexer
            || reference.Arguments.Length != 1
            || reference.Arguments[0].Value.ConstantValue is not { HasValue: true, Value: string key }
            || reference.Instance?.Type is not { } receiver
            || !Implements(receiver, configuration)
            || (section is not null && Implements(receiver, section))
            || reference.Parent is IAssignmentOperation assignment && assignment.Target == reference
            || !model.TryMatchKey(key, out var match))
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(SchemaProperty, DocumentationCommentId.CreateDeclarationId(match.Schema))
            .Add(AccessProperty, match.Access)
            .Add(TypeProperty, DocumentationCommentId.CreateReferenceId(match.Type));
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.ConfigurationKeyCoveredBySchema,
            reference.Syntax.GetLocation(),
            properties,
            key,
            match.Schema.Name,
            match.Schema.Name + match.Access));
    }

    private static bool Implements(ITypeSymbol type, INamedTypeSymbol @interface)
    {
        if (SymbolEqualityComparer.Default.Equals(type, @interface))
        {
            return true;
        }

        foreach (var candidate in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(candidate, @interface))
            {
                return true;
            }
        }

        return false;
    }
}
