#nullable disable
namespace eShop.EventBusRabbitMQ;

[Veltrix.VeltrixConfig("EventBus")]
public partial class EventBusOptions
{
    public string SubscriptionClientName { get; set; }
    public int RetryCount { get; set; } = 10;
}
