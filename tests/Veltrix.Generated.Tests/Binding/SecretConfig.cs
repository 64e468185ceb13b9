using System.ComponentModel.DataAnnotations;

namespace Veltrix.Tests.Binding;

/// <summary>Secrets of several types and shapes beside plain values, under "Secret".</summary>
[VeltrixConfig("Secret")]
public sealed partial class SecretConfig
{
    public string User { get; init; } = "admin";

    public int Port { get; init; } = 5432;

    [Secret]
    public string? Password { get; init; }

    [Secret]
    [MinLength(64)]
    public string? Token { get; init; }

    [Secret]
    [RegularExpression("^[0-9]+$")]
    public string? Code { get; init; }

    [Secret]
    [Range(1000, 9999)]
    public int Pin { get; init; } = 1000;

    [Secret]
    public IReadOnlyList<string> BackupCodes { get; init; } = [];

    [Secret]
    public List<int> Pins { get; init; } = [];

    [Secret]
    public Dictionary<string, string> Tokens { get; init; } = new();

    [Secret]
    public Guid? Key { get; init; }

    public SecretSection Inner { get; init; } = new();

    public CredentialsRecord Credentials { get; init; } = new();
}
