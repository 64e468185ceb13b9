namespace Veltrix.Generators.Models;

/// <summary>Everything the emitter needs for one <c>[VeltrixConfig]</c> root. Holds only equatable values.</summary>
/// <param name="Root">The root type's own section (its members bind under <see cref="SectionPath"/>).</param>
/// <param name="SectionPath">The section prefix from the attribute (<c>"Server"</c>, <c>"App:Server"</c>, or empty).</param>
/// <param name="Sections">Every other section type reachable from the root, distinct, in first-reached order.</param>
/// <param name="Keys">The flattened schema: every key path (collections with <c>*</c>), sorted ordinally ignoring case.</param>
/// <param name="SchemaHash">XxHash3 (64-bit) of the schema's shape, computed by the parser (see <c>SchemaHasher</c>).</param>
/// <param name="HintName">The file name to emit, unique per root: <c>Namespace.Outer.Name.g.cs</c>.</param>
internal sealed record ConfigSpec(
    SectionSpec Root,
    string SectionPath,
    EquatableArray<SectionSpec> Sections,
    EquatableArray<KeySpec> Keys,
    ulong SchemaHash,
    string HintName);

/// <summary>One row of the flattened schema.</summary>
/// <param name="Path">The full key path; collection elements and dictionary entries as <c>*</c>.</param>
/// <param name="Kind">Value, section, list or dictionary.</param>
/// <param name="TypeDisplayName">The member's type for users.</param>
/// <param name="DefaultValueText">The default in config-file syntax, or null.</param>
/// <param name="Role">The role.</param>
/// <param name="IsSecret">Whether the value is secret.</param>
/// <param name="IsRequired">Whether a source must provide it.</param>
/// <param name="Description">The XML doc summary, or null.</param>
internal sealed record KeySpec(
    string Path,
    KeyKind Kind,
    string TypeDisplayName,
    string? DefaultValueText,
    RoleKind Role,
    bool IsSecret,
    bool IsRequired,
    string? Description,
    bool ReplacesList = false);

/// <summary>The parser's result for one attributed type: a spec when code can be generated, and diagnostics either way.</summary>
internal sealed record ParseResult(ConfigSpec? Spec, EquatableArray<DiagnosticInfo> Diagnostics);
