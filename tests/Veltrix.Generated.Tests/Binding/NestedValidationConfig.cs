namespace Veltrix.Tests.Binding;

/// <summary>Rules inside a nested section, list elements and dictionary entries, under "Guarded".</summary>
[VeltrixConfig("Guarded")]
public sealed partial class NestedValidationConfig
{
    public GuardedSection Primary { get; init; } = new() { Address = "primary.local" };

    public IReadOnlyList<GuardedSection> Pool { get; init; } = [];

    public Dictionary<string, GuardedSection> ByName { get; init; } = new();
}
