namespace Veltrix.Tests.Parity.Existing;

/// <summary>The concrete policy the initializer creates; ConfigurationBinder binds into it.</summary>
public sealed class ExponentialRetry : IRetryPolicy
{
    public int Attempts { get; set; } = 3;

    public double Factor { get; set; } = 2.0;
}
