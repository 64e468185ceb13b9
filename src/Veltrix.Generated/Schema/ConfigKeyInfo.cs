namespace Veltrix;

/// <summary>One key of a configuration schema, as the generator saw it at compile time.</summary>
/// <param name="Path">
/// The full key path (<c>Server:Cache:MaxEntries</c>); elements and entries of collections use <c>*</c>
/// as their segment (<c>Server:Endpoints:*:Url</c>).
/// </param>
/// <param name="Kind">Whether the key is a value, a section or a collection.</param>
/// <param name="TypeName">The C# type of the member, as written in the schema (<c>int</c>, <c>TimeSpan?</c>).</param>
/// <param name="DefaultValue">
/// The default in configuration-file syntax (invariant culture) when the generator could read it as a constant;
/// <see langword="null"/> when there is none or it is computed at run time. Always null for secrets.
/// </param>
/// <param name="Role">The role attribute on the member, if any.</param>
/// <param name="IsSecret">Whether the member carries <see cref="SecretAttribute"/>.</param>
/// <param name="IsRequired">Whether a source must provide the key (<c>[Required]</c> or <c>required</c>).</param>
/// <param name="Description">The member's XML doc summary, if any.</param>
/// <param name="ListMerge">For lists: how sources combine (<see cref="ListMergeAttribute"/>); <see cref="ListMergeMode.ByIndex"/> otherwise.</param>
public sealed record ConfigKeyInfo(
    string Path,
    ConfigKeyKind Kind,
    string TypeName,
    string? DefaultValue,
    ConfigRole Role,
    bool IsSecret,
    bool IsRequired,
    string? Description,
    ListMergeMode ListMerge = ListMergeMode.ByIndex);
