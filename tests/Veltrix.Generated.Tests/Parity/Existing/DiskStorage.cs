namespace Veltrix.Tests.Parity.Existing;

/// <summary>The concrete storage the initializer creates.</summary>
public sealed class DiskStorage : StorageBase
{
    public int QuotaMegabytes { get; set; } = 100;
}
