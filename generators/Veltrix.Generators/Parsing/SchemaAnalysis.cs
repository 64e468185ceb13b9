using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Veltrix.Generators.Models;

namespace Veltrix.Generators.Parsing;

/// <summary>
/// What <see cref="SchemaParser.Analyze"/> read from one root: the <see cref="ConfigSpec"/> the generator emits from
/// (keys, types, roles, validation rules alike; what no analyzer reads, doc comments and the values of property
/// initializers, is left out), and beside it the symbols the analyzers report on. It holds symbols, so it is never a
/// generator step output.
/// </summary>
/// <param name="Root">The root type.</param>
/// <param name="Spec">The spec, built even where the generator would report a problem and generate nothing.</param>
/// <param name="Sections">The root's section and every section it reaches, with their symbols, in first-reached order.</param>
/// <param name="Diagnostics">What the generator reports about the schema (by ID).</param>
internal sealed record SchemaAnalysis(
    INamedTypeSymbol Root,
    ConfigSpec Spec,
    IReadOnlyList<ParsedSection> Sections,
    EquatableArray<DiagnosticInfo> Diagnostics);
