namespace Veltrix.Tests.Parity.Existing;

/// <summary>A mail section that is absent unless configured.</summary>
public sealed class SmtpOptions
{
    public string Host { get; set; } = string.Empty;

    public int Port { get; set; } = 25;
}
