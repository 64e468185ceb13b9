namespace Veltrix.Tests.Hostile;

/// <summary>A nested section with a secret of its own.</summary>
public sealed partial class HostileSection
{
    public string Host { get; init; } = "localhost";

    public long Limit { get; init; } = 100;

    [Secret]
    public string? ApiKey { get; init; }
}
