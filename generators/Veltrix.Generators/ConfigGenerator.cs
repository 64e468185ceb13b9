using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Veltrix.Generators.Diagnostics;
using Veltrix.Generators.Models;
using Veltrix.Generators.Parsing;

namespace Veltrix.Generators;

/// <summary>
/// Implements <c>Veltrix.IVeltrixConfig&lt;T&gt;</c> for every <c>[VeltrixConfig]</c> type: reflection-free
/// binding, validation, schema, diff and zero-allocation lookup, plus a redacting <c>ToString()</c> for each
/// partial section type.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed partial class ConfigGenerator : IIncrementalGenerator
{
    internal const string AttributeMetadataName = "Veltrix.VeltrixConfigAttribute";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Symbols of each [VeltrixConfig] type → an equatable spec plus its diagnostics.
        var results = context.SyntaxProvider
            .ForAttributeWithMetadataName(AttributeMetadataName, IsCandidate, Parse)
            .WithTrackingName(TrackingNames.Parse);

        // The specs that can be generated; an edit that changes only diagnostics leaves them cached.
        var specs = results
            .Select(static (result, _) => result.Spec)
            .Where(static spec => spec is not null)
            .Select(static (spec, _) => spec!)
            .WithTrackingName(TrackingNames.Specs);

        // Diagnostics travel separately so that moving one never re-emits source.
        var diagnostics = results
            .Select(static (result, _) => result.Diagnostics)
            .WithTrackingName(TrackingNames.Diagnostics);

        // Every partial section type once, however many roots reach it, for its redacting ToString().
        var sections = specs
            .SelectMany(static (spec, _) => AllSections(spec))
            .Collect()
            .SelectMany(static (all, _) => Distinct(all))
            .WithTrackingName(TrackingNames.Sections);

        context.RegisterSourceOutput(specs, static (spc, spec) => spc.AddSource(spec.HintName, Emit(spec)));
        // The JSON Schema and key reference, embedded for the build targets to write out.
        context.RegisterSourceOutput(specs, static (spc, spec) => spc.AddSource(DocumentsHintName(spec), EmitDocuments(spec)));
        // Paired with the compilation only to find each diagnostic's syntax tree again: a location without one
        // ignores #pragma and per-file .editorconfig severities. Reporting is all this output does.
        context.RegisterSourceOutput(diagnostics.Combine(context.CompilationProvider), static (spc, pair) => ReportDiagnostics(spc, pair.Left, pair.Right));
        context.RegisterSourceOutput(sections, static (spc, section) => EmitSectionIfNeeded(spc, section));
    }

    private static bool IsCandidate(SyntaxNode node, System.Threading.CancellationToken cancellationToken)
        => node is ClassDeclarationSyntax or RecordDeclarationSyntax;

    /// <summary>Turns one <c>[VeltrixConfig]</c> type into a <see cref="ConfigSpec"/> (when code can be generated) and its diagnostics.</summary>
    private static ParseResult Parse(GeneratorAttributeSyntaxContext context, System.Threading.CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol type)
        {
            return new ParseResult(null, EquatableArray<DiagnosticInfo>.Empty);
        }

        var attribute = context.Attributes.IsEmpty ? null : context.Attributes[0];
        return SchemaParser.Parse(context.SemanticModel, type, attribute, cancellationToken);
    }

    private static void ReportDiagnostics(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics, Compilation compilation)
    {
        foreach (var diagnostic in diagnostics)
        {
            var args = new object[diagnostic.MessageArgs.Count];
            for (var i = 0; i < args.Length; i++)
            {
                args[i] = diagnostic.MessageArgs[i];
            }

            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ForId(diagnostic.Id), diagnostic.Location?.ToLocation(compilation), args));
        }
    }

    private static IEnumerable<SectionSpec> AllSections(ConfigSpec spec)
    {
        yield return spec.Root;
        foreach (var section in spec.Sections)
        {
            yield return section;
        }
    }

    private static ImmutableArray<SectionSpec> Distinct(ImmutableArray<SectionSpec> all)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        var builder = ImmutableArray.CreateBuilder<SectionSpec>();
        foreach (var section in all)
        {
            if (seen.Add(section.FullName))
            {
                builder.Add(section);
            }
        }

        return builder.ToImmutable();
    }
}
