namespace Veltrix.Generators.Diagnostics;

/// <summary>
/// The generator's diagnostic IDs: <c>VLX0xxx</c>, schema problems the generator cannot work around. Rules about
/// setting values (cache sizes, timeouts, …) are analyzers, in other ranges.
/// </summary>
internal static class DiagnosticIds
{
    public const string TypeNotPartial = "VLX0001";
    public const string UnsupportedMemberType = "VLX0002";
    public const string DuplicateKey = "VLX0003";
    public const string RecursiveSection = "VLX0004";
    public const string InvalidConfigKey = "VLX0005";
    public const string InvalidAttributeArgument = "VLX0006";
    public const string SectionNotConstructible = "VLX0007";
    public const string SecretInNonPartialRecord = "VLX0008";
    public const string GenericSchemaType = "VLX0009";
    public const string UnenforceableValidationAttribute = "VLX0010";
}
