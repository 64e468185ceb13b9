namespace Veltrix.Tests.Parity.Existing;

/// <summary>An abstract settings base that a member is declared as.</summary>
public abstract class StorageBase
{
    public string Path { get; set; } = "data";
}
