#nullable disable
namespace eShop.PaymentProcessor;

[Veltrix.VeltrixConfig("PaymentOptions")]
public partial class PaymentOptions
{
    public bool PaymentSucceeded { get; set; }
}

