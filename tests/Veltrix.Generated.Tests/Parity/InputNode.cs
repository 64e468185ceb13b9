namespace Veltrix.Tests.Parity;

/// <summary>One node of a generated input: a value, an object of named members, or an array.</summary>
internal abstract class InputNode
{
    /// <summary>Whether every leaf can be written as an environment variable (no empty values or containers).</summary>
    public abstract bool IsEnvironmentRepresentable { get; }
}
