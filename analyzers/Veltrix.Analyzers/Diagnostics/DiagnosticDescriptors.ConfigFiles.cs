using Microsoft.CodeAnalysis;

namespace Veltrix.Analyzers.Diagnostics;

internal static partial class DiagnosticDescriptors
{
    /// <summary>VLX4001: the file is not well-formed JSON.</summary>
    public static readonly DiagnosticDescriptor ConfigFileMalformed = Create(
        DiagnosticIds.ConfigFileMalformed,
        ConfigFilesCategory,
        "Configuration file is not valid JSON",
        "{0} is not valid JSON: {1}",
        DiagnosticSeverity.Error,
        "The runtime cannot load a configuration file that is not well-formed JSON (comments and trailing commas are allowed); Build() throws at startup and a reload keeps the last good values.");

    /// <summary>VLX4002: {0} key, {1} section path, {2} section type, {3} why it is ignored and what to do.</summary>
    public static readonly DiagnosticDescriptor ConfigFileUnknownKey = Create(
        DiagnosticIds.ConfigFileUnknownKey,
        ConfigFilesCategory,
        "Unknown key in a configuration file",
        "'{0}' in '{1}' ({2}) is ignored: {3}",
        DiagnosticSeverity.Warning,
        "A key under a schema's section that no member binds is ignored at runtime, so a misspelt key silently leaves the default in force. "
        + "A key of a member the generator leaves out (a type Veltrix does not bind, no set or init accessor) is ignored the same way; the message says which.");

    /// <summary>VLX4003: a value the member's type cannot hold.</summary>
    public static readonly DiagnosticDescriptor ConfigFileValueNotBindable = Create(
        DiagnosticIds.ConfigFileValueNotBindable,
        ConfigFilesCategory,
        "Configuration value does not bind to its member's type",
        "'{0}': {1}",
        DiagnosticSeverity.Error,
        "A value that does not parse as the member's type (a word for a number, an unknown enum name, a malformed TimeSpan) makes Build() throw at startup, or a reload fail, in the environment that reads the file.");

    /// <summary>VLX4004: a value a validation attribute rejects.</summary>
    public static readonly DiagnosticDescriptor ConfigFileValueInvalid = Create(
        DiagnosticIds.ConfigFileValueInvalid,
        ConfigFilesCategory,
        "Configuration value fails validation",
        "'{0}': {1} [{2}]",
        DiagnosticSeverity.Error,
        "A value that fails a member's validation attribute ([Range], [RegularExpression], [Length], …) makes Build() throw at startup, or a reload fail, in the environment that reads the file.");

    /// <summary>VLX4005: a required key no file of an environment sets.</summary>
    public static readonly DiagnosticDescriptor ConfigFileRequiredKeyMissing = Create(
        DiagnosticIds.ConfigFileRequiredKeyMissing,
        ConfigFilesCategory,
        "Required key is missing from an environment's configuration files",
        "'{0}' is required but {1} does not set it; set it there unless an environment variable or argument always provides it",
        DiagnosticSeverity.Warning,
        "appsettings.json merged with appsettings.{Environment}.json, as the runtime merges them, must provide every [Required] key, or Build() throws at startup in that environment.");

    /// <summary>VLX4006: the same key twice in one object.</summary>
    public static readonly DiagnosticDescriptor ConfigFileDuplicateKey = Create(
        DiagnosticIds.ConfigFileDuplicateKey,
        ConfigFilesCategory,
        "Duplicate key in a configuration file",
        "'{0}' is set twice in this object (first at line {1}); keep one",
        DiagnosticSeverity.Error,
        "Keys are case-insensitive; the runtime rejects a file that sets the same key twice in one object, because one of the two values would be silently lost.");

    /// <summary>VLX4007: {0} key path, {1} the number as written, {2} how it was read, {3} the same number of seconds.</summary>
    public static readonly DiagnosticDescriptor ConfigFileTimeSpanBareNumber = Create(
        DiagnosticIds.ConfigFileTimeSpanBareNumber,
        ConfigFilesCategory,
        "Timeout or cache TTL written as a bare number is read as days",
        "'{0}' is {1}, which TimeSpan reads as {1} days ({2}), not seconds; write \"{3}\" for {1} seconds, or \"{2}\" if days are meant",
        DiagnosticSeverity.Warning,
        "TimeSpan.Parse reads a number without a colon as days, so \"Timeout\": 30 waits 30 days. For a [Timeout] or [CacheTtl] member a bare number is almost always meant as seconds; write hh:mm:ss, or d.hh:mm:ss when days are meant.");
}
