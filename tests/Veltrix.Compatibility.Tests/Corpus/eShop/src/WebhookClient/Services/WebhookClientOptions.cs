namespace eShop.WebhookClient.Services;

[Veltrix.VeltrixConfig("WebhookClientOptions")]
public partial class WebhookClientOptions
{
    public string? Token { get; set; }
    public string? SelfUrl { get; set; }
    public bool ValidateToken { get; set; }
}
