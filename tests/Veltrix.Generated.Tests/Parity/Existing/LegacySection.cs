#nullable disable

namespace Veltrix.Tests.Parity.Existing;

/// <summary>A nested section of <see cref="LegacyOptions"/>, also nullable-oblivious.</summary>
public class LegacySection
{
    public string Host { get; set; }

    public int Port { get; set; } = 80;
}
