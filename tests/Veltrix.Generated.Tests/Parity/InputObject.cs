namespace Veltrix.Tests.Parity;

/// <summary>An object: members in the order a user would write them, keys unique case-insensitively.</summary>
internal sealed class InputObject : InputNode
{
    public List<KeyValuePair<string, InputNode>> Members { get; } = [];

    public override bool IsEnvironmentRepresentable
        => Members.Count > 0 && Members.TrueForAll(static m => m.Value.IsEnvironmentRepresentable);

    public void Add(string key, InputNode value) => Members.Add(new(key, value));
}
