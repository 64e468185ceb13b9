using Microsoft.CodeAnalysis;

namespace Veltrix.Generators.Diagnostics;

/// <summary>The descriptors of every diagnostic the generator reports.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "Veltrix.Schema";
    private const string HelpBase = "https://github.com/veltrix/Veltrix.Generated/blob/main/docs/diagnostics/";

    public static readonly DiagnosticDescriptor TypeNotPartial = Create(
        DiagnosticIds.TypeNotPartial,
        "Configuration schema type must be partial",
        "Type '{0}' has [VeltrixConfig] but it or a containing type is not partial; add the 'partial' modifier so the generator can implement IVeltrixConfig<{0}>",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnsupportedMemberType = Create(
        DiagnosticIds.UnsupportedMemberType,
        "Member type is not supported",
        "Member '{0}' has type '{1}', which Veltrix cannot bind: {2}; change the type, or mark the member [ConfigIgnore] if it is not configuration",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DuplicateKey = Create(
        DiagnosticIds.DuplicateKey,
        "Two members bind the same key",
        "Members '{0}' and '{1}' both bind key '{2}' (keys are case-insensitive); rename one or give it a different [ConfigKey]",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor RecursiveSection = Create(
        DiagnosticIds.RecursiveSection,
        "Section type contains itself",
        "Section type '{0}' reaches itself through '{1}'; configuration sections must form a tree, so break the cycle",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidConfigKey = Create(
        DiagnosticIds.InvalidConfigKey,
        "Configuration key is invalid",
        "The key '{0}' of '{1}' is invalid: {2}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidAttributeArgument = Create(
        DiagnosticIds.InvalidAttributeArgument,
        "Attribute argument cannot be used",
        "[{0}] on '{1}' cannot be used: {2}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor SectionNotConstructible = Create(
        DiagnosticIds.SectionNotConstructible,
        "Section type cannot be constructed",
        "Type '{0}' cannot be created by the generated binder: {1}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor SecretInNonPartialRecord = Create(
        DiagnosticIds.SecretInNonPartialRecord,
        "Record with a secret must be partial",
        "Record '{0}' holds secret member '{1}', but it is not partial, so its compiler-generated ToString() prints the secret; make it partial so Veltrix can generate a redacting ToString()",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor GenericSchemaType = Create(
        DiagnosticIds.GenericSchemaType,
        "Configuration schema type cannot be generic",
        "Type '{0}' has [VeltrixConfig] but is generic; schema types must be closed, non-generic classes or records",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnenforceableValidationAttribute = Create(
        DiagnosticIds.UnenforceableValidationAttribute,
        "Validation attribute cannot be checked by generated code",
        "[{0}] on '{1}' is not checked: {2}; make it accessible to the schema type, or check the value in IValidatableObject.Validate",
        DiagnosticSeverity.Warning);

    /// <summary>The descriptor of a diagnostic the parser recorded by ID (it names no descriptor: the analyzers compile it too).</summary>
    public static DiagnosticDescriptor ForId(string id) => id switch
    {
        DiagnosticIds.TypeNotPartial => TypeNotPartial,
        DiagnosticIds.UnsupportedMemberType => UnsupportedMemberType,
        DiagnosticIds.DuplicateKey => DuplicateKey,
        DiagnosticIds.RecursiveSection => RecursiveSection,
        DiagnosticIds.InvalidConfigKey => InvalidConfigKey,
        DiagnosticIds.InvalidAttributeArgument => InvalidAttributeArgument,
        DiagnosticIds.SectionNotConstructible => SectionNotConstructible,
        DiagnosticIds.SecretInNonPartialRecord => SecretInNonPartialRecord,
        DiagnosticIds.GenericSchemaType => GenericSchemaType,
        DiagnosticIds.UnenforceableValidationAttribute => UnenforceableValidationAttribute,
        _ => throw new System.ArgumentOutOfRangeException(nameof(id), id, "Not a generator diagnostic."),
    };

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity)
        => new(id, title, message, Category, severity, isEnabledByDefault: true, description: title + ".", helpLinkUri: HelpBase + id + ".md");
}
