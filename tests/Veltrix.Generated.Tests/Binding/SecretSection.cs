namespace Veltrix.Tests.Binding;

/// <summary>A class section holding a secret.</summary>
public sealed partial class SecretSection
{
    public string Host { get; init; } = "db.local";

    [Secret]
    public string? ApiKey { get; init; }
}
