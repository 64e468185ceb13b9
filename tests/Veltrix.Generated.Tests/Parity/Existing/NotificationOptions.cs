namespace Veltrix.Tests.Parity.Existing;

/// <summary>Options whose optional mail section has required keys: validation applies only when the section is set.</summary>
[VeltrixConfig("Notifications")]
public sealed partial class NotificationOptions
{
    public RequiredSmtpOptions? Smtp { get; set; }

    public bool Enabled { get; set; }
}
