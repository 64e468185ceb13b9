namespace Veltrix.Tests.Parity.Existing;

/// <summary>A section whose enclosing initializer sets one of its values (<c>new() { Attempts = 4 }</c>).</summary>
public sealed class RetryOptions
{
    public int Attempts { get; set; } = 3;

    public int DelayMilliseconds { get; set; } = 100;
}
