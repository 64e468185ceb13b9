namespace Veltrix.Tests.Sources;

/// <summary>A schema bound from the root of the configuration, where a file's <c>"$schema"</c> key sits beside its keys.</summary>
[VeltrixConfig("")]
public sealed partial class RootSectionConfig
{
    /// <summary>A key at the root.</summary>
    public int Port { get; init; } = 1;
}
