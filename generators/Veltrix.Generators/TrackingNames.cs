namespace Veltrix.Generators;

/// <summary>Names of the tracked pipeline steps, so tests can check that each one is cached after an unrelated edit.</summary>
internal static class TrackingNames
{
    public const string Parse = nameof(Parse);
    public const string Specs = nameof(Specs);
    public const string Diagnostics = nameof(Diagnostics);
    public const string Sections = nameof(Sections);
}
