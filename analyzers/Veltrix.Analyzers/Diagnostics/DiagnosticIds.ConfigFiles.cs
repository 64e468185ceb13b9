namespace Veltrix.Analyzers.Diagnostics;

internal static partial class DiagnosticIds
{
    /// <summary>A configuration file is not well-formed JSON.</summary>
    public const string ConfigFileMalformed = "VLX4001";

    /// <summary>A key under a schema's section is not a key of the schema.</summary>
    public const string ConfigFileUnknownKey = "VLX4002";

    /// <summary>A value cannot bind to the member's type.</summary>
    public const string ConfigFileValueNotBindable = "VLX4003";

    /// <summary>A value fails a validation attribute of its member.</summary>
    public const string ConfigFileValueInvalid = "VLX4004";

    /// <summary>A required key is set by no file of an environment.</summary>
    public const string ConfigFileRequiredKeyMissing = "VLX4005";

    /// <summary>An object in a configuration file has the same key twice.</summary>
    public const string ConfigFileDuplicateKey = "VLX4006";

    /// <summary>A <c>[Timeout]</c> or <c>[CacheTtl]</c> TimeSpan is a bare number, which TimeSpan reads as days.</summary>
    public const string ConfigFileTimeSpanBareNumber = "VLX4007";
}
