using System;

namespace Veltrix;

/// <summary>
/// Chooses how a list member combines its sources. Without it a list merges index by index, as
/// <c>ConfigurationBinder</c> merges: an overlay file with a shorter array keeps the base file's later elements.
/// </summary>
/// <example>
/// <code>
/// [ListMerge(ListMergeMode.Replace)]   // appsettings.Production.json's "Hosts" array replaces the base file's
/// public IReadOnlyList&lt;string&gt; Hosts { get; init; } = [];
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false, Inherited = true)]
public sealed class ListMergeAttribute : Attribute
{
    /// <summary>Sets how the list combines its sources.</summary>
    /// <param name="mode">The merge mode.</param>
    public ListMergeAttribute(ListMergeMode mode) => Mode = mode;

    /// <summary>How the list combines its sources.</summary>
    public ListMergeMode Mode { get; }
}
