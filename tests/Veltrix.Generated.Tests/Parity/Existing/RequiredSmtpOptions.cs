using System.ComponentModel.DataAnnotations;

namespace Veltrix.Tests.Parity.Existing;

/// <summary>A mail section with a required key, which shipped files often leave as <c>"Smtp": {}</c> with every key commented out.</summary>
public sealed class RequiredSmtpOptions
{
    [Required]
    public string Host { get; set; } = string.Empty;

    public int Port { get; set; } = 25;
}
