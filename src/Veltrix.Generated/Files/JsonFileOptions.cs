namespace Veltrix;

/// <summary>How strictly a JSON configuration file is read.</summary>
/// <remarks>
/// The defaults read files as Microsoft.Extensions.Configuration.Json does (comments and trailing commas allowed,
/// keys the schema does not know ignored), so that an existing <c>appsettings.json</c> loads unchanged.
/// </remarks>
public sealed record JsonFileOptions
{
    /// <summary>The defaults: comments and trailing commas allowed, unknown keys ignored.</summary>
    public static JsonFileOptions Default { get; } = new();

    /// <summary>Strict RFC 8259 JSON and unknown keys under the schema's section rejected.</summary>
    public static JsonFileOptions Strict { get; } = new() { AllowCommentsAndTrailingCommas = false, RejectUnknownKeys = true };

    /// <summary>
    /// Whether <c>//</c> and <c>/* */</c> comments and trailing commas are allowed, as in <c>appsettings.json</c>.
    /// Default true; false accepts RFC 8259 JSON only.
    /// </summary>
    public bool AllowCommentsAndTrailingCommas { get; init; } = true;

    /// <summary>
    /// Whether a key under the schema's section that the schema does not have is an error, with the schema key it
    /// most likely meant, instead of being ignored. Keys outside the section are always ignored: they belong to
    /// other consumers of a shared file. Default false.
    /// </summary>
    public bool RejectUnknownKeys { get; init; }
}
