namespace Veltrix.Analyzers.Diagnostics;

/// <summary>
/// The analyzers' diagnostic IDs, named by condition. One class, one range per category, one file per range:
/// <c>VLX1xxx</c> cache settings (<c>DiagnosticIds.Cache.cs</c>), <c>VLX2xxx</c> concurrency and timeouts
/// (<c>DiagnosticIds.Concurrency.cs</c>), <c>VLX3xxx</c> hot reload and usage (<c>DiagnosticIds.Usage.cs</c>),
/// <c>VLX4xxx</c> values in configuration files (<c>DiagnosticIds.ConfigFiles.cs</c>). <c>VLX0xxx</c> belongs to
/// the generator.
/// </summary>
internal static partial class DiagnosticIds
{
}
