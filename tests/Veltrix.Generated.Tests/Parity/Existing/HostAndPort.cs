namespace Veltrix.Tests.Parity.Existing;

/// <summary>One downstream address of a route.</summary>
public sealed class HostAndPort
{
    public string Host { get; set; } = string.Empty;

    public int Port { get; set; }
}
