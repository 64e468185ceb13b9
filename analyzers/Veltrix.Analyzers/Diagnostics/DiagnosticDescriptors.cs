using Microsoft.CodeAnalysis;

namespace Veltrix.Analyzers.Diagnostics;

/// <summary>
/// The descriptors of every diagnostic the analyzers report, one file per category
/// (<c>DiagnosticDescriptors.Cache.cs</c>, <c>.Concurrency.cs</c>, <c>.Usage.cs</c>, <c>.ConfigFiles.cs</c>).
/// </summary>
internal static partial class DiagnosticDescriptors
{
    /// <summary>Category of <c>VLX1xxx</c>: cache sizes and lifetimes.</summary>
    public const string CacheCategory = "Veltrix.Cache";

    /// <summary>Category of <c>VLX2xxx</c>: concurrency limits, pools, queues, timeouts and retries.</summary>
    public const string ConcurrencyCategory = "Veltrix.Concurrency";

    /// <summary>Category of <c>VLX3xxx</c>: how code reads snapshots, and schema members that defeat hot reload.</summary>
    public const string UsageCategory = "Veltrix.Usage";

    /// <summary>Category of <c>VLX4xxx</c>: values and keys in the project's configuration files.</summary>
    public const string ConfigFilesCategory = "Veltrix.ConfigFiles";

    private const string HelpBase = "https://github.com/veltrix/Veltrix.Generated/blob/main/docs/diagnostics/";

    /// <summary>Creates an enabled-by-default descriptor whose help link is the rule's docs page.</summary>
    /// <param name="id">The rule ID (a <see cref="DiagnosticIds"/> constant).</param>
    /// <param name="category">One of the category constants above.</param>
    /// <param name="title">A short title, no period.</param>
    /// <param name="message">A message that says what to do, no period.</param>
    /// <param name="severity">The default severity.</param>
    /// <param name="description">What the rule prevents, shown in the IDE's rule details.</param>
    /// <returns>The descriptor.</returns>
    private static DiagnosticDescriptor Create(
        string id,
        string category,
        string title,
        string message,
        DiagnosticSeverity severity,
        string description)
        => new(id, title, message, category, severity, isEnabledByDefault: true, description, HelpBase + id + ".md");
}
