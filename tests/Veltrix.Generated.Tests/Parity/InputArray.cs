namespace Veltrix.Tests.Parity;

/// <summary>
/// An array. Each element carries the index its environment variable uses; indices may have gaps (a user who
/// sets <c>Hosts__0</c> and <c>Hosts__5</c>), which both binders compact. JSON writes the elements in order.
/// </summary>
internal sealed class InputArray : InputNode
{
    public List<KeyValuePair<int, InputNode>> Elements { get; } = [];

    public override bool IsEnvironmentRepresentable
        => Elements.Count > 0 && Elements.TrueForAll(static e => e.Value.IsEnvironmentRepresentable);
}
