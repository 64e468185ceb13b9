namespace Veltrix.Tests.Parity.Existing;

/// <summary>
/// An options class written for ConfigurationBinder, as gateways write theirs: settable properties whose defaults
/// the constructor body assigns, a list of routes, and a section that is absent unless configured.
/// </summary>
[VeltrixConfig("Gateway")]
public sealed partial class GatewayOptions
{
    public GatewayOptions()
    {
        Routes = new List<RouteOptions>();
        Timeout = 30;
        Name = "gateway";
    }

    public List<RouteOptions> Routes { get; set; }

    public int Timeout { get; set; }

    public string Name { get; set; }

    public SmtpOptions? Smtp { get; set; }

    public RetryOptions Retry { get; set; } = new() { Attempts = 4 };
}
