namespace Veltrix.Tests.Parity.Existing;

/// <summary>A policy an options class declares by interface and initializes with a concrete class.</summary>
public interface IRetryPolicy
{
    int Attempts { get; }
}
