namespace Veltrix.Tests.Parity.Existing;

/// <summary>Members declared as an interface or abstract class whose initializer creates a concrete class.</summary>
[VeltrixConfig("Policies")]
public sealed partial class PolicyOptions
{
    public IRetryPolicy Retry { get; set; } = new ExponentialRetry();

    public StorageBase Storage { get; set; } = new DiskStorage();

    public int Version { get; set; } = 1;
}
